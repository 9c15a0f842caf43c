/**
 * Slash commands as pure handlers: parse the command's text, act, and return a reply that any
 * shell (Slack, console) renders. No Slack types here.
 */
import type { Answer, TaughtPhrase } from '../answer/types.ts';
import type { Corpus } from '../corpus/load.ts';
import type { Fact } from '../corpus/schema.ts';
import type { Store } from '../store/types.ts';

export interface CommandContext {
  corpus: Corpus;
  /** Today's date in Europe/Stockholm, ISO. */
  today: string;
  now: Date;
  userId: string;
  /** The user's Slack name (the command's user_name), when known: shown where a mention would ping. */
  userName?: string;
  channelId: string;
  store: Store;
  /** Slack user ids allowed to add and remove deadlines and to run /cancer-admin (ADMIN_USER_IDS). */
  adminUserIds: string[];
  /** How far ahead the digest looks (DIGEST_HORIZON_DAYS, default 60). */
  digestHorizonDays: number;
  /** The phrases admins taught, as the shell read them for this command; absent: read from the store. */
  taught?: readonly TaughtPhrase[];
}

export interface CommandReply {
  /** false when the input was bad (the text then says what is expected) and nothing changed. */
  ok: boolean;
  /**
   * The reply as Slack mrkdwn, complete on its own (also Slack's fallback text). Handlers escape
   * whatever they take from a user or a source (`escapeMrkdwn`, `displayUserText`), so the text
   * goes to Slack as it is; the console shows it through `mrkdwnToPlain`.
   */
  text: string;
  /** The answer behind the reply, when there is one, so shells can render it with its sources. */
  answer?: Answer;
  /**
   * The reply's sources as text ("Källor: …"), for a shell that shows no sources of its own: the
   * console prints it under the text; Slack shows one context line per source of `facts` instead.
   */
  sources?: string;
  /** Facts the reply lists (totals, budget lines, deadlines), most relevant first. */
  facts?: Fact[];
}

export type CommandHandler = (text: string, ctx: CommandContext) => Promise<CommandReply>;
