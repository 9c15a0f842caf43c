/**
 * An Answer as a Slack message: Block Kit blocks plus the plain `text` fallback every message
 * carries. Built from the parts the core composed, never from re-reading its prose: the answer
 * sentence (`lead`) first, amounts as fields, long lists grouped and cut with a "show all" button,
 * the answer's notes, one context line per source (title, year, lines, link where known), then
 * the buttons: show source, 👍/👎, and "share in channel" where asked for.
 */
import { createHash } from 'node:crypto';
import type { types } from '@slack/bolt';
import type { Answer } from '../answer/types.ts';
// In Slack a citation has its own context line and the file its modal: the text goes without it.
import { withoutFileCitations } from '../answer/plain.ts';
import { hasTrait } from '../answer/intents/traits.ts';
import { formatAmount } from '../corpus/amounts.ts';
import type { Corpus } from '../corpus/load.ts';
import type { Fact } from '../corpus/schema.ts';
import { chartForAnswer } from '../chart/offer.ts';
import type { ChartRequest } from '../chart/chart.ts';
import { ACTIONS, askId, type ChartValue, showSourceId, writeValue } from './actions.ts';
import { labels, type Labels } from './labels.ts';
import { feedbackBlock, voteButtons } from './feedback.ts';
import { chunkLines, displayUserText, escapeMrkdwn, truncate, withoutSpecialMentions } from '../text/mrkdwn.ts';

export type Block = types.KnownBlock;

/** A message ready for chat.postMessage or respond(): the fallback text and its blocks. */
export interface SlackMessage {
  text: string;
  blocks: Block[];
}

/** How many amounts and list items a message shows before "show all". */
export const MAX_FIGURES = 6;
export const MAX_LIST_ITEMS = 8;
const PER_GROUP = 3;

/** Identifies an answer for votes: the question and the facts it rests on. */
export function answerKey(answer: Answer): string {
  const basis = `${answer.question.trim().toLowerCase()}|${answer.facts.map((f) => f.id).join(',')}`;
  return createHash('sha256').update(basis).digest('hex').slice(0, 16);
}

const isFigure = (f: Fact): boolean => f.amountSEK !== null;

/** The heading a listed (non-amount) fact goes under. */
function groupOf(f: Fact, l: Labels): string {
  if (f.kind === 'insats') return f.area ?? f.heading ?? l.tasksGroup;
  if (f.kind === 'deadline') return l.datesGroup;
  return l.passagesGroup;
}

/** "Visa diagram" / "Show chart" for a chart the message's facts can be drawn as; null when none. */
export function chartButton(request: ChartRequest | null, language: Answer['language']): types.Button | null {
  if (!request) return null;
  const value: ChartValue = request.kind === 'totals' ? { c: 'totals', l: language } : { c: request.kind, y: request.year, l: language };
  return { type: 'button', action_id: ACTIONS.showChart, text: { type: 'plain_text', text: labels(language).showChart }, value: JSON.stringify(value) };
}

/** One listed fact as a line of mrkdwn; the owner is named when the list has several. */
function listLine(f: Fact, showOwner: boolean): string {
  const label = escapeMrkdwn(truncate(f.label.replace(/\s+/g, ' '), 240));
  const owner = showOwner && f.kind === 'insats' && f.owner ? ` _(${escapeMrkdwn(f.owner)})_` : '';
  return f.kind === 'deadline' && f.date ? `• *${f.date}* ${label}` : `• ${label}${owner}`;
}

/** A fact's label as the answer's language shows it: a total is named in that language; a source's own words stay Swedish. */
function factLabel(f: Fact, language: Answer['language']): string {
  if (f.kind === 'total' && f.year !== null) return language === 'en' ? `The ${f.year} agreement` : `Överenskommelsen ${f.year}`;
  const label = escapeMrkdwn(f.label.replace(/\s+/g, ' '));
  return language === 'en' ? `_${label.replace(/_/g, ' ')}_` : label;
}

/** A name cut at a word, with "…" when cut: "Sjukvårdsregionalt stöd via RCC …". */
function atWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,–-]+$/u, '')}…`;
}

/** A fact's amount as a field: the amount first and in bold, then what it is and its year. */
export function figureField(f: Fact, language: Answer['language']): string {
  const label = factLabel(f, language);
  const year = f.year && !label.includes(String(f.year)) ? ` · ${f.year}` : '';
  return truncate(`*${formatAmount(f.amountSEK!, language)}*\n${label}${year}`, 1990);
}

/** Figures as sections of at most 10 fields (Block Kit's limit). */
export function figureBlocks(facts: Fact[], language: Answer['language']): Block[] {
  const blocks: Block[] = [];
  for (let i = 0; i < facts.length; i += 10) {
    blocks.push({ type: 'section', fields: facts.slice(i, i + 10).map((f) => ({ type: 'mrkdwn', text: figureField(f, language) })) });
  }
  return blocks;
}

/** Listed facts grouped under their headings; at most `perGroup` and `maxItems` shown. Returns how many were left out. */
export function listBlocks(facts: Fact[], l: Labels, perGroup = Infinity, maxItems = Infinity): { blocks: Block[]; hidden: number } {
  const groups = new Map<string, Fact[]>();
  for (const f of facts) {
    const g = groupOf(f, l);
    groups.set(g, [...(groups.get(g) ?? []), f]);
  }
  const showOwner = new Set(facts.filter((f) => f.kind === 'insats').map((f) => f.owner)).size > 1;
  const blocks: Block[] = [];
  let shown = 0;
  let left = groups.size;
  for (const [group, items] of groups) {
    // Every group shows its heading and count, and at least one item (room is kept for the groups
    // after it): a preview never hides an area.
    left--;
    const room = Math.max(1, Math.min(perGroup, maxItems - shown - left));
    const visible = items.slice(0, room);
    shown += visible.length;
    const rest = items.length - visible.length;
    const lines = [`*${escapeMrkdwn(group)}* (${items.length})`, ...visible.map((f) => listLine(f, showOwner)), ...(rest ? [l.more(rest)] : [])];
    for (const chunk of chunkLines(lines.join('\n'))) blocks.push({ type: 'section', text: { type: 'mrkdwn', text: chunk } });
  }
  return { blocks, hidden: facts.length - shown };
}

/** One context line per source: linked title, year, cited lines. */
export function sourceContext(facts: Fact[], corpus: Corpus, l: Labels): Block[] {
  const bySource = new Map<string, Fact[]>();
  for (const f of facts) bySource.set(f.sourceId, [...(bySource.get(f.sourceId) ?? []), f]);
  const blocks: Block[] = [];
  for (const [sourceId, cited] of [...bySource].slice(0, 10)) {
    const source = corpus.sources.find((s) => s.id === sourceId);
    const title = escapeMrkdwn(truncate(source?.title ?? cited[0]!.citation.path, 150)).replace(/\|/g, '¦');
    const linked = source?.url ? `<${source.url}|${title}>` : title;
    const years = [...new Set(cited.map((f) => f.year).filter((y) => y !== null))].sort();
    const lineNumbers = [...new Set(cited.map((f) => f.citation.line))].sort((a, b) => a - b);
    const shownLines = lineNumbers.slice(0, 8).join(', ') + (lineNumbers.length > 8 ? ', …' : '');
    const year = years.length ? ` · ${years.join(', ')}` : source ? ` · ${source.years.join(', ')}` : '';
    const lineWord = lineNumbers.length === 1 ? l.line : l.lines;
    blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: `📄 ${linked}${year} · ${lineWord} ${shownLines}` }] });
  }
  return blocks;
}

export interface AnswerMessageOptions {
  /** Add "share in channel" (an ephemeral /cancer-ask answer). */
  share?: boolean;
  /** Show the question above the answer (ephemeral and shared answers, where the question is not in view). */
  showQuestion?: boolean;
  /** The user who shared the answer into the channel. */
  sharedBy?: string;
  /** The chart comes with the answer (the question asked for one): no "Visa diagram" for it. */
  chartSent?: boolean;
  /** Slack's own feedback buttons instead of the two plain ones (answers in threads, DMs and the side panel). */
  nativeFeedback?: boolean;
}


/** Amounts in a sentence set in bold, so that the figure is what the eye finds first. */
const boldAmounts = (text: string): string => text.replace(/(?<![*\d])(SEK [\d,.]+ (?:million|billion)|\d{1,3}(?:[ \u00a0]\d{3})*(?:,\d+)? (?:miljoner|miljarder) kronor)(?!\*)/gu, '*$1*');


/**
 * The answer in one sentence, the figure in bold: "Barncancer fick *80 miljoner kronor* 2024." The
 * core makes the sentence (src/answer/plain.ts); a comparison's is its difference.
 */
export function headline(answer: Answer): string {
  return boldAmounts(escapeMrkdwn(withoutFileCitations(answer.lead)));
}

/**
 * The message's top-level text, which notifications, search, screen readers and the lock screen
 * show: the lead sentence alone — the plain text's first line — without emphasis, at most 300
 * characters.
 */
export function answerText(answer: Answer): string {
  const first = (answer.text.split('\n')[0] ?? '').trim();
  return truncate(escapeMrkdwn(first || answer.text.trim()), 300);
}

/** An Answer as a Slack message; a message that asked several things gets each part under its ask. */
export function answerMessage(answer: Answer, corpus: Corpus, opts: AnswerMessageOptions = {}): SlackMessage {
  if (answer.parts?.length) return partsMessage(answer, corpus, opts);
  const l = labels(answer.language);
  const blocks: Block[] = [];
  if (opts.sharedBy) blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: l.sharedBy(opts.sharedBy) }] });
  if (opts.showQuestion || opts.sharedBy) {
    const q = displayUserText(answer.question);
    if (q) blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: truncate(`❓ ${q}`, 2900) }] });
  }
  // The answer in one sentence; an answer with no facts (help, a refusal) is shown whole.
  // (A follow-up's lead already says what it took from the question before: "(barncancer)".)
  const lead = answer.facts.length ? headline(answer) : escapeMrkdwn(withoutFileCitations(answer.text));
  for (const chunk of chunkLines(lead).slice(0, 10)) blocks.push({ type: 'section', text: { type: 'mrkdwn', text: chunk } });

  const figures = answer.facts.filter(isFigure);
  const listed = answer.facts.filter((f) => !isFigure(f));
  // One figure the headline already says is not repeated as a field.
  const shownFigures = figures.length === 1 && lead.includes(`*${formatAmount(figures[0]!.amountSEK!, answer.language)}*`) ? [] : figures.slice(0, MAX_FIGURES);
  blocks.push(...figureBlocks(shownFigures, answer.language));
  const list = listBlocks(listed, l, PER_GROUP, MAX_LIST_ITEMS);
  blocks.push(...list.blocks);
  const hidden = figures.length - Math.max(shownFigures.length, Math.min(figures.length, 1)) + list.hidden;

  // What the answer says after its lists: years without a source, words it left out, the same money seen twice.
  const notes = answer.notes.filter((n) => n !== answer.difference);
  if (answer.facts.length && notes.length) {
    for (const chunk of chunkLines(escapeMrkdwn(withoutFileCitations(notes.join('\n'))), 2900).slice(0, 3)) blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: chunk }] });
  }

  const shownFacts = [...shownFigures, ...listed];
  blocks.push(...sourceContext(shownFacts.length ? shownFacts : answer.facts, corpus, l));

  const buttons: types.Button[] = [];
  let native: Block | null = null;
  // One button per cited line, each named alike by what it cites — a figure by its line's name, a
  // sentence by its line number — so that no two read the same; one cited line is "Visa källa".
  const cited = [...new Map(answer.facts.map((f) => [`${f.sourceId}:${f.citation.line}`, f])).values()].slice(0, 3);
  const names = new Set<string>();
  cited.forEach((f, i) => {
    const value = writeValue({ f: f.id, l: answer.language });
    const what = f.kind === 'total' ? factLabel(f, answer.language).replace(/_/g, '') : f.amountSEK !== null ? atWord(f.label.replace(/\s+/g, ' '), 32) : null;
    let name = cited.length === 1 ? l.showSource : what ? l.sourceOf(what) : l.showSourceLine(f.citation.line);
    if (names.has(name)) name = l.showSourceLine(f.citation.line);
    names.add(name);
    // A line's name cut short on the button is read out longer.
    const cut = what !== null && f.kind !== 'total' && what !== f.label.replace(/\s+/g, ' ');
    const label = cut && name === l.sourceOf(what) ? { accessibility_label: truncate(l.sourceOf(f.label.replace(/\s+/g, ' ')), 75) } : {};
    if (value) buttons.push({ type: 'button', action_id: showSourceId(i), text: { type: 'plain_text', text: truncate(name, 75) }, value, ...label });
  });
  // Button values are not shown, but they are echoed in Slack's payloads: no pings in them either.
  const question = withoutSpecialMentions(answer.question);
  const q = writeValue({ q: question });
  if (hidden > 0 && q) buttons.push({ type: 'button', action_id: ACTIONS.showMore, text: { type: 'plain_text', text: l.showMore(answer.facts.length) }, value: q });
  // Each total whose source splits it into lines offers them ("Visa budgetraderna 2024"), two at most.
  const totals = hasTrait(answer.intent, 'oneFigure') ? answer.facts.filter((f) => f.kind === 'total' && f.year !== null) : [];
  const split = totals.filter((t) => corpus.facts.some((f) => f.kind === 'budget' && f.year === t.year)).slice(0, 2);
  split.forEach((t, i) => {
    const linesQuestion = writeValue({ q: l.linesQuestion(t.year!) });
    if (linesQuestion) buttons.push({ type: 'button', action_id: askId(i === 0 ? 0 : 4), text: { type: 'plain_text', text: l.showLines(t.year!) }, value: linesQuestion });
  });
  const chart = opts.chartSent ? null : chartButton(chartForAnswer(answer.intent, answer.facts), answer.language);
  if (chart) buttons.push(chart);
  // Help, a refusal or a question too long is no answer to vote on or share.
  if (answer.facts.length) {
    const vote = writeValue({ k: answerKey(answer), q: truncate(question, 1500), l: answer.language, i: answer.intent });
    native = vote && opts.nativeFeedback ? feedbackBlock(vote, answer.language) : null;
    if (vote && !native) buttons.push(...voteButtons(vote, answer.language));
    if (opts.share && q) buttons.push({ type: 'button', action_id: ACTIONS.share, style: 'primary', text: { type: 'plain_text', text: l.share }, value: q });
  }
  if (buttons.length) blocks.push({ type: 'actions', elements: buttons });
  if (native) blocks.push(native);
  blocks.push(...suggestionBlocks(answer, l));
  return { text: answerText(answer), blocks: blocks.slice(0, 50) };
}

/** "Menade du …?": the questions an uncertain reading offers, each a button that asks it. */
function suggestionBlocks(answer: Answer, l: Labels): Block[] {
  const offered = (answer.suggestions ?? []).flatMap((s, i) => {
    const value = writeValue({ q: s });
    return value ? [{ type: 'button' as const, action_id: askId(i + 1), text: { type: 'plain_text' as const, text: truncate(s, 75) }, value }] : [];
  });
  if (!offered.length) return [];
  return [{ type: 'context', elements: [{ type: 'mrkdwn', text: l.didYouMean }] }, { type: 'actions', elements: offered }];
}

/**
 * A message that asked several things ("två snabba: …"): each ask as a small heading over its own
 * answer (sources, figures, lists), then one row of votes for the whole reply.
 */
function partsMessage(answer: Answer, corpus: Corpus, opts: AnswerMessageOptions): SlackMessage {
  const parts = answer.parts!;
  const budget = Math.floor(46 / parts.length);
  const blocks: Block[] = [];
  parts.forEach((part, i) => {
    blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: truncate(`*${i + 1}.* ${displayUserText(part.question)}`, 2900) }] });
    blocks.push(...answerMessage({ ...part, facts: part.facts }, corpus, { ...opts, share: false }).blocks.filter((b) => b.type !== 'actions' && b.type !== 'context_actions').slice(0, budget - 1));
  });
  const question = withoutSpecialMentions(answer.question);
  const vote = answer.facts.length ? writeValue({ k: answerKey(answer), q: truncate(question, 1500), l: answer.language, i: answer.intent }) : null;
  const l = labels(answer.language);
  const q = writeValue({ q: question });
  const native = vote && opts.nativeFeedback ? feedbackBlock(vote, answer.language) : null;
  const buttons: types.Button[] = vote
    ? [
        ...(native ? [] : voteButtons(vote, answer.language)),
        ...(opts.share && q ? [{ type: 'button' as const, action_id: ACTIONS.share, style: 'primary' as const, text: { type: 'plain_text' as const, text: l.share }, value: q }] : []),
      ]
    : [];
  if (buttons.length) blocks.push({ type: 'actions', elements: buttons });
  if (native) blocks.push(native);
  return { text: answerText(answer), blocks: blocks.slice(0, 50) };
}
