/**
 * `npm run --silent lexicon -- --export`: the phrases admins taught (in DATA_DIR's database, read
 * read-only; settings as the bot reads them) as data/lexicon/concepts.json entries, printed as
 * JSON to review into git (see curation/export.ts). Taught phrases work at once; the lexicon is
 * where a phrase that proved itself belongs, with its example tested like every other entry.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, loadCorpus } from '../corpus/load.ts';
import { type ConceptEntry, type LexiconExport, lexiconExport } from '../curation/export.ts';
import { dateIn } from '../dates.ts';
import { LEXICON_DIR, lexicon } from '../lexicon/load.ts';
import { loadDotenv, readStoreSettings } from '../settings.ts';
import { databaseExists, databaseName, readCurationAt } from '../store/readers.ts';
import { understand } from '../understand/understand.ts';
import { vocabularyOf } from '../understand/vocabulary.ts';
import { CliError, checkArgs, runMain, usageError } from './cli.ts';

const USAGE = 'usage: npm run --silent lexicon -- --export   (the taught phrases as data/lexicon/concepts.json entries)';

/** The export, from the database of DATA_DIR in `env` and the lexicon of this checkout. */
export async function cliExport(env: NodeJS.ProcessEnv = process.env): Promise<LexiconExport> {
  const { taught, notes } = await readCurationAt(readStoreSettings(env));
  const concepts = (JSON.parse(readFileSync(join(ROOT, LEXICON_DIR, 'concepts.json'), 'utf8')) as { concepts: ConceptEntry[] }).concepts;
  const vocabulary = vocabularyOf(loadCorpus());
  const today = dateIn(new Date());
  return lexiconExport({ taught, concepts, lexicon: lexicon(), notes, languageOf: (text) => understand(text, { today, vocabulary }).language });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const argv = process.argv.slice(2);
  checkArgs(argv, { usage: USAGE, flags: ['--export'], help: ['reads the taught phrases in the database at DATABASE_URL, or in DATA_DIR (from the environment or .env)'] });
  if (!argv.includes('--export')) usageError(argv.length ? `unexpected ${JSON.stringify(argv.join(' '))}` : 'missing --export', { usage: USAGE });
  await runMain('lexicon', async () => {
    loadDotenv(); // DATA_DIR and DATABASE_URL as the bot sees them; the environment wins
    const at = readStoreSettings(process.env);
    if (!databaseExists(at)) throw new CliError(`no database at ${databaseName(at)}: set DATA_DIR to the folder the bot keeps its data in (or DATABASE_URL to its PostgreSQL database)`);
    // One-space indentation, as data/lexicon/ is written, so an entry can be pasted as it is.
    process.stdout.write(JSON.stringify(await cliExport(), null, 1) + '\n');
  });
}
