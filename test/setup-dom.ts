// DOM tests run against a real IndexedDB implementation in memory (fake-indexeddb), not a mock of Dexie.
import 'fake-indexeddb/auto';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => {
  cleanup();
});
