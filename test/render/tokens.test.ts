/**
 * Every "<" the bot sends starts a Slack token it means: a mention, a channel, a date or a link.
 * Each message, modal and Home view the bot can produce is rendered — answers to every pinned
 * question, every command's replies (usage texts included), the source modal of every fact — and
 * its mrkdwn read as Slack reads it.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { answer } from '../../src/answer/answer.ts';
import { COMMANDS } from '../../src/commands/registry.ts';
import type { CommandContext } from '../../src/commands/types.ts';
import { ROOT, loadCorpus } from '../../src/corpus/load.ts';
import { answerMessage } from '../../src/render/answer.ts';
import { homeView } from '../../src/render/home.ts';
import { fullListModal, sourceModal } from '../../src/render/modals.ts';
import { replyMessage } from '../../src/render/reply.ts';
import { apology } from '../../src/slack/safely.ts';
import { openStore } from '../../src/store/open.ts';

const corpus = loadCorpus();
const today = '2026-03-02';
const dir = mkdtempSync(join(tmpdir(), 'tokens-'));
const store = openStore(dir);
afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The mrkdwn Slack parses in a message or view: the fallback text and every mrkdwn text object. */
function mrkdwnOf(value: unknown, out: string[] = [], key = ''): string[] {
  if (typeof value === 'string') {
    if (key === 'text' || key === 'fallback') out.push(value);
  } else if (Array.isArray(value)) for (const v of value) mrkdwnOf(v, out, key);
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (o.type === 'plain_text') return out; // shown as written: Slack parses no markup there
    for (const [k, v] of Object.entries(o)) mrkdwnOf(v, out, k);
  }
  return out;
}

const TOKEN = /^<(?:@[UW][A-Z0-9]+(?:\|[^<>]*)?|#C[A-Z0-9]+(?:\|[^<>]*)?|!date\^\d+\^[^<>|]*(?:\|[^<>]*)?|(?:https?:\/\/|mailto:)[^\s<>|]+(?:\|[^<>]*)?)>/;

/** Every "<" that opens no token, and every stray ">" or bare "&", with a little context. */
function strays(text: string): string[] {
  const bad: string[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '<') {
      const token = TOKEN.exec(text.slice(i));
      if (token) {
        i += token[0].length - 1;
        continue;
      }
    } else if (c === '&' && /^&(?:amp|lt|gt);/.test(text.slice(i, i + 5))) continue;
    else if (c === '>' && (i === 0 || text[i - 1] === '\n')) continue; // a quoted line
    else if (c !== '>' && c !== '&') continue;
    bad.push(text.slice(Math.max(0, i - 20), i + 20));
  }
  return bad;
}

const check = (what: string, rendered: unknown) => {
  const bad = mrkdwnOf(rendered).flatMap(strays);
  expect(bad, what).toEqual([]);
};

const questions = [ROOT + 'test/fixtures/questions.jsonl', ROOT + 'test/fixtures/dev-questions.jsonl'].flatMap((f) =>
  readFileSync(f, 'utf8').trim().split('\n').map((l) => (JSON.parse(l) as { q: string }).q),
);

describe('no stray "<", ">" or "&" in anything the bot sends', () => {
  it('answers to every pinned question, and their full lists', () => {
    for (const q of [...questions, '<!channel> hur mycket 2024?', 'a < b & c > d 2024', '<https://evil.example|klicka> barncancer 2024', '']) {
      const a = answer(q, { corpus, today });
      check(q, answerMessage(a, corpus));
      check(`full list: ${q}`, fullListModal(a, corpus));
    }
  });

  it('every command reply, usage texts and refusals included', async () => {
    const ctx = (userId: string): CommandContext => ({ corpus, today, now: new Date('2026-03-02T08:00:00Z'), userId, userName: 'anna', channelId: 'C0CHANNEL', store, adminUserIds: ['U0ADMIN'], digestHorizonDays: 60 });
    const inputs: Record<string, string[]> = {
      '/cancer-ask': ['', 'hur mycket gick till barncancer 2024?', '<!here> a < b', 'x'.repeat(5000)],
      '/cancer-totals': ['', '2024', '2021-2026', '2022', 'tjugo', '<år>'],
      '/cancer-deadlines': ['', '30', 'add 2026-05-01 <Rapport> & svar', 'add 2026-02-30 fel', 'remove 1', 'remove x', 'add'],
      '/cancer-digest': ['', 'status', 'preview', 'on 07:30', 'on 25:00', 'off', 'bogus'],
    };
    for (const [name, texts] of Object.entries(inputs)) {
      for (const text of texts) for (const user of ['U0ADMIN', 'U0ASKER']) check(`${name} ${text}`, replyMessage(await COMMANDS[name]!(text, ctx(user)), corpus));
    }
  });

  it('the source modal of every fact, in both languages; the Home tab; the apology', async () => {
    for (const f of corpus.facts) for (const l of ['sv', 'en'] as const) check(f.id, sourceModal(f, corpus, l));
    check('unknown fact', sourceModal(undefined, corpus, 'sv'));
    check('home', homeView(corpus, today, await store.userDeadlines()));
    check('apology', apology('abcd1234', 'en'));
  });
});
