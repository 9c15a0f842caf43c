/**
 * The bot's modals: a cited fact's source passage with the lines around it, and an answer's full
 * list (what "show all" opens).
 */
import type { types } from '@slack/bolt';
import type { Answer, Language } from '../answer/types.ts';
import type { Corpus } from '../corpus/load.ts';
import type { Fact } from '../corpus/schema.ts';
import { type Block, figureBlocks, listBlocks, sourceContext } from './answer.ts';
import { labels } from './labels.ts';
import { chunkLines, escapeMrkdwn, truncate } from '../text/mrkdwn.ts';

export type ModalView = types.ModalView;

/** How many lines before and after a quote the source modal shows. */
export const SURROUNDING_LINES = 3;

const plain = (text: string, max: number) => ({ type: 'plain_text' as const, text: truncate(text, max) });

function modal(title: string, close: string, blocks: Block[]): ModalView {
  return { type: 'modal', title: plain(title, 24), close: plain(close, 24), blocks: blocks.slice(0, 100) };
}

/** How many source lines a quote runs over, starting at its line (whitespace collapsed). */
export function quoteSpan(fact: Fact, lines: string[]): number {
  const words = fact.citation.quote.replace(/\s+/g, ' ').trim();
  let joined = '';
  for (let n = 1; fact.citation.line - 1 + n <= lines.length && n <= 40; n++) {
    joined = lines.slice(fact.citation.line - 1, fact.citation.line - 1 + n).join(' ').replace(/\s+/g, ' ');
    if (joined.includes(words)) return n;
  }
  return 1;
}

/** The source modal: title, year and lines of the source, the quote, and the numbered lines around it (▶ marks the quote). */
export function sourceModal(fact: Fact | undefined, corpus: Corpus, language: Language): ModalView {
  const l = labels(language);
  if (!fact) return modal(l.sourceTitle, l.close, [{ type: 'section', text: { type: 'mrkdwn', text: l.sourceGone } }]);
  const source = corpus.sources.find((s) => s.id === fact.sourceId);
  const lines = corpus.texts.get(fact.citation.path) ?? [];
  const span = quoteSpan(fact, lines);
  const first = Math.max(1, fact.citation.line - SURROUNDING_LINES);
  const last = Math.min(lines.length, fact.citation.line + span - 1 + SURROUNDING_LINES);
  const width = String(last).length;
  const numbered: string[] = [];
  for (let n = first; n <= last; n++) {
    const mark = n >= fact.citation.line && n < fact.citation.line + span ? '▶' : ' ';
    numbered.push(`${mark} ${String(n).padStart(width)}  ${lines[n - 1] ?? ''}`);
  }
  const year = fact.year ?? source?.years.join(', ') ?? '';
  const blocks: Block[] = [
    { type: 'header', text: plain(source?.title ?? fact.citation.path, 150) },
    { type: 'context', elements: [{ type: 'mrkdwn', text: `${year ? `${l.year} ${year} · ` : ''}${l.line} ${fact.citation.line} · \`${escapeMrkdwn(fact.citation.path)}\`` }] },
    { type: 'section', text: { type: 'mrkdwn', text: truncate(`*${l.quote}*\n> ${escapeMrkdwn(fact.citation.quote.replace(/\s+/g, ' '))}`, 2900) } },
    ...chunkLines(escapeMrkdwn(numbered.join('\n')), 2800).map(
      (chunk, i): Block => ({ type: 'section', text: { type: 'mrkdwn', text: `${i === 0 ? `*${l.context}* (${l.lines} ${first}–${last})\n` : ''}\`\`\`${chunk}\`\`\`` } }),
    ),
  ];
  if (source?.url) {
    blocks.push({ type: 'actions', elements: [{ type: 'button', action_id: 'open_source_url', text: plain(l.openSource, 75), url: source.url }] });
  }
  return modal(l.sourceTitle, l.close, blocks);
}

/** Every fact of an answer: all amounts as fields and every list item under its heading, with sources. */
export function fullListModal(answer: Answer, corpus: Corpus): ModalView {
  const l = labels(answer.language);
  const figures = answer.facts.filter((f) => f.amountSEK !== null);
  const listed = answer.facts.filter((f) => f.amountSEK === null);
  const blocks: Block[] = [
    { type: 'section', text: { type: 'mrkdwn', text: truncate(escapeMrkdwn(answer.lead || answer.text), 2900) } },
    ...figureBlocks(figures, answer.language),
    ...listBlocks(listed, l).blocks,
    ...(answer.notes.length ? [{ type: 'context' as const, elements: [{ type: 'mrkdwn' as const, text: truncate(escapeMrkdwn(answer.notes.join('\n')), 2900) }] }] : []),
  ];
  const context = sourceContext(answer.facts, corpus, l);
  return modal(l.allTitle, l.close, [...blocks.slice(0, 100 - context.length), ...context]);
}

/** The callback id of the "what was wrong?" modal a 👎 on Slack's feedback buttons opens. */
export const FEEDBACK_MODAL = 'feedback_comment';

/** "What was wrong?": one optional field; `metadata` carries the vote (no user id) to the submission. */
export function feedbackModal(language: Language, metadata: string): ModalView {
  const l = labels(language);
  return {
    type: 'modal',
    callback_id: FEEDBACK_MODAL,
    notify_on_close: true,
    private_metadata: metadata,
    title: plain(l.whatWrongTitle, 24),
    submit: plain(l.send, 24),
    close: plain(l.skip, 24),
    blocks: [
      { type: 'input', block_id: 'what', optional: true, label: plain(l.whatWrongLabel, 2000), element: { type: 'plain_text_input', action_id: 'text', multiline: true, max_length: 500 } },
      { type: 'context', elements: [{ type: 'mrkdwn', text: l.whatWrongHint }] },
    ],
  };
}

/** What the modal turns into when sent. */
export function thanksModal(language: Language): ModalView {
  const l = labels(language);
  return modal(l.thanksTitle, l.close, [{ type: 'section', text: { type: 'mrkdwn', text: l.thanks } }]);
}
