import { describe, expect, it } from 'vitest';
import { digestCommand, digestCommandFor, turnsDigestOn } from '../../src/commands/digest.ts';
import type { ChannelAccess } from '../../src/digest/channelAccess.ts';
import { buildDigest } from '../../src/digest/digest.ts';
import { commandContext, freshStoreEachTest, realCorpus } from '../digest/helpers.ts';

const store = freshStoreEachTest();

/** Someone in channel C0DIGEST on Monday 2026-11-23 at 11:00 Stockholm (10:00 UTC), unless told otherwise. */
const inChannel = (o: Parameters<typeof commandContext>[1] = {}) => commandContext(store, { userId: 'USTAFF', ...o });

describe('/cancer-digest', async () => {
  it('on: subscribes the channel at 08:00 by default and says when the first digest comes', async () => {
    const r = await digestCommand('on', inChannel());
    expect(r.ok).toBe(true);
    expect(r.text).toContain('varje vardag kl 08:00');
    expect(r.text).toContain('Nästa: tisdag 24 november 2026 kl 08:00');
    expect(await store.subscription('C0DIGEST')).toMatchObject({ time: '08:00', subscribedBy: 'USTAFF' });
    expect(await store.subscription('COTHER')).toBeNull();
  });

  it('on 14:30 before 14:30 on a weekday: the first digest comes today', async () => {
    const r = await digestCommand('on 14:30', inChannel());
    expect(r.text).toContain('Nästa: måndag 23 november 2026 kl 14:30');
  });

  it('on on a Friday afternoon: the next digest is on Monday', async () => {
    const r = await digestCommand('on 8:00', inChannel({ now: '2026-11-27T15:00:00Z' }));
    expect(r.text).toContain('Nästa: måndag 30 november 2026 kl 08:00');
  });

  it('on with another time changes the time', async () => {
    await digestCommand('on', inChannel());
    const r = await digestCommand('on 7:30', inChannel());
    expect(r).toMatchObject({ ok: true, text: expect.stringContaining('Tiden ändrad från 08:00 till 07:30') });
    expect((await store.subscription('C0DIGEST'))?.time).toBe('07:30');
  });

  it.each(['25:00', '8', '08:60', 'kl 8', 'imorgon'])('on «%s» is refused with the expected format, and nothing is subscribed', async (time) => {
    const r = await digestCommand(`on ${time}`, inChannel());
    expect(r.ok).toBe(false);
    expect(r.text).toMatch(/TT:MM|högst en tid/);
    expect(await store.subscription('C0DIGEST')).toBeNull();
  });

  it('off ends the subscription; off again says there was none', async () => {
    await digestCommand('on', inChannel());
    expect(await digestCommand('off', inChannel())).toMatchObject({ ok: true, text: expect.stringContaining('avslutad') });
    expect(await store.subscription('C0DIGEST')).toBeNull();
    expect((await digestCommand('off', inChannel())).text).toContain('ingen sammanfattning');
  });

  it('status: without a subscription it says how to turn it on', async () => {
    const r = await digestCommand('status', inChannel());
    expect(r.text).toContain('får ingen sammanfattning');
    expect(r.text).toContain('Ingen sammanfattning har skickats hit ännu');
  });

  it('status: the time, who turned it on, the horizon and the last digest sent', async () => {
    await digestCommand('on', inChannel({ now: '2026-11-20T10:00:00Z' }));
    await store.claimDigest({ channelId: 'C0DIGEST', date: '2026-11-23', claimant: 'A', now: new Date('2026-11-23T07:00:00Z'), leaseMs: 1, failedRetryMs: 1 });
    await store.markDigestSent('C0DIGEST', '2026-11-23', 'A', new Date('2026-11-23T07:00:02Z'), 1);
    const r = await digestCommand('status', inChannel());
    expect(r.text).toContain('kl 08:00');
    expect(r.text).toContain('påslagen av <@USTAFF>');
    expect(r.text).toContain('de närmaste 60 dagarna');
    expect(r.text).toContain('Senast skickad: måndag 23 november 2026 kl 08:00');
    expect(r.text).toContain('Nästa: tisdag 24 november 2026 kl 08:00');
  });

  it("status: says when today's digest has not got through yet", async () => {
    await digestCommand('on', inChannel({ now: '2026-11-20T10:00:00Z' }));
    await store.claimDigest({ channelId: 'C0DIGEST', date: '2026-11-23', claimant: 'A', now: new Date('2026-11-23T07:00:00Z'), leaseMs: 1, failedRetryMs: 1 });
    await store.markDigestFailed('C0DIGEST', '2026-11-23', 'A', 'An API error occurred: internal_error', 5, new Date('2026-11-23T07:01:00Z'));
    expect((await digestCommand('status', inChannel())).text).toContain('inte gått fram än (5 försök; senaste fel: An API error occurred: internal_error)');
  });

  it("status: while today's digest is being sent, says so and since when, not that none was sent", async () => {
    await digestCommand('on', inChannel({ now: '2026-11-20T10:00:00Z' }));
    await store.claimDigest({ channelId: 'C0DIGEST', date: '2026-11-23', claimant: 'A', now: new Date('2026-11-23T07:00:00Z'), leaseMs: 600_000, failedRetryMs: 1 });
    const text = (await digestCommand('status', inChannel({ now: '2026-11-23T07:04:00Z' }))).text;
    expect(text).toContain('Dagens sammanfattning håller på att skickas (sedan måndag 23 november 2026 kl 08:00).');
    expect(text).not.toContain('Ingen sammanfattning har skickats');
    await store.markDigestSent('C0DIGEST', '2026-11-23', 'A', new Date('2026-11-23T07:04:30Z'), 1);
    const after = (await digestCommand('status', inChannel({ now: '2026-11-23T07:05:00Z' }))).text;
    expect(after).toContain('Senast skickad: måndag 23 november 2026 kl 08:04.');
    expect(after).not.toContain('håller på att skickas');
  });

  it("preview: shows today's digest exactly as it would be posted, user deadlines included", async () => {
    await store.addDeadline({ date: '2026-11-25', text: 'Rapport', addedBy: 'UADMIN', addedAt: new Date('2026-11-20T09:00:00Z') });
    const r = await digestCommand('preview', inChannel());
    expect(r.ok).toBe(true);
    expect(r.text).toBe(buildDigest({ corpus: realCorpus(), userDeadlines: await store.userDeadlines(), today: '2026-11-23', horizonDays: 60 }).text);
    expect(r.text).toContain('2026-11-25 (om 2 dagar) – Rapport');
    expect(r.facts?.map((f) => f.id)).toEqual(['2024-regeringen:5:deadline']);
  });

  it("status: a paused digest says so, since when, why, and what to do, and promises no retry", async () => {
    await digestCommand('on', inChannel({ now: '2026-11-20T10:00:00Z' }));
    await store.claimDigest({ channelId: 'C0DIGEST', date: '2026-11-23', claimant: 'A', now: new Date('2026-11-23T07:00:00Z'), leaseMs: 1, failedRetryMs: 1 });
    await store.markDigestFailed('C0DIGEST', '2026-11-23', 'A', 'An API error occurred: not_in_channel', 1, new Date('2026-11-23T07:00:01Z'));
    await store.pauseSubscription('C0DIGEST', 'not_in_channel', new Date('2026-11-23T07:00:01Z'));
    const text = (await digestCommand('status', inChannel())).text;
    expect(text).toContain('Sammanfattningen (varje vardag kl 08:00, påslagen av <@USTAFF>) är *pausad* sedan måndag 23 november 2026 kl 08:00: jag är inte med i kanalen (Slack svarade `not_in_channel`).');
    expect(text).toContain('Bjud in mig med `/invite @cancervardsboten` och slå på igen med `/cancer-digest on`.');
    expect(text).not.toContain('Den försöks igen');
    expect(text).not.toContain('Nästa:');
  });

  it.each([
    ['is_archived', 'kanalen är arkiverad', 'Ta fram kanalen ur arkivet'],
    ['app_uninstalled', 'appen har avinstallerats', 'installera appen igen'],
    ['missing_scope', 'appen saknar en behörighet', 'installera appen igen'],
    ['weird_new_error', 'Slack tar inte emot mina inlägg här (Slack svarade `weird_new_error`)', 'Rätta det och slå på igen'],
  ])('status: paused for %s explains it in Swedish', async (reason, why, todo) => {
    await digestCommand('on', inChannel());
    await store.pauseSubscription('C0DIGEST', reason, new Date('2026-11-23T07:00:00Z'));
    const text = (await digestCommand('status', inChannel())).text;
    expect(text).toContain(why);
    expect(text).toContain(todo);
  });

  it('on in a paused channel resumes it and says so', async () => {
    await digestCommand('on', inChannel({ now: '2026-11-20T10:00:00Z' }));
    await store.pauseSubscription('C0DIGEST', 'not_in_channel', new Date('2026-11-23T07:00:00Z'));
    const r = await digestCommandFor({ ok: true })('on', inChannel());
    expect(r).toMatchObject({ ok: true, text: expect.stringContaining('Sammanfattningen är påslagen igen: kanalen får den varje vardag kl 08:00') });
    expect((await store.subscription('C0DIGEST'))?.pausedReason).toBeNull();
  });

  it.each<[Extract<ChannelAccess, { ok: false }>, string]>([
    [{ ok: false, problem: 'not_member' }, 'Jag är inte med i den här kanalen – bjud in mig först: `/invite @cancervardsboten`'],
    [{ ok: false, problem: 'not_found' }, 'bjud in mig först: `/invite @cancervardsboten`'],
    [{ ok: false, problem: 'archived' }, 'Kanalen är arkiverad'],
    [{ ok: false, problem: 'missing_scope', detail: 'groups:read' }, 'appen saknar behörigheten `groups:read`'],
    [{ ok: false, problem: 'unavailable', detail: 'http_500' }, 'Försök igen om en stund'],
    [{ ok: false, problem: 'refused', detail: 'invalid_auth' }, 'Slack lät mig inte kontrollera kanalen (`invalid_auth`)'],
  ])('on where Slack says %o: refused with a clear sentence, and nothing is stored', async (access, sentence) => {
    const r = await digestCommandFor(access)('on', inChannel());
    expect(r.ok).toBe(false);
    expect(r.text).toContain(sentence);
    expect(r.text).toContain('Inget sparades');
    expect(await store.subscription('C0DIGEST')).toBeNull();
  });

  it('only on needs the channel checked', () => {
    expect(['on', 'ON 07:30', '  on'].map(turnsDigestOn)).toEqual([true, true, true]);
    expect(['off', 'status', 'preview', '', 'online'].map(turnsDigestOn)).toEqual([false, false, false, false, false]);
  });

  it.each(['', 'start', 'off now'])('«%s» gets the usage', async (text) => {
    const r = await digestCommand(text, inChannel());
    expect(r.ok).toBe(false);
    expect(r.text).toContain('Så här används kommandot');
  });
});
