/**
 * `/cancer-digest on [HH:MM] | off | status | preview`: a channel's subscription to the daily
 * deadline digest (weekdays, Europe/Stockholm time, default 08:00). The channel is the one the
 * command was typed in. `preview` shows today's digest exactly as it would be posted.
 */
import type { Fact } from '../corpus/schema.ts';
import { parseTime } from '../digest/calendar.ts';
import { dateIn, swedishDate, timeIn } from '../dates.ts';
import { buildDigest } from '../digest/digest.ts';
import { nextDigestAt } from '../digest/runner.ts';
import { displayUserText, escapeMrkdwn } from '../render/mrkdwn.ts';
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

function next(ctx: CommandContext, sub: { time: string; subscribedAt: string }): string {
  const sentToday = ctx.store.digestLog(ctx.channelId, ctx.today)?.status === 'sent';
  const at = nextDigestAt(sub, ctx.now, { sentToday });
  if (!at) return '';
  return at.getTime() === ctx.now.getTime() ? ' Dagens sammanfattning skickas inom några minuter.' : ` Nästa: ${when(at)}.`;
}

function on(arg: string, ctx: CommandContext): CommandReply {
  const time = arg === '' ? DEFAULT_DIGEST_TIME : parseTime(arg);
  if (!time) return refuse(`Tiden skrivs TT:MM, mellan 00:00 och 23:59, till exempel \`/cancer-digest on 07:30\` (inte «${displayUserText(arg.slice(0, 40))}»). Inget ändrades.`);
  const before = ctx.store.subscription(ctx.channelId);
  const sub = ctx.store.subscribe({ channelId: ctx.channelId, time, subscribedBy: ctx.userId, now: ctx.now });
  const what = before
    ? before.time === time ? `Kanalen får redan sammanfattningen kl ${time}.` : `Tiden ändrad från ${before.time} till ${time}.`
    : `Kanalen får nu deadlines-sammanfattningen varje vardag kl ${time} (svensk tid; helgdagar hoppas över).`;
  return { ok: true, text: `${what}${next(ctx, sub)}` };
}

function off(ctx: CommandContext): CommandReply {
  const ended = ctx.store.unsubscribe(ctx.channelId);
  return { ok: true, text: ended ? 'Sammanfattningen är avslutad för den här kanalen.' : 'Den här kanalen får ingen sammanfattning; inget att stänga av.' };
}

function status(ctx: CommandContext): CommandReply {
  const sub = ctx.store.subscription(ctx.channelId);
  const lines: string[] = [];
  if (sub) {
    lines.push(`Kanalen får sammanfattningen varje vardag kl ${sub.time} (svensk tid; helgdagar hoppas över), påslagen av <@${sub.subscribedBy}>.${next(ctx, sub)}`);
    lines.push(`Deadlines de närmaste ${ctx.digestHorizonDays} dagarna tas med.`);
  } else {
    lines.push('Den här kanalen får ingen sammanfattning. Slå på den med `/cancer-digest on [TT:MM]`.');
  }
  const last = ctx.store.lastDigestSent(ctx.channelId);
  lines.push(last?.sentAt ? `Senast skickad: ${when(new Date(last.sentAt))}.` : 'Ingen sammanfattning har skickats hit ännu.');
  const today = ctx.store.digestLog(ctx.channelId, ctx.today);
  if (today?.status === 'failed') lines.push(`Dagens sammanfattning har inte gått fram än (${today.attempts} försök; senaste fel: ${escapeMrkdwn(today.error ?? 'okänt')}). Den försöks igen.`);
  return { ok: true, text: lines.join('\n') };
}

function preview(ctx: CommandContext): CommandReply {
  const digest = buildDigest({ corpus: ctx.corpus, userDeadlines: ctx.store.userDeadlines(), today: ctx.today, horizonDays: ctx.digestHorizonDays });
  const facts = digest.facts.filter((f): f is Fact & { source: 'corpus' } => f.source === 'corpus').map(({ source: _, ...fact }) => fact as Fact);
  return { ok: true, text: digest.text, facts };
}

export const digestCommand: CommandHandler = (text, ctx) => {
  const [verb = '', ...rest] = text.trim().split(/\s+/);
  const arg = rest.join(' ');
  switch (verb.toLowerCase()) {
    case 'on':
      return rest.length > 1 ? refuse(`Ange högst en tid.\n${USAGE}`) : on(arg, ctx);
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
