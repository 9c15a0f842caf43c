/**
 * `/cancer-admin …`: the curators' commands, for the user ids in ADMIN_USER_IDS only. Everyone
 * else is refused, whatever they type, and nothing changes.
 *
 * - `report [dagar]` — the questions the bot could not answer and the answers given 👎, most
 *   frequent first (the top ten of each; `npm run report` has them all);
 * - `synonym add "<fras>" = <ord i källorna>` — teach a phrase: from now on every question reads
 *   it as those words of the sources (checked first: see curation/taught.ts);
 * - `synonym remove <nr>`, `synonym list` — forget one, list them;
 * - `channel auto on | off | status` — an answer channel: top-level questions answered without a mention.
 *
 * The subcommands are a table by first word, ADMIN_SUBCOMMANDS: a new one is one entry there.
 */
import { answer } from '../answer/answer.ts';
import { normaliseQuestion, buildReport, reportText } from '../curation/report.ts';
import { isNoSourceAnswer } from '../curation/outcome.ts';
import { checkTaught } from '../curation/taught.ts';
import { dateIn } from '../dates.ts';
import { displayUserText, escapeMrkdwn } from '../text/mrkdwn.ts';
import type { TaughtPhraseRecord } from '../store/types.ts';
import { mentionsTaught } from '../understand/taught.ts';
import type { CommandContext, CommandHandler, CommandReply } from './types.ts';

/** One subcommand: the text after its first word, and the command's context (the caller is an admin). */
export type AdminSubcommand = (args: string, ctx: CommandContext) => Promise<CommandReply>;

/** How many entries of each list the Slack reply shows. */
export const ADMIN_REPORT_TOP = 10;
const MAX_REPORT_DAYS = 3650;

const USAGE = [
  'Så här används kommandot (bara för administratörer):',
  '• `/cancer-admin report` – obesvarade frågor och nedröstade svar; `/cancer-admin report 7` för de senaste 7 dagarna',
  '• `/cancer-admin synonym add "smear test" = livmoderhalscancer` – lär mig en fras: den läses sedan som orden i källorna',
  '• `/cancer-admin synonym remove 3` – glöm inlärd fras nr 3',
  '• `/cancer-admin synonym list` – alla inlärda fraser',
  '• `/cancer-admin channel auto on | off | status` – i kanalen: svara på alla frågor där utan att nämnas, i tråd',
  '• `/cancer-admin admin add @namn` – gör någon till administratör i den här arbetsytan',
].join('\n');

const SYNONYM_USAGE = [
  'Så här används `synonym`:',
  '• `/cancer-admin synonym add "<fras>" = <ord i källorna>`, till exempel `/cancer-admin synonym add "smear test" = livmoderhalscancer`',
  '• `/cancer-admin synonym remove <nr>` (numret står i listan)',
  '• `/cancer-admin synonym list`',
].join('\n');

const refuse = (text: string): CommandReply => ({ ok: false, text });
const quoted = (s: string) => `«${escapeMrkdwn(s)}»`;

function adminRefusal(ctx: CommandContext): CommandReply | null {
  if (ctx.adminUserIds.includes(ctx.userId)) return null;
  if (!ctx.adminUserIds.length) return refuse('Ingen kan använda /cancer-admin ännu: ingen administratör är utsedd (ADMIN_USER_IDS). Inget ändrades.');
  return refuse(`Bara administratörer kan använda /cancer-admin. Be någon av ${ctx.adminUserIds.map((id) => `<@${id}>`).join(', ')}. Inget ändrades.`);
}

/** A command's first word (lower case) and the rest as typed. */
export function splitVerb(text: string): { verb: string; args: string } {
  const m = /^(\S*)\s*([\s\S]*)$/.exec(text.trim())!;
  return { verb: m[1]!.toLowerCase(), args: m[2]!.trim() };
}

const report: AdminSubcommand = async (args, ctx) => {
  if (args && !/^\d{1,4}$/.test(args)) return refuse(`Ange antal dagar som en siffra, till exempel \`/cancer-admin report 7\` (inte «${displayUserText(args.slice(0, 40))}»).`);
  const days = args ? Number(args) : undefined;
  if (days !== undefined && (days < 1 || days > MAX_REPORT_DAYS)) return refuse(`Antal dagar ska vara 1–${MAX_REPORT_DAYS}.`);
  const since = days === undefined ? undefined : new Date(ctx.now.getTime() - days * 86_400_000);
  const built = buildReport({ notes: await ctx.store.curationNotes(since), votes: await ctx.store.voteCounts(since), taught: await ctx.store.taughtPhrases(), corpus: ctx.corpus, today: ctx.today });
  return { ok: true, text: reportText(built, { days, format: 'mrkdwn', top: ADMIN_REPORT_TOP }) };
};

/** `"<fras>" = <ord>` (straight or curly quotes, or none): the two sides, or null when there is no "=". */
export function parseTeaching(args: string): { phrase: string; words: string } | null {
  const m = /^([\s\S]*?)=([\s\S]*)$/.exec(args);
  if (!m) return null;
  const unquote = (s: string) => s.trim().replace(/^["“”„«»']+|["“”„«»']+$/g, '');
  return { phrase: unquote(m[1]!), words: unquote(m[2]!) };
}

/** The recorded unanswered questions a phrase, just taught, makes the bot answer. */
async function nowAnswered(ctx: CommandContext, phrase: string): Promise<number> {
  const questions = new Map<string, string>();
  for (const n of await ctx.store.curationNotes()) if (n.kind === 'unanswered' && mentionsTaught(n.question, phrase)) questions.set(normaliseQuestion(n.question), n.question);
  const taught = await ctx.store.taughtPhrases();
  return [...questions.values()].filter((q) => {
    const a = answer(q, { corpus: ctx.corpus, today: ctx.today, taught });
    return a.answered && !isNoSourceAnswer(a);
  }).length;
}

async function teach(args: string, ctx: CommandContext): Promise<CommandReply> {
  const sides = parseTeaching(args);
  if (!sides) return refuse(`Skriv frasen, ett likhetstecken och orden i källorna. Inget sparades.\n${SYNONYM_USAGE}`);
  const check = checkTaught(sides, { corpus: ctx.corpus, taught: await ctx.store.taughtPhrases() });
  if (!check.ok) return refuse(`${escapeMrkdwn(check.message)} Inget sparades.`);
  const t = await ctx.store.addTaughtPhrase({ phrase: check.phrase, words: check.words, addedBy: ctx.userId, addedAt: ctx.now });
  const closed = await nowAnswered(ctx, t.phrase);
  return {
    ok: true,
    text: [
      `Inlärd som nr ${t.id}: ${quoted(t.phrase)} läses nu som ${quoted(t.words)} i alla frågor, från och med nu.`,
      ...check.warnings.map(escapeMrkdwn),
      ...(closed ? [`${closed} ${closed === 1 ? 'obesvarad fråga' : 'obesvarade frågor'} i rapporten besvaras nu.`] : []),
      `Ta bort den med \`/cancer-admin synonym remove ${t.id}\`. För in den i lexikonet med \`npm run --silent lexicon -- --export\`.`,
    ].join('\n'),
  };
}

async function forget(args: string, ctx: CommandContext): Promise<CommandReply> {
  const arg = args.replace(/^(nr|#)\s*/i, '');
  if (!/^\d{1,9}$/.test(arg)) return refuse('Ange numret på frasen som ska bort, till exempel `/cancer-admin synonym remove 3` (numret står i `/cancer-admin synonym list`). Inget togs bort.');
  const t = await ctx.store.removeTaughtPhrase(Number(arg));
  if (!t) return refuse(`Det finns ingen inlärd fras nr ${arg}. Inget togs bort.`);
  return { ok: true, text: `Borttagen: nr ${t.id}, ${quoted(t.phrase)} = ${quoted(t.words)}. Den gäller inte längre.` };
}

const listLine = (t: TaughtPhraseRecord) => `• nr ${t.id}: ${quoted(t.phrase)} → ${quoted(t.words)} (<@${t.addedBy}>, ${dateIn(new Date(t.addedAt))})`;

async function list(ctx: CommandContext): Promise<CommandReply> {
  const taught = await ctx.store.taughtPhrases();
  if (!taught.length) return { ok: true, text: 'Inga inlärda fraser ännu. Lär mig en med `/cancer-admin synonym add "<fras>" = <ord i källorna>`.' };
  return { ok: true, text: [`*Inlärda fraser* (${taught.length})`, ...taught.map(listLine)].join('\n') };
}

const synonym: AdminSubcommand = async (args, ctx) => {
  const { verb, args: rest } = splitVerb(args);
  if (verb === 'add') return teach(rest, ctx);
  if (verb === 'remove') return forget(rest, ctx);
  if (verb === 'list') return rest ? refuse(`\`list\` tar inga argument.\n${SYNONYM_USAGE}`) : list(ctx);
  return refuse(SYNONYM_USAGE);
};

/**
 * `channel auto on|off|status`: an answer channel answers every top-level question to the bot in
 * its thread, without a mention (chit-chat and what the sources hold nothing about get no reply).
 */
const channel: AdminSubcommand = async (args, ctx) => {
  const m = /^auto\s+(on|off|status)\s*$/iu.exec(args.trim());
  if (!m) return refuse('Använd: `/cancer-admin channel auto on`, `off` eller `status` i kanalen det gäller.');
  if (ctx.channelId.startsWith('D')) return refuse('Ett svarsflöde gäller en kanal: skriv kommandot i kanalen, inte i ett DM.');
  const verb = m[1]!.toLowerCase();
  if (verb === 'status') {
    const on = await ctx.store.answerChannel(ctx.channelId);
    return { ok: true, text: on ? `Jag svarar på alla frågor i den här kanalen, i tråd (påslaget ${on.enabledAt.slice(0, 10)}).` : 'Jag svarar här bara när någon nämner mig.' };
  }
  const changed = await ctx.store.setAnswerChannel(ctx.channelId, verb === 'on', ctx.userId);
  if (verb === 'on') {
    return { ok: true, text: changed ? 'Nu svarar jag på frågor i den här kanalen utan att nämnas, i tråd. Småprat och sådant källorna inte tar upp lämnar jag. (Kanalen behöver ha mig som medlem.)' : 'Jag svarade redan på frågor i den här kanalen.' };
  }
  return { ok: true, text: changed ? 'Nu svarar jag här bara när någon nämner mig.' : 'Jag svarade redan bara när någon nämner mig här.' };
};

/** `admin add <@U…>`: another admin of this workspace (ADMIN_USER_IDS stay admins everywhere). */
const admin: AdminSubcommand = async (args, ctx) => {
  const m = /^add\s+<@([UW][A-Z0-9]{2,})(?:\|[^>]*)?>\s*$/u.exec(args.trim());
  if (!m) return refuse('Använd: `/cancer-admin admin add @namn` (nämn personen, så att Slack skickar hens id). Inget ändrades.');
  const userId = m[1]!;
  if (ctx.adminUserIds.includes(userId)) return { ok: true, text: `<@${userId}> är redan administratör här. Inget ändrades.` };
  await ctx.store.addAdmin(userId, ctx.userId, ctx.now);
  return { ok: true, text: `<@${userId}> är nu administratör här och kan använda /cancer-admin och lägga till och ta bort deadlines.` };
};

/** The subcommands by their first word. The caller is an admin by the time one is called. */
export const ADMIN_SUBCOMMANDS: Record<string, AdminSubcommand> = {
  report,
  synonym,
  channel,
  admin,
};

export const adminCommand: CommandHandler = async (text, ctx) => {
  const refusal = adminRefusal(ctx);
  if (refusal) return refusal;
  const { verb, args } = splitVerb(text);
  if (!verb) return refuse(USAGE);
  const sub = Object.hasOwn(ADMIN_SUBCOMMANDS, verb) ? ADMIN_SUBCOMMANDS[verb]! : undefined;
  if (!sub) return refuse(`Förstod inte «${displayUserText(text.trim().slice(0, 100))}».\n${USAGE}`);
  return sub(args, ctx);
};
