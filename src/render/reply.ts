/**
 * A command's reply (CommandReply) as a Slack message. A reply that carries an Answer is rendered
 * as one; otherwise its mrkdwn text (escaped by the handler) with one context line per source of
 * the facts it lists.
 */
import type { CommandReply } from '../commands/types.ts';
import type { Corpus } from '../corpus/load.ts';
import { chartForFacts } from '../chart/offer.ts';
import { answerMessage, type AnswerMessageOptions, type Block, chartButton, type SlackMessage, sourceContext } from './answer.ts';
import { labels } from './labels.ts';
import { chunkLines, escapeMrkdwn, slackSafe, truncate } from '../text/mrkdwn.ts';

export function replyMessage(reply: CommandReply, corpus: Corpus, opts: AnswerMessageOptions = {}): SlackMessage {
  if (reply.answer) return answerMessage(reply.answer, corpus, opts);
  // The handler escaped what it quotes; a usage text's literal "<år>", or a special mention that
  // slipped through, is escaped here, so that Slack shows it as written and never pings.
  const text = slackSafe(reply.text);
  const blocks: Block[] = chunkLines(text)
    .slice(0, 40)
    .map((chunk) => ({ type: 'section', text: { type: 'mrkdwn', text: chunk } }));
  blocks.push(...sourceContext(reply.facts ?? [], corpus, labels('sv')));
  // /cancer-totals offers its table, or its year's lines, as a chart.
  const chart = reply.ok ? chartButton(chartForFacts(reply.facts ?? []), 'sv') : null;
  if (chart) blocks.push({ type: 'actions', elements: [chart] });
  return { text: truncate(text, 3900), blocks: blocks.slice(0, 50) };
}

/** A short message: an apology, a thank-you, a refusal. */
export function plainMessage(text: string): SlackMessage {
  const escaped = escapeMrkdwn(text);
  return { text: escaped, blocks: [{ type: 'section', text: { type: 'mrkdwn', text: truncate(escaped, 2900) } }] };
}
