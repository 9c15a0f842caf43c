/**
 * The curator's loop, recording: the real Bolt app over signed HTTP, a real SQLite file in a temp
 * folder, and the stand-in Slack API. Every question the bot could not answer and every 👎 is
 * noted — question, language, intent, DM or channel, when — and no user id is kept with them.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { answer } from '../../src/answer/answer.ts';
import { isNoSourceAnswer, isUnansweredQuestion } from '../../src/curation/outcome.ts';
import { databasePath } from '../../src/store/open.ts';
import type { CurationNote } from '../../src/store/types.ts';
import { buttonsOf, textOf, realCorpus, startBot, type RunningBot } from '../helpers/bot.ts';
import { BOT_USER_ID } from '../helpers/slackStandIn.ts';

const NOW = new Date('2026-03-02T08:00:00Z');
const UNANSWERED_EN = 'how much for smear tests 2024';
const UNANSWERED_SV = 'Vad säger källorna om tandvård 2024?';

let bot: RunningBot;
let dataDir: string;
beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'curation-record-'));
  bot = await startBot({ now: NOW, dataDir });
});
afterAll(async () => {
  await bot?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

let seen = 0;
/** The notes recorded since the test began. */
const newNotes = async (): Promise<CurationNote[]> => (await bot.store.curationNotes()).slice(seen);
beforeEach(async () => {
  seen = (await bot.store.curationNotes()).length;
});

const postsTo = (channel: string) => bot.slack.callsTo('chat.postMessage').filter((c) => c.body.channel === channel);
let tick = 0;
const ts = () => `1772440${String(100 + tick++).padStart(3, '0')}.000100`;

/** A DM to the bot, answered before this resolves. */
async function dm(channel: string, text: string) {
  const before = postsTo(channel).length;
  const t = ts();
  await bot.event({ type: 'message', channel, channel_type: 'im', user: 'U0ASKER', text, ts: t, event_ts: t });
  await bot.slack.waitFor(() => postsTo(channel).length > before);
  return postsTo(channel).at(-1)!;
}

async function mention(channel: string, text: string) {
  const before = postsTo(channel).length;
  const t = ts();
  await bot.event({ type: 'app_mention', user: 'U0ASKER', text: `<@${BOT_USER_ID}> ${text}`, ts: t, channel, event_ts: t });
  await bot.slack.waitFor(() => postsTo(channel).length > before);
  return postsTo(channel).at(-1)!;
}

async function ask(text: string, fields: Record<string, string> = {}) {
  const { responseUrl } = await bot.command('/cancer-ask', text, fields);
  await bot.slack.waitFor((calls) => calls.some((c) => c.method === 'respond' && responseUrl.endsWith(c.path)));
  return bot.slack.callsTo('respond').find((c) => responseUrl.endsWith(c.path))!;
}

describe('which answers are for the curators', () => {
  const corpus = realCorpus();
  const today = '2026-03-02';

  it('a question the sources cannot answer is; "no source for that year" (a correct answer), help and thanks are not', () => {
    expect(isUnansweredQuestion(answer(UNANSWERED_EN, { corpus, today }))).toBe(true);
    expect(isUnansweredQuestion(answer(UNANSWERED_SV, { corpus, today }))).toBe(true);
    for (const q of ['Hur mycket gick till barncancer 2022?', 'total 2022', 'Vad var rehabiliteringspotten 2025?']) {
      const a = answer(q, { corpus, today });
      expect(a.answered).toBe(false);
      // Pins the wording of src/answer/words.ts missingNote, which outcome.ts recognises.
      expect(isNoSourceAnswer(a)).toBe(true);
      expect(isUnansweredQuestion(a)).toBe(false);
    }
    for (const q of ['Hur mycket gick till barncancer 2024?', 'hjälp', 'tack!', '']) expect(isUnansweredQuestion(answer(q, { corpus, today }))).toBe(false);
  });
});

describe('recording over Slack', () => {
  it('notes an unanswered DM question with its language, intent and "dm", and the answer still goes out', async () => {
    const post = await dm('D0CURATE', UNANSWERED_EN);
    expect(textOf(post.body.blocks)).toContain('do not mention "smear"');
    expect(await newNotes()).toEqual([{ kind: 'unanswered', question: UNANSWERED_EN, language: 'en', intent: 'amount', channelKind: 'dm', at: NOW.toISOString() }]);
  });

  it('notes an unanswered mention as asked in a channel, in Swedish', async () => {
    await mention('C0CURATE', UNANSWERED_SV);
    expect(await newNotes()).toEqual([{ kind: 'unanswered', question: UNANSWERED_SV, language: 'sv', intent: 'topic', channelKind: 'channel', at: NOW.toISOString() }]);
  });

  it('notes an unanswered /cancer-ask, in a channel or in a DM', async () => {
    await ask(UNANSWERED_EN);
    await ask(UNANSWERED_SV, { channel_id: 'D0ASKDM' });
    expect((await newNotes()).map((n) => [n.question, n.channelKind])).toEqual([
      [UNANSWERED_EN, 'channel'],
      [UNANSWERED_SV, 'dm'],
    ]);
  });

  it('does not note an answered question, nor "no source for 2022", which is the right answer', async () => {
    await dm('D0CURATE', 'Hur mycket gick till barncancer 2024?');
    const noSource = await dm('D0CURATE', 'Hur mycket gick till barncancer 2022?');
    expect(`${noSource.body.text}\n${textOf(noSource.body.blocks)}`).toContain('ingen källa för 2022');
    await ask('total 2022');
    await mention('C0CURATE', 'hjälp');
    expect(await newNotes()).toEqual([]);
  });

  it('notes a 👎 from the answer\'s own button with its question, language and intent; a 👍 is only counted', async () => {
    const votes = await bot.store.voteCounts();
    const reply = await ask('Hur mycket gick till barncancer 2024?');
    const vote = buttonsOf(reply.body.blocks).find((b) => b.action_id === 'feedback_down')!;
    expect(JSON.parse(vote.value)).toMatchObject({ q: 'Hur mycket gick till barncancer 2024?', l: 'sv', i: 'amount' });
    await bot.click({ action_id: 'feedback_down', value: vote.value }, { user: 'U0VOTER', channel: 'C0VOTES' });
    await bot.click({ action_id: 'feedback_up', value: vote.value.replace('"k":"', '"k":"other-') }, { user: 'U0VOTER2' });
    await bot.slack.waitFor(() => bot.votes.length >= votes.up + votes.down + 2);
    expect(await newNotes()).toEqual([{ kind: 'downvote', question: 'Hur mycket gick till barncancer 2024?', language: 'sv', intent: 'amount', channelKind: 'channel', at: NOW.toISOString() }]);
    expect(await bot.store.voteCounts()).toEqual({ up: votes.up + 1, down: votes.down + 1 });
  });

  it('a 👎 on a button rendered before buttons carried the intent gets it by answering the question again', async () => {
    await bot.click({ action_id: 'feedback_down', value: JSON.stringify({ k: 'old-button', q: 'childhood cancer 2024', l: 'en' }) }, { user: 'U0VOTER', channel: 'D0OLD' });
    await bot.slack.waitFor(async () => (await bot.store.curationNotes()).length > seen);
    expect(await newNotes()).toEqual([{ kind: 'downvote', question: 'childhood cancer 2024', language: 'en', intent: 'amount', channelKind: 'dm', at: NOW.toISOString() }]);
  });

  it('keeps no user id with what it notes', async () => {
    await dm('D0CURATE', UNANSWERED_EN);
    const db = new Database(databasePath(dataDir), { readonly: true });
    try {
      const columns = (db.prepare('PRAGMA table_info(curation_notes)').all() as { name: string }[]).map((c) => c.name);
      expect(columns).toEqual(['id', 'kind', 'question', 'language', 'intent', 'channel_kind', 'noted_at', 'comment', 'team_id']);
      const rows = JSON.stringify(db.prepare('SELECT * FROM curation_notes').all());
      expect(rows).toContain('smear tests');
      for (const user of ['U0ASKER', 'U0VOTER', 'U0VOTER2', 'U0ADMIN']) expect(rows).not.toContain(user);
    } finally {
      db.close();
    }
  });

  it('a store that cannot note logs one line and the answer still goes out', async () => {
    const working = bot.store.noteForCurators;
    bot.store.noteForCurators = () => {
      throw new Error('SQLITE_FULL: database or disk is full');
    };
    try {
      const logged = bot.logs.length;
      const post = await dm('D0FULL', UNANSWERED_EN);
      expect(textOf(post.body.blocks)).toContain('do not mention "smear"');
      const lines = bot.logs.slice(logged).filter((l) => l.text.includes('curators'));
      expect(lines).toEqual([{ level: 'warn', text: 'could not note an unanswered question for the curators: SQLITE_FULL: database or disk is full' }]);
      // The database's fault, once, naming the file (what an operator acts on); no stack trace.
      const faults = bot.logs.slice(logged).filter((l) => l.level === 'error');
      expect(faults).toHaveLength(1);
      expect(faults[0]!.text).toMatch(/^database .*bot\.sqlite3: noteForCurators failed: SQLITE_FULL: database or disk is full$/);
    } finally {
      bot.store.noteForCurators = working;
    }
  });
});
