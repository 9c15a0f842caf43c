/**
 * The Home tab shows the totals chart: uploaded once as a file private to the bot, then shown by
 * its id in an image block whose alt text states every total. When Slack refuses the upload or the
 * image, the tab still opens, with the totals as text.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { realCorpus, startBot, type RunningBot } from '../helpers/bot.ts';
import { decodePng, PNG_SIGNATURE } from '../helpers/png.ts';
import { forgetHomeChart } from '../../src/slack/homeChart.ts';
import { formatAmount } from '../../src/corpus/amounts.ts';

let bot: RunningBot;
beforeAll(async () => {
  bot = await startBot();
});
afterAll(() => bot.stop());

const openHome = (user: string) => bot.event({ type: 'app_home_opened', user, channel: 'D0HOME', tab: 'home', event_ts: `${Date.now() / 1000}` });
const publishedFor = (user: string, since: number) => bot.slack.calls.slice(since).filter((c) => c.method === 'views.publish' && c.body.user_id === user);
const imageOf = (view: any) => view.blocks.find((b: any) => b.type === 'image');

describe('the Home tab', () => {
  it('shows the totals chart, uploaded once: the PNG in a private file, its id in an image block, every total in the alt text', async () => {
    forgetHomeChart(realCorpus());
    const before = bot.slack.calls.length;
    await openHome('U0HOME1');
    await bot.slack.waitFor(() => publishedFor('U0HOME1', before).length === 1, 15_000);
    const calls = bot.slack.calls.slice(before);
    expect(calls.map((c) => c.method).filter((m) => m.startsWith('files.') || m === 'upload')).toEqual(['files.getUploadURLExternal', 'upload', 'files.completeUploadExternal']);
    // No channel: the file is the bot's own, shared nowhere.
    expect(calls.find((c) => c.method === 'files.completeUploadExternal')!.body.channel_id).toBeUndefined();
    const fileId = calls.find((c) => c.method === 'upload')!.path.split('/').at(-1)!;
    const png = bot.slack.uploads.get(fileId)!;
    expect(png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
    expect(decodePng(png).width).toBeGreaterThan(1000);

    const image = imageOf(publishedFor('U0HOME1', before)[0]!.body.view);
    expect(image.slack_file).toEqual({ id: fileId });
    const totals = realCorpus().facts.filter((f) => f.kind === 'total');
    expect(totals.map((t) => t.year)).toEqual([2021, 2023, 2024, 2026]);
    for (const t of totals) expect(image.alt_text).toContain(`${t.year}: ${formatAmount(t.amountSEK!, 'sv')}`);
    expect(image.alt_text).toContain('ingen källa');
    // The chart sits right under the totals as text.
    const blocks = publishedFor('U0HOME1', before)[0]!.body.view.blocks;
    const at = blocks.indexOf(image);
    expect(blocks[at - 1].text.text).toContain('*Totaler per år*');

    // The next opening (another user) shows the same file without uploading again.
    const again = bot.slack.calls.length;
    await openHome('U0HOME2');
    await bot.slack.waitFor(() => publishedFor('U0HOME2', again).length === 1, 10_000);
    expect(bot.slack.calls.slice(again).some((c) => c.method.startsWith('files.'))).toBe(false);
    expect(imageOf(publishedFor('U0HOME2', again)[0]!.body.view).slack_file).toEqual({ id: fileId });
  });

  it('opens without the chart when the upload is refused (no files:write), with one log line', async () => {
    forgetHomeChart(realCorpus());
    bot.slack.failNext('files.getUploadURLExternal', { status: 200, body: { ok: false, error: 'missing_scope' } });
    const before = bot.slack.calls.length;
    const logs = bot.logs.length;
    await openHome('U0HOME3');
    await bot.slack.waitFor(() => publishedFor('U0HOME3', before).length === 1, 10_000);
    const view = publishedFor('U0HOME3', before)[0]!.body.view;
    expect(imageOf(view)).toBeUndefined();
    expect(JSON.stringify(view.blocks)).toContain('*2024*');
    const lines = bot.logs.slice(logs).filter((l) => l.text.includes("Home tab's totals chart"));
    expect(lines).toHaveLength(1);
    expect(lines[0]!.text).toContain('missing_scope');
    expect(lines[0]!.text).not.toContain('\n');
  });

  it('publishes the tab again without the image when Slack will not show the file, and uploads afresh next time', async () => {
    forgetHomeChart(realCorpus());
    await openHome('U0HOME4');
    await bot.slack.waitFor(() => bot.slack.calls.some((c) => c.method === 'views.publish' && c.body.user_id === 'U0HOME4'), 15_000);
    bot.slack.failNext('views.publish', { status: 200, body: { ok: false, error: 'invalid_blocks' } });
    const before = bot.slack.calls.length;
    await openHome('U0HOME5');
    await bot.slack.waitFor(() => publishedFor('U0HOME5', before).length === 2, 10_000);
    const [refused, shown] = publishedFor('U0HOME5', before);
    expect(imageOf(refused!.body.view)).toBeDefined();
    expect(imageOf(shown!.body.view)).toBeUndefined();
    const next = bot.slack.calls.length;
    await openHome('U0HOME6');
    await bot.slack.waitFor(() => publishedFor('U0HOME6', next).length === 1, 15_000);
    expect(bot.slack.calls.slice(next).filter((c) => c.method === 'files.completeUploadExternal')).toHaveLength(1);
  });
});
