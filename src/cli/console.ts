/**
 * The local console: the bot on a terminal, for when no Slack settings are given. Answers
 * questions and the slash commands typed as in Slack ("/cancer-totals 2024"); with piped input it
 * answers each line and exits at the end of input. The console's user counts as an admin: it is
 * the operator's own terminal.
 */
import { createInterface } from 'node:readline';
import { answer } from '../answer/answer.ts';
import { COMMANDS } from '../commands/registry.ts';
import type { CommandContext } from '../commands/types.ts';
import type { Corpus } from '../corpus/load.ts';
import type { Store } from '../store/types.ts';
import { cleanQuestion } from '../text/clean.ts';
import { mrkdwnToPlain } from '../render/mrkdwn.ts';
import { renderPlain } from './render.ts';
import { dateIn } from '../dates.ts';

export interface ConsoleOptions {
  corpus: Corpus;
  store: Store;
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  adminUserIds?: string[];
  digestHorizonDays?: number;
  /** Fixes "today" (tests); default: today in Europe/Stockholm at each line. */
  today?: string;
}

const CONSOLE_USER = 'console';

/** One line typed at the console → the reply text. */
export function consoleReply(line: string, opts: ConsoleOptions, now = new Date()): string {
  const today = opts.today ?? dateIn(now);
  const m = /^(\/[a-z-]+)(?:\s+(.*))?$/iu.exec(line.trim());
  if (m) {
    const handler = COMMANDS[m[1]!.toLowerCase()];
    if (!handler) return `Okänt kommando ${cleanQuestion(m[1]!)}. Kommandon: ${Object.keys(COMMANDS).join(', ')}.`;
    const ctx: CommandContext = {
      corpus: opts.corpus,
      today,
      now,
      userId: CONSOLE_USER,
      channelId: CONSOLE_USER,
      store: opts.store,
      adminUserIds: [CONSOLE_USER, ...(opts.adminUserIds ?? [])],
      digestHorizonDays: opts.digestHorizonDays ?? 60,
    };
    const reply = handler(m[2] ?? '', ctx);
    return reply.answer ? renderPlain(reply.answer) : mrkdwnToPlain(reply.text);
  }
  return renderPlain(answer(line, { corpus: opts.corpus, today }));
}

export async function runConsole(opts: ConsoleOptions): Promise<void> {
  const interactive = (opts.input as NodeJS.ReadStream).isTTY === true;
  const rl = createInterface({ input: opts.input, output: interactive ? opts.output : undefined, terminal: interactive });
  const say = (s: string) => opts.output.write(`${s}\n`);
  if (interactive) {
    say('Cancerbotten (lokal konsol). Ställ en fråga eller skriv ett kommando, t.ex. /cancer-totals 2024. Avsluta med "exit" eller Ctrl+D.');
    rl.setPrompt('> ');
    rl.prompt();
  }
  for await (const raw of rl) {
    const line = raw.trim();
    if (/^(?:exit|quit|avsluta)$/i.test(line)) break;
    if (line) {
      try {
        say(consoleReply(line, opts));
      } catch (e) {
        say(`Något gick fel: ${(e as Error).message}`);
      }
      if (!interactive) say('');
    }
    if (interactive) rl.prompt();
  }
  rl.close();
}
