/**
 * `npm run --silent digest -- [--json] [--today YYYY-MM-DD]`: the deadline digest for a day, the
 * same text Slack gets (CONTRACT §2). Reads user deadlines from DATA_DIR's database when there is
 * one, read-only; creates nothing. Settings come from the environment and .env, as for the bot.
 * Default day: today in Europe/Stockholm.
 */
import { loadCorpus } from '../corpus/load.ts';
import { loadDotenv, readDigestSettings } from '../settings.ts';
import { isRealIsoDate } from '../corpus/schema.ts';
import { dateIn } from '../dates.ts';
import { buildDigest, type Digest } from '../digest/digest.ts';
import { readUserDeadlinesAt } from '../store/readers.ts';
import { checkArgs, runMain, usageError } from './cli.ts';
import { mrkdwnToText } from '../text/mrkdwn.ts';

const USAGE = 'usage: npm run --silent digest -- [--json] [--today YYYY-MM-DD]';

/** The CLI's arguments, or a message saying what is wrong with them. */
export function parseArgs(argv: string[]): { json: boolean; today: string | null } | { error: string } {
  let json = false;
  let today: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--json') json = true;
    else if (a === '--today' || a.startsWith('--today=')) {
      const v = a === '--today' ? argv[++i] : a.slice('--today='.length);
      if (v === undefined || !isRealIsoDate(v)) return { error: `--today needs a real date written YYYY-MM-DD, not ${JSON.stringify(v ?? '')}\n${USAGE}` };
      today = v;
    } else return { error: `unknown argument ${JSON.stringify(a)}\n${USAGE}` };
  }
  return { json, today };
}

/** Compute the digest the CLI prints, from the environment and arguments. */
export async function cliDigest(opts: { today: string | null; env?: NodeJS.ProcessEnv; now?: Date }): Promise<Digest> {
  const settings = readDigestSettings(opts.env ?? process.env);
  return buildDigest({
    corpus: loadCorpus(),
    userDeadlines: await readUserDeadlinesAt(settings),
    today: opts.today ?? dateIn(opts.now ?? new Date()),
    horizonDays: settings.digestHorizonDays,
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const argv = process.argv.slice(2);
  checkArgs(argv, { usage: USAGE, flags: ['--json'], values: ['--today'], help: ['  --json              print the digest as JSON (CONTRACT §2)', '  --today YYYY-MM-DD  the day of the digest (default: today in Stockholm)'] });
  await runMain('digest', async () => {
    const args = parseArgs(argv);
    if ('error' in args) return usageError(args.error.split('\n')[0]!, { usage: USAGE });
    loadDotenv(); // DATA_DIR and DIGEST_HORIZON_DAYS as the bot sees them; the environment wins
    const digest = await cliDigest({ today: args.today });
    process.stdout.write(args.json ? JSON.stringify(digest) + '\n' : mrkdwnToText(digest.text) + '\n');
  });
}
