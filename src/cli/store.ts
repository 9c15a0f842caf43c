/**
 * `npm run --silent store -- copy --to "$DATABASE_URL"` (CONTRACT §3): copies the SQLite database
 * in DATA_DIR (read as the bot reads its settings: the environment, then .env; default ./var),
 * read-only, into an empty PostgreSQL database, then prints the rows of each table on both sides
 * ("user_deadlines 3 → 3") and a last line saying what was copied where. A database that is not
 * up to date, a target that holds rows already, or counts that differ are refused in one line,
 * exit 1, with nothing copied. The URL's password is never printed.
 */
import { loadDotenv, readDataDir } from '../settings.ts';
import { copySqliteToPostgres } from '../store/copy.ts';
import { databasePath } from '../store/open.ts';
import { redactUrl } from '../store/pgUrl.ts';
import { CliError, checkArgs, runMain } from './cli.ts';

const USAGE = 'usage: npm run --silent store -- copy --to DATABASE_URL';
const SPEC = {
  usage: USAGE,
  values: ['--to'],
  help: [
    '  copy --to URL   copy the SQLite database in DATA_DIR into the empty PostgreSQL database at URL',
    '                  (postgres://USER:PASSWORD@HOST:PORT/DATABASE), then compare the rows of every table',
    'reads DATA_DIR from the environment or .env; the bot keeps running on SQLite until DATABASE_URL is set',
    'example:',
    '  npm run --silent store -- copy --to "$DATABASE_URL"',
  ],
};

/** The arguments, checked: the PostgreSQL URL to copy into; a CliError (exit 2) saying what is wrong. */
export function parseStoreArgs(argv: string[]): { to: string } {
  const words: string[] = [];
  let to: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--to') to = argv[++i];
    else if (a.startsWith('--to=')) to = a.slice('--to='.length);
    else words.push(a);
  }
  if (!words.length) throw new CliError(`a command is needed: copy\n${USAGE}`, 2);
  // Neither is echoed: either might be a URL with its password.
  if (words[0] !== 'copy') throw new CliError(`unknown command; the one command is copy\n${USAGE}`, 2);
  if (words.length > 1) throw new CliError(`copy takes no other arguments than --to\n${USAGE}`, 2);
  if (to === undefined) throw new CliError(`copy needs --to DATABASE_URL\n${USAGE}`, 2);
  if (!/^postgres(?:ql)?:\/\/\S+$/.test(to)) throw new CliError(`--to needs a PostgreSQL URL starting with postgres:// or postgresql://\n${USAGE}`, 2);
  return { to };
}

/** Copy DATA_DIR's database into the URL and say how it went; the exit code. */
export async function runStore(argv: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const { to } = parseStoreArgs(argv);
  const file = databasePath(readDataDir(env));
  const counts = await copySqliteToPostgres(file, to);
  const lines = counts.map((c) => `${c.table} ${c.source} → ${c.target}`);
  const rows = counts.reduce((n, c) => n + c.target, 0);
  lines.push(`copied ${rows} ${rows === 1 ? 'row' : 'rows'} in ${counts.length} tables from ${file} into ${redactUrl(to)}; every count matches`);
  process.stdout.write(lines.join('\n') + '\n');
  return 0;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const argv = process.argv.slice(2);
  checkArgs(argv, SPEC);
  loadDotenv(); // DATA_DIR as the bot sees it; the environment wins
  await runMain('store', () => runStore(argv));
}
