import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { requestPersistentStorage } from './platform/storage';
import './styles/app.css';

// Ask once at start-up; the settings page shows the answer.
void requestPersistentStorage(navigator.storage);

const container = document.getElementById('root');
if (!container) throw new Error('The page has no #root element.');
createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
