/**
 * The local console: the bot on a terminal, for when no Slack settings are given. Answers
 * questions and the slash commands typed as in Slack ("/cancer-totals 2024"); with piped input it
 * answers each line and exits at the end of input. The console's user counts as an admin: it is
 * the operator's own terminal. Questions are one conversation ("och 2021?" follows up the question
 * before) until "/ny" or an empty line.
 */
import { createInterface } from 'node:readline';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { answerTurn } from '../answer/answer.ts';
import type { Answer } from '../answer/types.ts';
import { buildChart } from '../chart/chart.ts';
import { asksForChart, chartForAnswer, chartForFacts } from '../chart/offer.ts';
import type { Question } from '../understand/question.ts';
import { COMMANDS } from '../commands/registry.ts';
import type { CommandContext } from '../commands/types.ts';
import type { Corpus } from '../corpus/load.ts';
import type { Store } from '../store/types.ts';
import { cleanQuestion } from '../text/clean.ts';
import { mrkdwnToText } from '../text/mrkdwn.ts';
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
  /** Where charts asked for are written (DATA_DIR/charts). */
  dataDir?: string;
}

const CONSOLE_USER = 'console';

/** The console's conversation: the question before, until "/ny" or an empty line starts a new one. */
export interface Conversation {
  previous?: Question;
  /** The last answer given, for a chart asked for in the same line. */
  last?: Answer;
  /** The questions the last answer offered: typing "1", "2" or "3" asks one. */
  offered?: string[];
}


/**
 * A chart the line asks for, drawn for the answer it got and written under DATA_DIR/charts: the
 * path, or a sentence saying why there is none. Null when the line asks for no chart.
 */
export async function consoleChart(line: string, answer: Answer | undefined, opts: Pick<ConsoleOptions, 'corpus' | 'dataDir'>): Promise<string | null> {
  if (!asksForChart(line) || !answer) return null;
  const en = answer.language === 'en';
  // The chart that fits the answer's kind (a tasks answer has none, whatever totals it mentions).
  const request = chartForAnswer(answer.intent, answer.facts) ?? (answer.intent === 'amount' ? chartForFacts(answer.facts) : null);
  if (!request || !opts.dataDir) return en ? 'No chart for this answer: charts show totals, a year\'s budget lines and its payments.' : 'Inget diagram till det här svaret: diagram visar totaler, ett års budgetrader och utbetalningar.';
  const chart = buildChart(opts.corpus, request, answer.language);
  if (!chart.ok) return chart.message;
  const dir = join(opts.dataDir, 'charts');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${request.kind}${request.kind === 'totals' ? '' : `-${request.year}`}-${answer.language}.png`);
  // Vega and the renderer load only when a chart is asked for: the console starts without them.
  const { chartPng } = await import('../chart/render.ts');
  writeFileSync(file, await chartPng(chart.spec));
  return en ? `Chart written to ${file}` : `Diagrammet är sparat i ${file}`;
}

/** Words that start a new conversation at the console. */
const NEW_CONVERSATION = /^\/(?:ny|new)$/iu;

/** One line typed at the console → the reply text. A question is read as part of `conversation`. */
export async function consoleReply(line: string, opts: ConsoleOptions, now = new Date(), conversation: Conversation = {}): Promise<string> {
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
    const reply = await handler(m[2] ?? '', ctx);
    return reply.answer ? renderPlain(reply.answer) : mrkdwnToText(reply.sources ? `${reply.text}\n\n${reply.sources}` : reply.text);
  }
  // "2": the second question the answer before offered ("Menade du: 1) … 2) …").
  const pick = /^([1-9])$/u.exec(line.trim());
  const question = pick && conversation.offered?.[Number(pick[1]) - 1] ? conversation.offered[Number(pick[1]) - 1]! : line;
  // A question offered stands on its own: it was checked as such.
  const turn = answerTurn(question, { corpus: opts.corpus, today, previous: question === line ? conversation.previous : undefined, taught: await opts.store.taughtPhrases() });
  conversation.previous = turn.question;
  conversation.last = turn.answer;
  conversation.offered = turn.answer.suggestions;
  return `${question === line ? '' : `> ${question}\n`}${renderPlain(turn.answer)}`;
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
        conversation.last = undefined;
        say(await consoleReply(line, opts, new Date(), conversation));
        const chart = await consoleChart(line, conversation.last, opts);
        if (chart) say(chart);
      } catch (e) {
        say(`Något gick fel: ${(e as Error).message}`);
      }
      if (!interactive) say('');
    }
    if (interactive) rl.prompt();
  }
  rl.close();
}
