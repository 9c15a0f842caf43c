/**
 * `/cancer-deadlines [dagar | add YYYY-MM-DD <text> | remove <nr>]`: the deadlines in the next
 * N days (default 60), overdue user deadlines first; admins (ADMIN_USER_IDS) add and remove
 * their own. Bad input gets a message saying what is expected, and nothing is stored.
 */
import { describeDaysLeft, deadlineLine } from '../digest/render.ts';
import { displayUserText, escapeMrkdwn } from '../text/mrkdwn.ts';
import { selectDeadlines } from '../digest/deadlines.ts';
import { daysBetween } from '../dates.ts';
import { checkNewDeadline } from '../digest/newDeadline.ts';
import type { Fact } from '../corpus/schema.ts';
import type { CommandContext, CommandHandler, CommandReply } from './types.ts';

/** Days listed when none are given. */
export const DEFAULT_LIST_DAYS = 60;
const MAX_LIST_DAYS = 3650;

const USAGE = [
  'Så här används kommandot:',
  '• `/cancer-deadlines` – deadlines de närmaste 60 dagarna',
  '• `/cancer-deadlines 30` – de närmaste 30 dagarna',
  '• `/cancer-deadlines add 2026-12-01 Rapport till styrelsen` – lägg till (administratörer)',
  '• `/cancer-deadlines remove 3` – ta bort nr 3 (administratörer)',
].join('\n');

const refuse = (text: string): CommandReply => ({ ok: false, text });

async function list(days: number, ctx: CommandContext): Promise<CommandReply> {
  const sel = selectDeadlines({ corpus: ctx.corpus, userDeadlines: await ctx.store.userDeadlines(), today: ctx.today, days });
  const lines = [`*Deadlines de närmaste ${days} dagarna* (${ctx.today} – ${sel.until})`];
  if (sel.overdue.length) lines.push('', '*Försenade*', ...sel.overdue.map((d) => deadlineLine(d, ctx.corpus)), '', '*Kommande*');
  else lines.push('');
  if (sel.upcoming.length) lines.push(...sel.upcoming.map((d) => deadlineLine(d, ctx.corpus)));
  else lines.push(`Inget förfaller de närmaste ${days} dagarna.`);
  const facts: Fact[] = sel.upcoming.flatMap((d) => (d.source === 'corpus' ? [d.fact] : []));
  return { ok: true, text: lines.join('\n'), facts };
}

function adminRefusal(ctx: CommandContext, what: string): CommandReply | null {
  if (ctx.adminUserIds.includes(ctx.userId)) return null;
  if (!ctx.adminUserIds.length) return refuse(`Ingen kan ${what} deadlines ännu: ingen administratör är utsedd (ADMIN_USER_IDS). Inget ändrades.`);
  return refuse(`Bara administratörer kan ${what} deadlines. Be någon av ${ctx.adminUserIds.map((id) => `<@${id}>`).join(', ')}. Inget ändrades.`);
}

async function add(args: string, ctx: CommandContext): Promise<CommandReply> {
  const refusal = adminRefusal(ctx, 'lägga till');
  if (refusal) return refusal;
  const m = /^(\S*)\s*([\s\S]*)$/.exec(args)!;
  if (!m[1]) return refuse(`Skriv datum och text: \`/cancer-deadlines add 2026-12-01 Rapport till styrelsen\`. Inget sparades.`);
  const check = checkNewDeadline(m[1], m[2]!, ctx.today);
  if (!check.ok) return refuse(check.message);
  let d: Awaited<ReturnType<CommandContext['store']['addDeadline']>>;
  try {
    d = await ctx.store.addDeadline({ date: check.date, text: check.text, addedBy: ctx.userId, ...(ctx.userName ? { addedByName: ctx.userName } : {}), addedAt: ctx.now });
  } catch (error) {
    // Never a success that stored nothing: a full or read-only disk is said as it is.
    return refuse(`Kunde inte spara deadlinen: databasen tog inte emot den (${(error as Error).message}). Inget sparades; försök igen eller be driften titta på disken.`);
  }
  return {
    ok: true,
    text: `Tillagd som nr ${d.id}: ${d.date} (${describeDaysLeft(daysBetween(ctx.today, d.date))}) – ${escapeMrkdwn(d.text)}. Ta bort den med \`/cancer-deadlines remove ${d.id}\`.`,
  };
}

async function remove(args: string, ctx: CommandContext): Promise<CommandReply> {
  const refusal = adminRefusal(ctx, 'ta bort');
  if (refusal) return refusal;
  const arg = args.trim().replace(/^(nr|#)\s*/i, '');
  if (!/^\d{1,9}$/.test(arg)) {
    return refuse(`Ange numret på deadlinen som ska bort, till exempel \`/cancer-deadlines remove 3\` (numret står i listan). Inget togs bort.`);
  }
  const d = await ctx.store.removeDeadline(Number(arg));
  if (!d) return refuse(`Det finns ingen tillagd deadline nr ${arg}. Deadlines ur källorna kan inte tas bort. Inget togs bort.`);
  return { ok: true, text: `Borttagen: nr ${d.id}, ${d.date} – ${escapeMrkdwn(d.text)}.` };
}

export const deadlinesCommand: CommandHandler = async (text, ctx) => {
  const t = text.trim();
  const m = /^(\S+)\s*([\s\S]*)$/.exec(t);
  const verb = m?.[1]!.toLowerCase() ?? '';
  if (verb === 'add') return add(m![2]!, ctx);
  if (verb === 'remove') return remove(m![2]!, ctx);
  if (t === '') return list(DEFAULT_LIST_DAYS, ctx);
  if (/^\d+$/.test(t)) {
    const days = Number(t);
    if (days < 1 || days > MAX_LIST_DAYS) return refuse(`Antal dagar ska vara 1–${MAX_LIST_DAYS}.\n${USAGE}`);
    return list(days, ctx);
  }
  return refuse(`Förstod inte «${displayUserText(t.slice(0, 100))}».\n${USAGE}`);
};
