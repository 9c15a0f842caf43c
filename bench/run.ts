/**
 * `npm run bench`: the answer-time benchmark (answer.bench.ts); `npm run bench -- --http` the HTTP
 * load and crash benchmark of the running bot instead (http.bench.ts). Other flags go to either.
 */
if (process.argv.includes('--http')) await import('./http.bench.ts');
else await import('./answer.bench.ts');
