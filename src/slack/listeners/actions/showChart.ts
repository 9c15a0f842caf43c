/**
 * "Visa diagram": draws the chart the button names and uploads it as a PNG into the conversation
 * the button is in (files.uploadV2: files.getUploadURLExternal, the upload, files.completeUploadExternal),
 * with alt text that states every figure. When Slack refuses the upload, the user is told why, privately.
 */
import type { ChartRequest } from '../../../chart/chart.ts';
import { ACTIONS, ChartValue, readValue } from '../../../render/actions.ts';
import type { Language } from '../../../answer/types.ts';
import type { BotDeps } from '../../deps.ts';
import { reliableReply } from '../../respond.ts';
import { failureText, slackReason } from '../../slackCall.ts';
import { type ButtonArgs, tellPrivately } from './types.ts';

export const SHOW_CHART_ACTION = ACTIONS.showChart;

/** What the user reads when the upload failed, by Slack's reason. */
export function uploadFailureText(reason: string, language: Language): string {
  const sv = language === 'sv';
  if (reason === 'missing_scope' || reason === 'not_allowed_token_type') {
    return sv
      ? 'Jag kunde inte ladda upp diagrammet: appen saknar behörigheten files:write. Be den som administrerar Slack att installera om appen.'
      : 'I could not upload the chart: the app lacks the files:write permission. Ask your Slack admin to reinstall the app.';
  }
  if (reason === 'not_in_channel' || reason === 'channel_not_found') {
    return sv
      ? 'Jag kunde inte ladda upp diagrammet här: jag är inte med i den här kanalen. Bjud in mig, eller fråga mig i ett direktmeddelande.'
      : 'I could not upload the chart here: I am not a member of this channel. Invite me, or ask me in a direct message.';
  }
  return failureText(reason, language);
}

const requestOf = (value: ChartValue): ChartRequest => (value.c === 'totals' ? { kind: 'totals' } : { kind: value.c, year: value.y });

export const showChartListener =
  (deps: BotDeps) =>
  async ({ ack, action, body, client, respond }: ButtonArgs): Promise<void> => {
    await ack();
    const value = readValue(ChartValue, action.value);
    if (!value) return deps.logger.warn('show_chart: a button value the bot did not write; ignored');
    // A slash command's reply is ephemeral: its response_url reaches the user even where the bot is not a member.
    const tell = body.response_url
      ? (text: string) => reliableReply({ respond, client, channel: body.channel?.id ?? body.container?.channel_id, user: body.user.id, logger: deps.logger, what: 'show_chart' })({ response_type: 'ephemeral', replace_original: false, text })
      : tellPrivately(client, body);
    const say = async (text: string) => {
      try {
        await tell?.(text);
      } catch (error) {
        deps.logger.warn(`show_chart: could not tell the user either: Slack said ${slackReason(error)}`);
      }
    };
    const channel = body.channel?.id ?? body.container?.channel_id;
    if (!channel) return deps.logger.warn('show_chart: a click with no conversation to upload into; ignored');
    const threadTs = body.message?.thread_ts ?? (body.container as { thread_ts?: string } | undefined)?.thread_ts;
    await uploadChart(deps, client, { channel, threadTs }, requestOf(value), value.l, say);
  };

/**
 * Draw a chart and upload it into a conversation (in a thread when given); a chart the facts cannot
 * draw, or an upload Slack refuses, is said to the user through `say`, and the log gets one line.
 */
export async function uploadChart(
  deps: BotDeps,
  client: ButtonArgs['client'],
  where: { channel: string; threadTs?: string },
  request: ChartRequest,
  language: Language,
  say: (text: string) => Promise<unknown>,
): Promise<void> {
  // Drawn off the event loop (a chart is 100–300 ms of CPU); a fault in drawing goes to the caller's apology.
  const chart = await deps.work.draw({ request, language });
  if (!chart.ok) {
    await say(chart.message);
    return;
  }
  try {
    const file = { file: Buffer.from(chart.png.buffer, chart.png.byteOffset, chart.png.byteLength), filename: `${request.kind}${request.kind === 'totals' ? '' : `-${request.year}`}.png`, title: chart.title, alt_text: chart.alt.slice(0, 1000) };
    await (where.threadTs ? client.files.uploadV2({ channel_id: where.channel, thread_ts: where.threadTs, ...file }) : client.files.uploadV2({ channel_id: where.channel, ...file }));
  } catch (error) {
    const reason = slackReason(error);
    deps.logger.warn(`uploading the ${request.kind} chart failed: Slack said ${reason}`);
    await say(uploadFailureText(reason, language));
  }
}
