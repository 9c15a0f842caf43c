/**
 * `npm run --silent report -- [--json] [--days N]` (CONTRACT §2): what curators need, from the
 * database in DATA_DIR (read as the bot reads its settings: the environment, then .env; default
 * ./var), read-only. The questions the bot could not answer and the answers given 👎, grouped by
 * question (trimmed, lower case, spaces collapsed), most frequent first, and the votes counted;
 * `--days N` keeps the last N days. No user ids: the database keeps none for these.
 *
 * With --json: `{ "unanswered": [{ "question", "count", "last", "answeredNow"? }], "downvoted":
 * [{ "question", "count", "last" }], "votes": { "up", "down" } }`; `answeredNow: true` marks a
 * question a taught phrase now answers. Bad arguments: a message and exit code 2.
 */
import { loadCorpus } from '../corpus/load.ts';
import { buildReport, type Report, reportText } from '../curation/report.ts';
import { dateIn } from '../dates.ts';
import { loadDotenv, readStoreSettings } from '../settings.ts';
import { databaseExists, databaseName, readCurationAt } from '../store/readers.ts';
import { CliError, checkArgs, runMain, usageError } from './cli.ts';

const USAGE = 'usage: npm run --silent report -- [--json] [--days N]   (N: whole days, 1–3650)';
const MAX_DAYS = 3650;

export interface ReportArgs {
  json: boolean;
  /** The last N days; absent: everything recorded. */
  days?: number;
}

/** The CLI's arguments, or a message saying what is wrong with them. */
export function parseArgs(argv: string[]): ReportArgs | { error: string } {
  const args: ReportArgs = { json: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--json') args.json = true;
    else if (a === '--days' || a.startsWith('--days=')) {
      const v = a === '--days' ? argv[++i] : a.slice('--days='.length);
      if (v === undefined || !/^\d{1,4}$/.test(v) || Number(v) < 1 || Number(v) > MAX_DAYS) return { error: `--days needs a whole number of days from 1 to ${MAX_DAYS}, not ${JSON.stringify(v ?? '')}\n${USAGE}` };
      args.days = Number(v);
    } else return { error: `unknown argument ${JSON.stringify(a)}\n${USAGE}` };
  }
  return args;
}

/** The report the CLI prints, from the environment and arguments. */
export async function cliReport(args: ReportArgs, opts: { env?: NodeJS.ProcessEnv; now?: Date } = {}): Promise<Report> {
  const now = opts.now ?? new Date();
  const since = args.days === undefined ? undefined : new Date(now.getTime() - args.days * 86_400_000);
  const data = await readCurationAt(readStoreSettings(opts.env ?? process.env), since);
  return buildReport({ notes: data.notes, votes: data.votes, taught: data.taught, corpus: loadCorpus(), today: dateIn(now) });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const argv = process.argv.slice(2);
  checkArgs(argv, { usage: USAGE, flags: ['--json'], values: ['--days'], help: ['  --json      print the report as JSON (CONTRACT §2)', '  --days N    only the last N days', 'reads the database at DATABASE_URL, or in DATA_DIR (from the environment or .env): every workspace\'s questions'] });
  await runMain('report', async () => {
    const args = parseArgs(argv);
    if ('error' in args) return usageError(args.error.split('\n')[0]!, { usage: USAGE });
    loadDotenv(); // DATA_DIR and DATABASE_URL as the bot sees them; the environment wins
    const at = readStoreSettings(process.env);
    if (!databaseExists(at)) throw new CliError(`no database at ${databaseName(at)}: set DATA_DIR to the folder the bot keeps its data in (or DATABASE_URL to its PostgreSQL database)`);
    const report = await cliReport(args);
    process.stdout.write((args.json ? JSON.stringify(report) : reportText(report, { days: args.days, format: 'plain' })) + '\n');
  });
}
