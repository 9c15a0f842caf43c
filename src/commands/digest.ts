/**
 * `/cancer-digest on [HH:MM] | off | status | preview`: a channel's subscription to the daily
 * deadline digest (weekdays, Europe/Stockholm time, default 08:00). The channel is the one the
 * command was typed in. `preview` shows today's digest exactly as it would be posted.
 *
 * In Slack, `on` is given what Slack said about the channel first (digest/channelAccess.ts): the
 * bot posts only where it is a member, so a channel it cannot post in is refused and nothing is
 * stored. `on` also ends a pause (a subscription Slack refused for good; `status` says why).
 */
import type { Fact } from '../corpus/schema.ts';
import { parseTime } from '../digest/calendar.ts';
import type { ChannelAccess } from '../digest/channelAccess.ts';
import { dateIn, swedishDate, timeIn } from '../dates.ts';
import { buildDigest } from '../digest/digest.ts';
import { BOT_HANDLE, explainPause } from '../digest/paused.ts';
import { nextDigestAt } from '../digest/runner.ts';
import type { Subscription } from '../store/types.ts';
import { displayUserText, escapeMrkdwn } from '../text/mrkdwn.ts';
import type { CommandContext, CommandHandler, CommandReply } from './types.ts';

/** The time a digest goes out when `on` is given none. */
export const DEFAULT_DIGEST_TIME = '08:00';

const USAGE = [
  'Så här används kommandot:',
  '• `/cancer-digest on` – kanalen får deadlines varje vardag kl 08:00',
  '• `/cancer-digest on 07:30` – vid en annan tid (svensk tid)',
  '• `/cancer-digest off` – sluta',
  '• `/cancer-digest status` – inställningar och senaste utskick',
  '• `/cancer-digest preview` – visa dagens sammanfattning nu',
].join('\n');

const refuse = (text: string): CommandReply => ({ ok: false, text });

/** An instant as Stockholm wall-clock text: "måndag 23 november 2026 kl 08:00". */
const when = (d: Date) => `${swedishDate(dateIn(d))} kl ${timeIn(d)}`;

async function next(ctx: CommandContext, sub: { time: string; subscribedAt: string }): Promise<string> {
  const sentToday = (await ctx.store.digestLog(ctx.channelId, ctx.today))?.status === 'sent';
  const at = nextDigestAt(sub, ctx.now, { sentToday });
  if (!at) return '';
  return at.getTime() === ctx.now.getTime() ? ' Dagens sammanfattning skickas inom några minuter.' : ` Nästa: ${when(at)}.`;
}

/** Why `on` stores nothing in a channel Slack says the bot cannot post in, and what to do. */
function accessRefusal(access: Extract<ChannelAccess, { ok: false }>): string {
  const invite = `bjud in mig först: \`/invite ${BOT_HANDLE}\``;
  switch (access.problem) {
    case 'not_member':
      return `Jag är inte med i den här kanalen – ${invite}, och skriv sedan \`/cancer-digest on\` igen. Inget sparades.`;
    case 'not_found':
      return `Jag kan inte se den här kanalen (en privat kanal jag inte är med i?) – ${invite}, och skriv sedan \`/cancer-digest on\` igen. Inget sparades.`;
    case 'archived':
      return 'Kanalen är arkiverad, så jag kan inte skriva här. Slå på sammanfattningen i en kanal som används. Inget sparades.';
    case 'missing_scope':
      return `Jag kan inte kontrollera att jag får skriva här: appen saknar behörigheten ${access.detail ? `\`${escapeMrkdwn(access.detail)}\`` : 'att läsa kanalens uppgifter'}. En administratör behöver installera om appen från manifest.yml. Inget sparades.`;
    case 'unavailable':
      return 'Jag kunde inte fråga Slack om kanalen just nu. Försök igen om en stund. Inget sparades.';
    case 'refused':
      return `Slack lät mig inte kontrollera kanalen (\`${escapeMrkdwn(access.detail ?? 'okänt fel')}\`). Inget sparades.`;
  }
}

/** What `on` did, in one sentence. */
function turnedOn(before: Subscription | null, time: string): string {
  const every = `varje vardag kl ${time} (svensk tid; helgdagar hoppas över)`;
  if (!before) return `Kanalen får nu deadlines-sammanfattningen ${every}.`;
  if (before.pausedReason !== null) return `Sammanfattningen är påslagen igen: kanalen får den ${every}.`;
  return before.time === time ? `Kanalen får redan sammanfattningen kl ${time}.` : `Tiden ändrad från ${before.time} till ${time}.`;
}

async function on(arg: string, ctx: CommandContext, access: ChannelAccess | null): Promise<CommandReply> {
  const time = arg === '' ? DEFAULT_DIGEST_TIME : parseTime(arg);
  if (!time) return refuse(`Tiden skrivs TT:MM, mellan 00:00 och 23:59, till exempel \`/cancer-digest on 07:30\` (inte «${displayUserText(arg.slice(0, 40))}»). Inget ändrades.`);
  if (access && !access.ok) return refuse(accessRefusal(access));
  const before = await ctx.store.subscription(ctx.channelId);
  const sub = await ctx.store.subscribe({ channelId: ctx.channelId, time, subscribedBy: ctx.userId, now: ctx.now });
  return { ok: true, text: `${turnedOn(before, time)}${await next(ctx, sub)}` };
}

async function off(ctx: CommandContext): Promise<CommandReply> {
  const ended = await ctx.store.unsubscribe(ctx.channelId);
  return { ok: true, text: ended ? 'Sammanfattningen är avslutad för den här kanalen.' : 'Den här kanalen får ingen sammanfattning; inget att stänga av.' };
}

async function status(ctx: CommandContext): Promise<CommandReply> {
  const sub = await ctx.store.subscription(ctx.channelId);
  const lines: string[] = [];
  if (sub?.pausedReason) {
    const { why, todo } = explainPause(sub.pausedReason);
    const since = sub.pausedAt ? ` sedan ${when(new Date(sub.pausedAt))}` : '';
    lines.push(`Sammanfattningen (varje vardag kl ${sub.time}, påslagen av <@${sub.subscribedBy}>) är *pausad*${since}: ${why} (Slack svarade \`${escapeMrkdwn(sub.pausedReason)}\`).`);
    lines.push(todo);
  } else if (sub) {
    lines.push(`Kanalen får sammanfattningen varje vardag kl ${sub.time} (svensk tid; helgdagar hoppas över), påslagen av <@${sub.subscribedBy}>.${await next(ctx, sub)}`);
    lines.push(`Deadlines de närmaste ${ctx.digestHorizonDays} dagarna tas med.`);
  } else {
    lines.push('Den här kanalen får ingen sammanfattning. Slå på den med `/cancer-digest on [TT:MM]`.');
  }
  const last = await ctx.store.lastDigestSent(ctx.channelId);
  const today = await ctx.store.digestLog(ctx.channelId, ctx.today);
  // 'sending': a scheduler holds the claim and may already have posted it (one that died mid-send
  // leaves it so until another takes over, finds the post and logs it), so "none sent" would lie.
  const sending = today?.status === 'sending' && sub !== null && !sub.pausedReason;
  if (last?.sentAt) lines.push(`Senast skickad: ${when(new Date(last.sentAt))}.`);
  else if (!sending) lines.push('Ingen sammanfattning har skickats hit ännu.');
  if (sending) lines.push(`Dagens sammanfattning håller på att skickas (sedan ${when(new Date(today.claimedAt))}).`);
  // A paused digest is not tried again; the pause line above says why.
  if (today?.status === 'failed' && !sub?.pausedReason) lines.push(`Dagens sammanfattning har inte gått fram än (${today.attempts} försök; senaste fel: ${escapeMrkdwn(today.error ?? 'okänt')}). Den försöks igen.`);
  return { ok: true, text: lines.join('\n') };
}

async function preview(ctx: CommandContext): Promise<CommandReply> {
  const digest = buildDigest({ corpus: ctx.corpus, userDeadlines: await ctx.store.userDeadlines(), today: ctx.today, horizonDays: ctx.digestHorizonDays });
  const facts = digest.facts.filter((f): f is Fact & { source: 'corpus' } => f.source === 'corpus').map(({ source: _, ...fact }) => fact as Fact);
  return { ok: true, text: digest.text, facts };
}

/** The command's verb and argument. */
function parse(text: string): { verb: string; rest: string[] } {
  const [verb = '', ...rest] = text.trim().split(/\s+/);
  return { verb: verb.toLowerCase(), rest };
}

/** Whether the command turns the digest on, so a shell knows to check the channel first. */
export const turnsDigestOn = (text: string): boolean => parse(text).verb === 'on';

/**
 * The handler, given what Slack said about the channel when the command turns the digest on
 * (null: not checked, as on the console, which has no Slack channel).
 */
export function digestCommandFor(access: ChannelAccess | null): CommandHandler {
  return async (text, ctx) => {
    const { verb, rest } = parse(text);
    const arg = rest.join(' ');
    switch (verb) {
      case 'on':
        return rest.length > 1 ? refuse(`Ange högst en tid.\n${USAGE}`) : on(arg, ctx, access);
      case 'off':
        return rest.length ? refuse(`\`off\` tar inga argument.\n${USAGE}`) : off(ctx);
      case 'status':
        return status(ctx);
      case 'preview':
        return preview(ctx);
      case '':
        return refuse(USAGE);
      default:
        return refuse(`Förstod inte «${displayUserText(text.trim().slice(0, 100))}».\n${USAGE}`);
    }
  };
}

/** The handler without a channel check: the console's, and the registry's. */
export const digestCommand: CommandHandler = digestCommandFor(null);
