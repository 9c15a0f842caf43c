/**
 * Slack's own feedback buttons, over signed HTTP against the stand-in: answers in DMs and threads
 * carry them (with words and accessibility labels), a top-level channel answer keeps the plain
 * buttons; 👍 is recorded and thanked for; 👎 is recorded and asks what was wrong, and the words are
 * kept with the curators' note, never the user's id; where Slack refuses the block, the answer goes
 * out with the plain buttons.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildReport, reportText } from '../../src/curation/report.ts';
import { BOT_USER_ID, TEAM_ID } from '../helpers/slackStandIn.ts';
import { buttonsOf, realCorpus, type RunningBot, startBot } from '../helpers/bot.ts';

const NOW = new Date('2026-03-02T08:00:00Z');
let bot: RunningBot;
beforeEach(async () => {
  bot = await startBot({ now: NOW });
});
afterEach(async () => {
  await bot.stop();
});

let clock = 1_772_450_000;
const ts = () => `${clock++}.000100`;
const posted = () => bot.slack.callsTo('chat.postMessage');
const form = (payload: object) => new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
const user = { id: 'U0VOTER', username: 'voter', name: 'voter', team_id: TEAM_ID };

async function dmAnswer(text = 'hur mycket gick till barncancer 2024?'): Promise<any> {
  await bot.event({ type: 'message', channel: 'D0VOTE', channel_type: 'im', user: 'U0ASKER', text, ts: ts(), event_ts: ts() });
  await bot.slack.waitFor(() => posted().length === 1);
  return posted()[0]!.body;
}

let clicks = 0;
/** A click on one of Slack's feedback buttons, as Slack sends it (each click its own trigger and time). */
function clickFeedback(element: any, which: 'positive_button' | 'negative_button') {
  clicks++;
  return bot.postSigned(
    form({
      type: 'block_actions',
      user,
      api_app_id: 'A0APP',
      token: 'x',
      container: { type: 'message', message_ts: '1772450000.000100', channel_id: 'D0VOTE', is_ephemeral: false },
      trigger_id: `${clicks}.trigger`,
      team: { id: TEAM_ID, domain: 'test' },
      channel: { id: 'D0VOTE', name: 'directmessage' },
      message: { type: 'message', user: BOT_USER_ID, ts: '1772450000.000100', text: 'svar' },
      response_url: bot.slack.responseUrl('fb'),
      actions: [{ type: 'feedback_buttons', action_id: element.action_id, block_id: 'fb', value: element[which].value, action_ts: `${clicks}.2` }],
    }),
    'application/x-www-form-urlencoded',
  );
}

function sendView(type: 'view_submission' | 'view_closed', view: any, said?: string) {
  const state = { values: { what: { text: { type: 'plain_text_input', value: said ?? null } } } };
  return bot.postSigned(form({ type, user, api_app_id: 'A0APP', token: 'x', team: { id: TEAM_ID, domain: 'test' }, trigger_id: '78.trigger', view: { ...view, id: 'V0FB', state, hash: 'h' } }), 'application/x-www-form-urlencoded');
}

describe("Slack's feedback buttons", () => {
  it('come under an answer in a DM, saying in words what they mean, with accessibility labels', async () => {
    const answer = await dmAnswer();
    const block = answer.blocks.at(-1);
    expect(block).toMatchObject({ type: 'context_actions', elements: [{ type: 'feedback_buttons', action_id: 'feedback' }] });
    const element = block.elements[0];
    expect(element.positive_button).toMatchObject({ text: { text: '👍 Bra svar' }, accessibility_label: 'Svaret var bra' });
    expect(element.negative_button.text.text).toBe('👎 Inte bra');
    expect(element.negative_button.accessibility_label).toMatch(/^Svaret var inte bra/u);
    expect(buttonsOf(answer.blocks).map((b) => b.action_id)).not.toContain('feedback_up');
  });

  it('come under an answer to a mention (in its thread), and not under a private /cancer-ask answer, whose plain buttons carry accessibility labels', async () => {
    await bot.event({ type: 'app_mention', user: 'U0ASKER', text: `<@${BOT_USER_ID}> totalen 2024?`, ts: ts(), channel: 'C0CHANNEL', event_ts: ts() });
    await bot.slack.waitFor(() => posted().length === 1);
    expect(posted()[0]!.body.blocks.at(-1)).toMatchObject({ type: 'context_actions' });
    await bot.command('/cancer-ask', 'totalen 2024?');
    await bot.slack.waitFor(() => bot.slack.callsTo('respond').length === 1);
    const blocks = bot.slack.callsTo('respond')[0]!.body.blocks as any[];
    expect(blocks.some((b) => b.type === 'context_actions')).toBe(false);
    const votes = buttonsOf(blocks).filter((b) => /^feedback_/u.test(b.action_id)) as any[];
    expect(votes.map((b) => [b.text.text, b.accessibility_label])).toEqual([['👍 Bra svar', 'Svaret var bra'], ['👎 Inte bra', expect.stringMatching(/^Svaret var inte bra/u)]]);
  });

  it('record 👍 and thank privately', async () => {
    const element = (await dmAnswer()).blocks.at(-1).elements[0];
    expect((await clickFeedback(element, 'positive_button')).status).toBe(200);
    await bot.slack.waitFor(() => bot.slack.callsTo('respond').length === 1);
    expect(bot.votes).toEqual([expect.objectContaining({ userId: 'U0VOTER', vote: 'up', question: 'hur mycket gick till barncancer 2024?' })]);
    expect(bot.slack.callsTo('respond')[0]!.body).toMatchObject({ response_type: 'ephemeral', text: expect.stringContaining('Tack för din återkoppling') });
    expect(bot.slack.callsTo('views.open')).toHaveLength(0);
  });

  it('record 👎, ask what was wrong, and keep the words with the curators\' note without the user\'s id', async () => {
    const element = (await dmAnswer()).blocks.at(-1).elements[0];
    await clickFeedback(element, 'negative_button');
    await bot.slack.waitFor(() => bot.slack.callsTo('views.open').length === 1);
    expect(bot.votes).toEqual([expect.objectContaining({ vote: 'down' })]);
    const view = bot.slack.callsTo('views.open')[0]!.body.view;
    expect(view).toMatchObject({ type: 'modal', callback_id: 'feedback_comment', notify_on_close: true, title: { text: 'Vad var fel?' } });
    expect(view.blocks[0]).toMatchObject({ type: 'input', optional: true, label: { text: 'Vad var fel med svaret? (valfritt)' } });
    expect(view.private_metadata).not.toContain('U0VOTER');
    expect(bot.slack.callsTo('respond')).toHaveLength(0); // the modal is the answer to the click
    expect((await bot.store.curationNotes()).filter((n) => n.kind === 'downvote')).toHaveLength(0);

    const res = await sendView('view_submission', view, '  Beloppet för 2021 saknades. ');
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ response_action: 'update', view: { title: { text: 'Tack!' } } });
    const notes = (await bot.store.curationNotes()).filter((n) => n.kind === 'downvote');
    expect(notes).toEqual([{ kind: 'downvote', question: 'hur mycket gick till barncancer 2024?', language: 'sv', intent: 'amount', channelKind: 'dm', at: NOW.toISOString(), comment: 'Beloppet för 2021 saknades.' }]);
    const report = buildReport({ notes: await bot.store.curationNotes(), votes: await bot.store.voteCounts(), taught: [], corpus: realCorpus(), today: '2026-03-02' });
    expect(report.downvoted).toEqual([{ question: 'hur mycket gick till barncancer 2024?', count: 1, last: NOW.toISOString(), comments: ['Beloppet för 2021 saknades.'] }]);
    expect(reportText(report, { format: 'plain' })).toContain('      vad som var fel: «Beloppet för 2021 saknades.»');
  });

  it('keep the 👎 without words when the modal is closed, or cannot open', async () => {
    const element = (await dmAnswer()).blocks.at(-1).elements[0];
    await clickFeedback(element, 'negative_button');
    await bot.slack.waitFor(() => bot.slack.callsTo('views.open').length === 1);
    await sendView('view_closed', bot.slack.callsTo('views.open')[0]!.body.view);
    await bot.slack.waitFor(async () => (await bot.store.curationNotes()).some((n) => n.kind === 'downvote'));
    expect((await bot.store.curationNotes()).filter((n) => n.kind === 'downvote').map((n) => n.comment)).toEqual([undefined]);

    bot.slack.failNext('views.open', { status: 200, body: { ok: false, error: 'expired_trigger_id' } });
    await clickFeedback(element, 'negative_button');
    await bot.slack.waitFor(async () => (await bot.store.curationNotes()).filter((n) => n.kind === 'downvote').length === 2);
    await bot.slack.waitFor(() => bot.slack.callsTo('respond').length === 1);
    expect(bot.slack.callsTo('respond')[0]!.body.text).toContain('Tack för din återkoppling');
    expect(bot.logs.some((l) => l.level === 'warn' && /modal did not open \(expired_trigger_id\)/u.test(l.text))).toBe(true);
  });

  it('give way to the plain buttons where Slack refuses them, and the answer still goes out', async () => {
    bot.slack.failNext('chat.postMessage', { status: 200, body: { ok: false, error: 'invalid_blocks' } });
    await bot.event({ type: 'message', channel: 'D0VOTE', channel_type: 'im', user: 'U0ASKER', text: 'totalen 2023?', ts: ts(), event_ts: ts() });
    await bot.slack.waitFor(() => posted().length === 2);
    const sent = posted()[1]!.body;
    expect(sent.text).toContain('556 miljoner kronor');
    expect((sent.blocks as any[]).some((b) => b.type === 'context_actions')).toBe(false);
    expect(buttonsOf(sent.blocks).map((b) => b.action_id)).toEqual(expect.arrayContaining(['feedback_up', 'feedback_down']));
    expect(bot.logs.some((l) => l.level === 'warn' && /refused its feedback buttons in D0VOTE/u.test(l.text))).toBe(true);
  });
});
