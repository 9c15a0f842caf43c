/**
 * The local console: the bot on a terminal, for when no Slack settings are given. Answers
 * questions and slash commands typed as in Slack; works with piped input too.
 * PLACEHOLDER until the answers issue lands; callers keep this signature.
 */
import type { Corpus } from '../corpus/load.ts';
import type { Store } from '../store/types.ts';

export interface ConsoleOptions {
  corpus: Corpus;
  store: Store;
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  adminUserIds?: string[];
  digestHorizonDays?: number;
}

export async function runConsole(opts: ConsoleOptions): Promise<void> {
  opts.output.write('Konsolen är inte på plats ännu.\n');
}
