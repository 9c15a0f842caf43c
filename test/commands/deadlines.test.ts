import { describe, expect, it } from 'vitest';
import { consoleReply } from '../../src/cli/console.ts';
import { deadlinesCommand } from '../../src/commands/deadlines.ts';
import { buildDigest } from '../../src/digest/digest.ts';
import { replyMessage } from '../../src/render/reply.ts';
import { realCorpus, textOf } from '../helpers/bot.ts';
import { commandContext, freshStoreEachTest } from '../digest/helpers.ts';

const store = freshStoreEachTest();

/** Monday 2026-11-23, 11:00 in Stockholm. */
const admin = () => commandContext(store, { userId: 'UADMIN', admins: ['UADMIN'] });
const staff = () => commandContext(store, { userId: 'USTAFF', admins: ['UADMIN'] });
const add = (text: string, ctx = admin()) => deadlinesCommand(`add ${text}`, ctx);

describe('/cancer-deadlines [dagar]', async () => {
  it('lists the 2026-12-31 deadline in the next 60 days with days left and its source document and line', async () => {
    const r = await deadlinesCommand('', staff());
    expect(r.ok).toBe(true);
    expect(r.text).toContain('de närmaste 60 dagarna');
    expect(r.text).toContain('• 2026-12-31 (om 38 dagar) – Anslagen till cancervården per år 2024–2026 _(Cancervården en prioriterad fråga för regeringen, rad 5)_');
    expect(r.facts?.map((f) => f.id)).toEqual(['2024-regeringen:5:deadline']);
  });

  it('with 30 days, 2026-12-31 is too far off', async () => {
    const r = await deadlinesCommand('30', staff());
    expect(r.ok).toBe(true);
    expect(r.text).not.toContain('2026-12-31');
    expect(r.text).toContain('Inget förfaller de närmaste 30 dagarna');
  });

  it('shows overdue user deadlines first, with who added them', async () => {
    await store.addDeadline({ date: '2026-11-30', text: 'Svar till SKR', addedBy: 'UADMIN', addedAt: new Date('2026-11-01T09:00:00Z') });
    await store.addDeadline({ date: '2026-11-10', text: 'Remissvar', addedBy: 'UADMIN', addedAt: new Date('2026-11-01T09:00:00Z') });
    const lines = (await deadlinesCommand('', staff())).text.split('\n').filter((l) => l.startsWith('•'));
    expect(lines).toEqual([
      '• 2026-11-10 (13 dagar sen) – Remissvar _(tillagd av <@UADMIN> 2026-11-01, nr 2)_',
      '• 2026-11-30 (om 7 dagar) – Svar till SKR _(tillagd av <@UADMIN> 2026-11-01, nr 1)_',
      '• 2026-12-31 (om 38 dagar) – Anslagen till cancervården per år 2024–2026 _(Cancervården en prioriterad fråga för regeringen, rad 5)_',
    ]);
  });

  it.each(['0', '-5', 'abc', '99999', '30 dagar'])('answers «%s» with how to use the command', async (arg) => {
    const r = await deadlinesCommand(arg, staff());
    expect(r.ok).toBe(false);
    expect(r.text).toMatch(/Så här används kommandot/);
  });
});

describe('/cancer-deadlines add and remove', async () => {
  it('an admin adds a deadline: it is stored with who and when, and listed with its number', async () => {
    const r = await add('2026-12-01 Rapport till styrelsen');
    expect(r).toMatchObject({ ok: true, text: expect.stringContaining('Tillagd som nr 1: 2026-12-01 (om 8 dagar) – Rapport till styrelsen') });
    expect(await store.userDeadlines()).toEqual([{ id: 1, date: '2026-12-01', text: 'Rapport till styrelsen', addedBy: 'UADMIN', addedByName: null, addedAt: '2026-11-23T10:00:00.000Z' }]);
    expect((await deadlinesCommand('', staff())).text).toContain('• 2026-12-01 (om 8 dagar) – Rapport till styrelsen _(tillagd av <@UADMIN> 2026-11-23, nr 1)_');
  });

  it('a deadline due today, and a text of exactly 200 characters, are accepted', async () => {
    expect((await add('2026-11-23 Idag')).ok).toBe(true);
    expect((await add(`2026-11-24 ${'x'.repeat(200)}`)).ok).toBe(true);
    expect(await store.userDeadlines()).toHaveLength(2);
  });

  it('an admin removes a deadline by its number; it is gone from the list', async () => {
    await add('2026-12-01 Rapport till styrelsen');
    const r = await deadlinesCommand('remove 1', admin());
    expect(r).toMatchObject({ ok: true, text: 'Borttagen: nr 1, 2026-12-01 – Rapport till styrelsen.' });
    expect(await store.userDeadlines()).toEqual([]);
  });

  it('removing a number that does not exist says so', async () => {
    const r = await deadlinesCommand('remove 42', admin());
    expect(r).toMatchObject({ ok: false, text: expect.stringContaining('ingen tillagd deadline nr 42') });
  });

  it.each(['', 'abc', '1.5', '-1'])('remove «%s» asks for a number', async (arg) => {
    expect(await deadlinesCommand(`remove ${arg}`, admin())).toMatchObject({ ok: false, text: expect.stringContaining('Ange numret') });
  });

  it('a user who is not an admin is refused adding and removing, and nothing changes', async () => {
    await add('2026-12-01 Rapport till styrelsen');
    const added = await add('2026-12-02 Något annat', staff());
    expect(added).toMatchObject({ ok: false, text: expect.stringContaining('Bara administratörer kan lägga till deadlines') });
    expect(added.text).toContain('<@UADMIN>');
    const removed = await deadlinesCommand('remove 1', staff());
    expect(removed).toMatchObject({ ok: false, text: expect.stringContaining('Bara administratörer kan ta bort deadlines') });
    expect((await store.userDeadlines()).map((d) => d.text)).toEqual(['Rapport till styrelsen']);
  });

  it('with no ADMIN_USER_IDS set, nobody can add, and the refusal says why', async () => {
    const r = await add('2026-12-01 Rapport', commandContext(store, { userId: 'UADMIN', admins: [] }));
    expect(r).toMatchObject({ ok: false, text: expect.stringContaining('ADMIN_USER_IDS') });
    expect(await store.userDeadlines()).toEqual([]);
  });

  const bad: [string, string, RegExp][] = [
    ['a date that does not exist', '2026-02-30 Rapport', /2026-02-30 finns inte/],
    ['month 13', '2026-13-01 Rapport', /finns inte/],
    ['a date written another way', '1/12/2026 Rapport', /ÅÅÅÅ-MM-DD/],
    ['a short year', '26-12-01 Rapport', /ÅÅÅÅ-MM-DD/],
    ['yesterday', '2026-11-22 Rapport', /har redan varit/],
    ['last year', '2025-12-01 Rapport', /har redan varit/],
    ['no text', '2026-12-01', /Skriv vad deadlinen gäller/],
    ['only spaces as text', '2026-12-01    ', /Skriv vad deadlinen gäller/],
    ['no date and no text', '', /Skriv datum och text/],
    ['201 characters', `2026-12-01 ${'x'.repeat(201)}`, /högst 200 tecken; din är 201/],
    ['a user mention', '2026-12-01 Påminn <@U0123ABC>', /omnämnanden/],
    ['@channel as Slack sends it', '2026-12-01 <!channel> rapport', /omnämnanden/],
    ['@here typed plainly', '2026-12-01 @here rapport', /omnämnanden/],
    ['a channel link', '2026-12-01 Se <#C0123|allmänt>', /omnämnanden/],
    ['an escaped mention', '2026-12-01 &lt;@U0123ABC&gt;', /omnämnanden/],
    ['a Slack link', '2026-12-01 Se <https://example.org|sidan>', /länkar/],
    ['a bare link', '2026-12-01 Se https://example.org', /länkar/],
    ['a www address', '2026-12-01 Se www.example.org', /länkar/],
    ['angle brackets typed as text', '2026-12-01 Rapport &lt;till&gt; SKR', /tecknen < och >/],
    ['a date too far ahead', '2101-01-01 Rapport', /för långt fram/],
    ['a right-to-left override', '2026-12-01 Rapport \u202Efdp.exe', /osynliga styrtecken/],
    ['a zero-width space', '2026-12-01 Rap\u200Bport', /osynliga styrtecken/],
    ['a fullwidth @channel', '2026-12-01 \uFF1C\uFF01channel\uFF1E rapport', /omnämnanden/],
    ['a fullwidth @here', '2026-12-01 \uFF20here rapport', /omnämnanden/],
  ];
  it.each(bad)('refuses %s with a clear message and stores nothing', async (_what, input, message) => {
    const r = await add(input);
    expect(r.ok).toBe(false);
    expect(r.text).toMatch(message);
    expect(r.text).not.toMatch(/<[@!#]/); // the refusal does not echo markup back
    expect(await store.userDeadlines()).toEqual([]);
  });
});

describe('a deadline reply as people see it', async () => {
  /** What Slack shows for mrkdwn text: entities read back as characters. */
  const shownInSlack = (text: string) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

  it('in Slack: an ampersand shows once (Slack sends it escaped), and the admin is a real mention', async () => {
    await add('2026-12-01 Forskning &amp; utveckling');
    const message = replyMessage(await deadlinesCommand('', staff()), realCorpus());
    const text = textOf(message.blocks);
    expect(shownInSlack(text)).toContain('Forskning & utveckling');
    expect(text).not.toContain('&amp;amp;');
    expect(text).toContain('tillagd av <@UADMIN>');
  });

  it('in Slack: a refusal names the admins as mentions, and an unknown argument is echoed without markup', async () => {
    expect(textOf(replyMessage(await deadlinesCommand('add 2026-12-01 x', staff()), realCorpus()).blocks)).toContain('Be någon av <@UADMIN>');
    const echoed = textOf(replyMessage(await deadlinesCommand('&lt;!channel&gt; hej &amp; då', staff()), realCorpus()).blocks);
    expect(echoed).toContain('«hej &amp; då»');
    expect(echoed).not.toMatch(/<!channel>|&lt;!channel|&amp;amp;/);
  });

  it('names the admin who added a deadline by name, so the daily digest does not ping them', async () => {
    await deadlinesCommand('add 2026-12-01 Rapport till styrelsen', commandContext(store, { userId: 'UADMIN', userName: 'anna.berg', admins: ['UADMIN'] }));
    const listed = (await deadlinesCommand('', staff())).text;
    expect(listed).toContain('Rapport till styrelsen _(tillagd av @anna.berg 2026-11-23, nr 1)_');
    const digest = buildDigest({ corpus: realCorpus(), userDeadlines: await store.userDeadlines(), today: '2026-11-23' });
    expect(digest.text).toContain('tillagd av @anna.berg');
    expect(digest.text).not.toContain('<@');
    expect(digest.facts[0]).toMatchObject({ source: 'user', addedBy: 'UADMIN', addedByName: 'anna.berg' });
  });

  it('on the console: plain characters and @user, no Slack escapes', async () => {
    const opts = { corpus: realCorpus(), store, input: process.stdin, output: process.stdout, today: '2026-11-23' };
    await consoleReply('/cancer-deadlines add 2026-12-01 Forskning &amp; utveckling', opts, new Date('2026-11-23T10:00:00Z'));
    const listed = await consoleReply('/cancer-deadlines', opts, new Date('2026-11-23T10:00:00Z'));
    expect(listed).toContain('Forskning & utveckling (tillagd av @console 2026-11-23, nr 1)');
    expect(listed).not.toMatch(/&amp;|&lt;|<@/);
  });
});
