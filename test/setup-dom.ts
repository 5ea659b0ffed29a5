// DOM tests run against a real IndexedDB implementation in memory (fake-indexeddb), not a mock of Dexie.
import 'fake-indexeddb/auto';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// The whole desk renders in jsdom (FullCalendar, live queries, the check engine): on a busy two-core CI machine
// the first render of a file can take longer than Testing Library's default of one second to appear.
configure({ asyncUtilTimeout: 5000 });

afterEach(() => {
  cleanup();
});
