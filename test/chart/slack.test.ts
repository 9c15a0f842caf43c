import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buttonsOf, startBot, type RunningBot } from '../helpers/bot.ts';
import { decodePng, PNG_SIGNATURE } from '../helpers/png.ts';

let bot: RunningBot;
beforeAll(async () => {
  bot = await startBot();
});
afterAll(() => bot.stop());

/** The reply a slash command got through its response_url. */
async function commandReply(command: string, text: string) {
  const { responseUrl } = await bot.command(command, text);
  const path = new URL(responseUrl).pathname;
  await bot.slack.waitFor((calls) => calls.some((c) => c.path === path));
  return bot.slack.calls.find((c) => c.path === path)!.body;
}

const chartButton = (blocks: any[]) => buttonsOf(blocks).find((b) => b.action_id === 'show_chart');

describe('"Visa diagram" in Slack', () => {
  it('/cancer-totals offers the totals chart; /cancer-totals 2024 the 2024 budget lines', async () => {
    const table = await commandReply('/cancer-totals', '');
    expect(chartButton(table.blocks)).toMatchObject({ text: { text: 'Visa diagram' } });
    expect(JSON.parse(chartButton(table.blocks)!.value)).toEqual({ c: 'totals', l: 'sv' });
    const year = await commandReply('/cancer-totals', '2024');
    expect(JSON.parse(chartButton(year.blocks)!.value)).toEqual({ c: 'lines', y: 2024, l: 'sv' });
  });

  it('uploads the PNG into the conversation with files.uploadV2: the three calls, the bytes are the PNG, alt text states every figure', async () => {
    const before = bot.slack.calls.length;
    await bot.click({ action_id: 'show_chart', value: JSON.stringify({ c: 'flows', y: 2024, l: 'en' }) }, { channel: 'C0CHART' });
    await bot.slack.waitFor((calls) => calls.slice(before).some((c) => c.method === 'files.completeUploadExternal'), 10_000);
    const calls = bot.slack.calls.slice(before);
    expect(calls.map((c) => c.method).filter((m) => m.startsWith('files.') || m === 'upload')).toEqual(['files.getUploadURLExternal', 'upload', 'files.completeUploadExternal']);
    const asked = calls.find((c) => c.method === 'files.getUploadURLExternal')!;
    const fileId = calls.find((c) => c.method === 'upload')!.path.split('/').at(-1)!;
    const png = bot.slack.uploads.get(fileId)!;
    expect(png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
    expect(Number(asked.body.length)).toBe(png.length);
    expect(decodePng(png).width).toBeGreaterThan(1000);
    expect(asked.body.alt_text).toBe(
      'How the money is paid out in 2024, by payer: SKR → RCC: SEK 405 million; Kammarkollegiet → Regionerna: SEK 365 million; SKR → RCC i samverkan: SEK 39 million. The same money as the budget lines (SEK 809 million), seen by payer – not more money',
    );
    const completed = calls.find((c) => c.method === 'files.completeUploadExternal')!;
    expect(completed.body.channel_id).toBe('C0CHART');
    expect(completed.body.files).toEqual([expect.objectContaining({ id: fileId })]);
  });

  it('draws the chart a question asks for ("visa ett diagram …") with its answer, in the same thread', async () => {
    const before = bot.slack.calls.length;
    const root = '1772440900.000100';
    await bot.event({ type: 'app_mention', user: 'U0ASKER', text: '<@U0BOT> visa ett diagram över totalerna per år', ts: root, channel: 'C0CHART', event_ts: root });
    await bot.slack.waitFor((calls) => calls.slice(before).some((c) => c.method === 'files.completeUploadExternal'), 10_000);
    const calls = bot.slack.calls.slice(before);
    const posted = calls.find((c) => c.method === 'chat.postMessage')!.body;
    expect(posted.thread_ts).toBe(root);
    expect(calls.find((c) => c.method === 'files.completeUploadExternal')!.body).toMatchObject({ channel_id: 'C0CHART', thread_ts: root });
    // The chart comes with the answer: the answer offers no button for it, nor says it did not understand "diagram".
    expect(chartButton(posted.blocks as never)).toBeUndefined();
    expect(posted.text).not.toMatch(/förstod inte/u);
  });

  it('tells the user privately when the app lacks files:write, and nothing crashes', async () => {
    bot.slack.failNext('files.getUploadURLExternal', { status: 200, body: { ok: false, error: 'missing_scope' } });
    const { responseUrl } = await bot.click({ action_id: 'show_chart', value: JSON.stringify({ c: 'totals', l: 'sv' }) });
    const path = new URL(responseUrl).pathname;
    await bot.slack.waitFor((calls) => calls.some((c) => c.path === path), 10_000);
    const told = bot.slack.calls.find((c) => c.path === path)!.body;
    expect(told.response_type).toBe('ephemeral');
    expect(told.text).toContain('files:write');
  });

  it('tells the user privately when the bot is not in the channel', async () => {
    bot.slack.failNext('files.completeUploadExternal', { status: 200, body: { ok: false, error: 'not_in_channel' } });
    const { responseUrl } = await bot.click({ action_id: 'show_chart', value: JSON.stringify({ c: 'totals', l: 'en' }) });
    const path = new URL(responseUrl).pathname;
    await bot.slack.waitFor((calls) => calls.some((c) => c.path === path), 10_000);
    expect(bot.slack.calls.find((c) => c.path === path)!.body.text).toContain('I am not a member of this channel');
  });

  it('for a year with only a total, says so instead of uploading', async () => {
    const before = bot.slack.callsTo('files.getUploadURLExternal').length;
    const { responseUrl } = await bot.click({ action_id: 'show_chart', value: JSON.stringify({ c: 'lines', y: 2023, l: 'sv' }) });
    const path = new URL(responseUrl).pathname;
    await bot.slack.waitFor((calls) => calls.some((c) => c.path === path));
    expect(bot.slack.calls.find((c) => c.path === path)!.body.text).toContain('Källan för 2023 har inga budgetrader');
    expect(bot.slack.callsTo('files.getUploadURLExternal')).toHaveLength(before);
  });
});
