import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { DatabaseNoticeGate } from './ui/DatabaseNoticeGate';
import { requestPersistentStorage } from './platform/storage';
import './styles/app.css';
import './styles/accessibility.css';

// Ask once at start-up; the settings page shows the answer.
void requestPersistentStorage(navigator.storage);
// Desktop only: a backup every 15 minutes while something changed, and one on quit.
// Loaded apart: the workspace code is not needed for the first screen.
void import('./features/backup/automaticBackups').then((module) => module.startAutomaticBackups());

const container = document.getElementById('root');
if (!container) throw new Error('The page has no #root element.');
createRoot(container).render(
  <StrictMode>
    <DatabaseNoticeGate>
      <App />
    </DatabaseNoticeGate>
  </StrictMode>,
);
