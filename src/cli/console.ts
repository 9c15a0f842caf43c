/**
 * The local console: the bot on a terminal, for when no Slack settings are given. Answers
 * questions and the slash commands typed as in Slack ("/cancer-totals 2024"); with piped input it
 * answers each line and exits at the end of input. The console's user counts as an admin: it is
 * the operator's own terminal. Questions are one conversation ("och 2021?" follows up the question
 * before) until "/ny" or an empty line.
 */
import { createInterface } from 'node:readline';
import { answerTurn } from '../answer/answer.ts';
import type { Question } from '../understand/question.ts';
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

/** The console's conversation: the question before, until "/ny" or an empty line starts a new one. */
export interface Conversation {
  previous?: Question;
}

/** Words that start a new conversation at the console. */
const NEW_CONVERSATION = /^\/(?:ny|new)$/iu;

/** One line typed at the console → the reply text. A question is read as part of `conversation`. */
export function consoleReply(line: string, opts: ConsoleOptions, now = new Date(), conversation: Conversation = {}): string {
  const today = opts.today ?? dateIn(now);
  if (NEW_CONVERSATION.test(line.trim())) {
    conversation.previous = undefined;
    return 'Ny konversation. / New conversation.';
  }
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
  const turn = answerTurn(line, { corpus: opts.corpus, today, previous: conversation.previous, taught: opts.store.taughtPhrases() });
  conversation.previous = turn.question;
  return renderPlain(turn.answer);
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
  const conversation: Conversation = {};
  for await (const raw of rl) {
    const line = raw.trim();
    if (/^(?:exit|quit|avsluta)$/i.test(line)) break;
    // An empty line ends the conversation: the next question is read on its own.
    if (!line) conversation.previous = undefined;
    if (line) {
      try {
        say(consoleReply(line, opts, new Date(), conversation));
      } catch (e) {
        say(`Något gick fel: ${(e as Error).message}`);
      }
      if (!interactive) say('');
    }
    if (interactive) rl.prompt();
  }
  rl.close();
}
