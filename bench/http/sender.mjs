// The sender thread's entry: plain JavaScript, loading the TypeScript sender through tsx's API
// (a worker thread started under `tsx` gets no loader of its own).
import { tsImport } from 'tsx/esm/api';

await tsImport('./sender.ts', import.meta.url);
