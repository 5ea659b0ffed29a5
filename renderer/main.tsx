import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { requestPersistentStorage } from './platform/storage';
import { startAutomaticBackups } from './features/backup/automaticBackups';
import './styles/app.css';

// Ask once at start-up; the settings page shows the answer.
void requestPersistentStorage(navigator.storage);
// Desktop only: a backup every 15 minutes while something changed, and one on quit.
void startAutomaticBackups();

const container = document.getElementById('root');
if (!container) throw new Error('The page has no #root element.');
createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
