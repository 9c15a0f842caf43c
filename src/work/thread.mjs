// The entry of each worker thread of the pool (pool.ts). Plain JavaScript, so that it loads however
// the main thread was started (node --import tsx, vitest); it loads the TypeScript worker through
// tsx's own API, which also works where a worker inherits no loader hooks, or hooks that cannot
// load every package (vega, under Node 20).
import { tsImport } from 'tsx/esm/api';

const { default: work } = await tsImport('./worker.ts', import.meta.url);
export default work;
