import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { DatabaseNoticeGate } from './ui/DatabaseNoticeGate';
import { requestPersistentStorage } from './platform/storage';
import { readStartData } from './app/startData';
import { whenIdle } from './data/store/deferredQueries';
import './styles/app.css';
import './styles/accessibility.css';

// The first screen's rows, read while React renders for the first time (app/startData.ts); work the first screen
// does not wait for comes after them, when the page is idle.
void readStartData().then(() =>
  whenIdle(() => {
    // Ask once at start-up; the settings page shows the answer.
    void requestPersistentStorage(navigator.storage);
    // Desktop only: a backup every 15 minutes while something changed, and one on quit.
    // Loaded apart: the workspace code is not needed for the first screen.
    void import('./features/backup/automaticBackups').then((module) => module.startAutomaticBackups());
  }),
);

const container = document.getElementById('root');
if (!container) throw new Error('The page has no #root element.');
createRoot(container).render(
  <StrictMode>
    <DatabaseNoticeGate>
      <App />
    </DatabaseNoticeGate>
  </StrictMode>,
);
