const root = '/work/main';
const { loadCorpus } = await import(`${root}/src/corpus/load.ts`);
const { answer } = await import(`${root}/src/answer/answer.ts`);
const base = loadCorpus(root);
function scaled(corpus: any, scale: number) {
  const sources = [...corpus.sources]; const facts = [...corpus.facts];
  for (let k = 1; k < scale; k++) {
    const year = (y: number) => y + 1000 + 20 * (k - 1);
    const source = (id: string) => `${id}-x${k}`;
    for (const s of corpus.sources) sources.push({ ...s, id: source(s.id), years: s.years.map(year) });
    for (const f of corpus.facts) facts.push({ ...f, id: source(f.sourceId) + f.id.slice(f.sourceId.length), sourceId: source(f.sourceId), year: f.year === null ? null : year(f.year), date: f.date === null ? null : `${year(Number(f.date.slice(0, 4)))}${f.date.slice(4)}`, ...(f.period && { period: { from: year(f.period.from), to: year(f.period.to) } }) });
  }
  return { sources, facts, texts: corpus.texts };
}
const corpus = scaled(base, 100);
const q = process.argv[2]!;
answer(q, { corpus, today: '2026-11-23' });
const s = performance.now();
for (let i = 0; i < 40; i++) answer(q, { corpus, today: '2026-11-23' });
console.log(((performance.now() - s) / 40).toFixed(2), 'ms');
