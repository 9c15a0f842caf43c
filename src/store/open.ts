/**
 * Opens the bot's store in DATA_DIR. PLACEHOLDER: an in-memory store until the SQLite store
 * (issue 5) replaces this body; callers keep this signature.
 */
import { createMemoryStore } from './memory.ts';
import type { Store } from './types.ts';

export function openStore(_dataDir: string): Store {
  return createMemoryStore();
}
