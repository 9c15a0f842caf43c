/**
 * `/cancer-admin` and the admins' Home tab over signed HTTP, on the real corpus and a real SQLite
 * file: an admin teaches a phrase and the next question is answered with it, also after the bot
 * starts again on the same DATA_DIR; everyone else is refused every subcommand and nothing
 * changes; the Home tab lists the top five unanswered questions for admins only.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consoleReply } from '../../src/cli/console.ts';
import { createMemoryStore } from '../../src/store/memory.ts';
import { openStore } from '../../src/store/open.ts';
import { realCorpus, startBot, textOf, type RunningBot } from '../helpers/bot.ts';

const ADMIN = { user_id: 'U0ADMIN', user_name: 'anna.berg' };
const QUESTION = 'how much for smear tests 2024';

let dataDir: string;
let bot: RunningBot;
beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'curation-admin-'));
  bot = await startBot({ dataDir });
});
afterAll(async () => {
  await bot?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

/** A slash command, and the one reply it got through its response_url. */
async function command(name: string, text: string, fields: Record<string, string> = {}, on = bot) {
  const { res, responseUrl } = await on.command(name, text, fields);
  expect(res.status).toBe(200);
  await on.slack.waitFor((calls) => calls.some((c) => c.method === 'respond' && responseUrl.endsWith(c.path)));
  return on.slack.callsTo('respond').find((c) => responseUrl.endsWith(c.path))!.body;
}
const admin = (text: string, on = bot) => command('/cancer-admin', text, ADMIN, on);

describe('teaching a phrase', () => {
  it('answers a question it could not, from the next question on, and says which recorded questions it closes', async () => {
    const before = await command('/cancer-ask', QUESTION);
    expect(textOf(before.blocks)).toContain('do not mention "smear"');
    expect((await bot.store.curationNotes()).map((n) => n.question)).toContain(QUESTION);

    const taught = await admin('synonym add "smear tests" = livmoderhalscancer');
    expect(taught.response_type).toBe('ephemeral');
    expect(taught.text).toContain('Inlärd som nr 1: «smear tests» läses nu som «livmoderhalscancer»');
    expect(taught.text).toContain('1 obesvarad fråga i rapporten besvaras nu.');
    expect(await bot.store.taughtPhrases()).toMatchObject([{ id: 1, phrase: 'smear tests', words: 'livmoderhalscancer', addedBy: 'U0ADMIN' }]);

    const after = await command('/cancer-ask', QUESTION);
    expect(after.text).toContain('SEK 25 million');
    expect(textOf(after.blocks)).toContain('Utrota livmoderhalscancer');
  });

  it('applies it to DMs too, where a question is asked as the user wrote it', async () => {
    const t = '1772440900.000100';
    await bot.event({ type: 'message', channel: 'D0TAUGHT', channel_type: 'im', user: 'U0ASKER', text: 'How much for Smear Tests in 2024?', ts: t, event_ts: t });
    await bot.slack.waitFor((calls) => calls.some((c) => c.method === 'chat.postMessage' && c.body.channel === 'D0TAUGHT'));
    expect(bot.slack.callsTo('chat.postMessage').find((c) => c.body.channel === 'D0TAUGHT')!.body.text).toContain('SEK 25 million');
  });

  it('accepts curly quotes and no quotes, and lists what is taught', async () => {
    expect((await admin('synonym add “pap test” = livmoderhalscancer')).text).toContain('Inlärd som nr 2: «pap test»');
    expect((await admin('synonym add cellprovtagning = livmoderhalscancer')).text).toContain('Inlärd som nr 3: «cellprovtagning»');
    const list = await admin('synonym list');
    expect(list.text).toContain('Inlärda fraser* (3)');
    expect(list.text).toMatch(/• nr 1: «smear tests» → «livmoderhalscancer» \(<@U0ADMIN>, \d{4}-\d\d-\d\d\)/);
  });

  it('refuses a phrase that fails the checks, saying why, and stores nothing', async () => {
    const stored = await bot.store.taughtPhrases();
    for (const [text, why] of [
      ['synonym add "barncancer" = livmoderhalscancer', 'Jag läser redan «barncancer» som begreppet barncancer'],
      ['synonym add "smear tests" = screening', '«smear tests» är redan inlärd'],
      ['synonym add "kid stuff" = barnsaker', 'Källorna använder inte «barnsaker»'],
      ['synonym add "<!here> ping" = livmoderhalscancer', 'Slack-formatering'],
      ['synonym add "pap smear"', 'Skriv frasen, ett likhetstecken och orden i källorna'],
      ['synonym add "" = livmoderhalscancer', 'Frasen är tom.'],
    ]) {
      const reply = await admin(text!);
      expect(reply.text).toContain(why);
      expect(reply.text).toContain('Inget sparades.');
    }
    expect(await bot.store.taughtPhrases()).toEqual(stored);
  });

  it('the report shows what the bot could not answer and marks what a taught phrase now answers', async () => {
    const reply = await admin('report');
    expect(reply.text).toContain('*Rapport för kuratorer*');
    expect(reply.text).toMatch(/ {2}1 × «how much for smear tests 2024» \(senast [^)]+\) – besvaras nu tack vare en inlärd fras/);
    expect(reply.text).not.toMatch(/U0[A-Z0-9]+/);
    expect((await admin('report 7')).text).toContain('de senaste 7 dagarna');
    expect((await admin('report sju')).text).toContain('Ange antal dagar som en siffra');
  });

  it('`channel auto on|off|status` makes the channel an answer channel and back, and says where it stands', async () => {
    expect((await admin('channel auto status')).text).toContain('bara när någon nämner mig');
    expect((await admin('channel auto on')).text).toContain('utan att nämnas');
    expect(await bot.store.answerChannel('C0CHANNEL')).toMatchObject({ enabledBy: ADMIN.user_id });
    expect((await admin('channel auto status')).text).toContain('Jag svarar på alla frågor i den här kanalen');
    expect((await admin('channel auto off')).text).toContain('bara när någon nämner mig');
    expect(await bot.store.answerChannel('C0CHANNEL')).toBeNull();
    expect((await admin('channel auto maybe')).text).toContain('Använd');
  });
});

describe('everyone but an admin', () => {
  it.each([
    'report',
    'synonym add "pap smear" = livmoderhalscancer',
    'synonym remove 1',
    'synonym list',
    'channel auto on',
    'channel auto status',
    '',
    'nonsense',
  ])('is refused "/cancer-admin %s" and nothing changes', async (text) => {
    const taught = await bot.store.taughtPhrases();
    const notes = (await bot.store.curationNotes()).length;
    const reply = await command('/cancer-admin', text, { user_id: 'U0ASKER' });
    expect(reply.text).toBe('Bara administratörer kan använda /cancer-admin. Be någon av <@U0ADMIN>. Inget ändrades.');
    expect(await bot.store.taughtPhrases()).toEqual(taught);
    expect((await bot.store.curationNotes()).length).toBe(notes);
  });
});

describe('across a restart', () => {
  it('keeps the taught phrases: a bot started again on the same DATA_DIR answers with them; removing one ends it', async () => {
    await bot.stop();
    bot = await startBot({ dataDir });
    expect((await command('/cancer-ask', QUESTION)).text).toContain('SEK 25 million');
    expect((await admin('synonym remove 1')).text).toContain('Borttagen: nr 1, «smear tests» = «livmoderhalscancer»');
    expect(textOf((await command('/cancer-ask', QUESTION)).blocks)).toContain('do not mention "smear"');
    expect((await admin('synonym remove 1')).text).toContain('Det finns ingen inlärd fras nr 1. Inget togs bort.');
    expect((await admin('synonym remove första')).text).toContain('Ange numret på frasen');
  });
});

describe('the Home tab', () => {
  it('lists the five most frequent unanswered questions for an admin, and not for anyone else', async () => {
    const store = openStore(dataDir);
    try {
      const at = new Date('2026-03-01T10:00:00Z');
      for (const [question, times] of [['vad kostar tandvård?', 9], ['ögonsjukvård 2024', 8], ['lungcancer 2024', 7], ['hudcancer 2024', 6], ['vem betalar lunchen', 5], ['sjätte frågan', 4]] as const) {
        for (let i = 0; i < times; i++) await store.noteForCurators({ kind: 'unanswered', question, language: 'sv', intent: 'topic', channelKind: 'dm', at });
      }
    } finally {
      await store.close();
    }
    const publishedFor = async (user: string) => {
      await bot.event({ type: 'app_home_opened', user, channel: `D${user}`, tab: 'home', event_ts: '1772440950.000100' });
      await bot.slack.waitFor((calls) => calls.some((c) => c.method === 'views.publish' && c.body.user_id === user));
      return textOf(bot.slack.callsTo('views.publish').find((c) => c.body.user_id === user)!.body.view.blocks);
    };
    const forAdmin = await publishedFor('U0ADMIN');
    const section = forAdmin.slice(forAdmin.indexOf('*Obesvarade frågor*'));
    expect(section.split('\n').filter((l) => l.startsWith('• '))).toEqual([
      '• 9 × «vad kostar tandvård?»',
      '• 8 × «ögonsjukvård 2024»',
      '• 7 × «lungcancer 2024»',
      '• 6 × «hudcancer 2024»',
      '• 5 × «vem betalar lunchen»',
    ]);
    expect(forAdmin).toContain('*2024*  809 miljoner kronor');
    const forOthers = await publishedFor('U0SOMEONE');
    expect(forOthers).toContain('*2024*  809 miljoner kronor');
    expect(forOthers).not.toContain('Obesvarade frågor');
    expect(forOthers).not.toContain('tandvård');
  });
});

describe('the console', async () => {
  it('runs /cancer-admin from the registry, as the operator is an admin, and answers with what it taught', async () => {
    const opts = { corpus: realCorpus(), store: createMemoryStore(), input: process.stdin, output: process.stdout, today: '2026-03-02' };
    expect(await consoleReply(QUESTION, opts)).toContain('do not mention "smear"');
    expect(await consoleReply('/cancer-admin synonym add "smear tests" = livmoderhalscancer', opts)).toContain('Inlärd som nr 1: «smear tests»');
    expect(await consoleReply(QUESTION, opts)).toContain('SEK 25 million');
    expect(await consoleReply(`/cancer-ask ${QUESTION}`, opts)).toContain('SEK 25 million');
    expect(await consoleReply('/cancer-admin synonym list', opts)).toContain('nr 1: «smear tests» → «livmoderhalscancer» (@console');
  });
});
