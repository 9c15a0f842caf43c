/**
 * The bot's tables as rows (snake_case columns, instants as milliseconds since the epoch), and each
 * row as the Store hands it out (ISO instants). The same for SQLite and PostgreSQL, whose BIGINTs
 * are read as numbers (postgres.ts, TYPES).
 */
import type { CurationNote, DigestLogEntry, DigestStatus, InstallationRecord, Subscription, TaughtPhraseRecord, UserDeadline, VoteCounts } from './types.ts';

export interface DeadlineRow { id: number; date: string; text: string; added_by: string; added_by_name: string | null; added_at: number }
export interface SubscriptionRow { team_id: string; channel_id: string; time: string; subscribed_by: string; subscribed_at: number; paused_reason: string | null; paused_at: number | null }
export interface LogRow { channel_id: string; date: string; status: DigestStatus; attempts: number; claimed_by: string; claimed_at: number; sent_at: number | null; error: string | null }
/** (`comment` is absent from a database before schema version 8, read as it is by the CLIs.) */
export interface NoteRow { kind: CurationNote['kind']; question: string; language: CurationNote['language']; intent: string; channel_kind: CurationNote['channelKind']; noted_at: number; comment?: string | null }
export interface TaughtRow { id: number; phrase: string; words: string; added_by: string; added_at: number }
export interface AnswerChannelRow { enabled_by: string; enabled_at: number }
export interface InstallationRow { install_key: string; team_id: string | null; enterprise_id: string | null; installation: string; installed_by: string | null; updated_at: number }

const iso = (ms: number) => new Date(ms).toISOString();
export const toDeadline = (r: DeadlineRow): UserDeadline => ({ id: r.id, date: r.date, text: r.text, addedBy: r.added_by, addedByName: r.added_by_name ?? null, addedAt: iso(r.added_at) });
export const toSubscription = (r: SubscriptionRow): Subscription => ({
  teamId: r.team_id, channelId: r.channel_id, time: r.time, subscribedBy: r.subscribed_by, subscribedAt: iso(r.subscribed_at),
  pausedReason: r.paused_reason, pausedAt: r.paused_at === null ? null : iso(r.paused_at),
});
export const toLog = (r: LogRow): DigestLogEntry => ({
  channelId: r.channel_id, date: r.date, status: r.status, attempts: r.attempts, claimedBy: r.claimed_by,
  claimedAt: iso(r.claimed_at), sentAt: r.sent_at === null ? null : iso(r.sent_at), error: r.error,
});
export const toNote = (r: NoteRow): CurationNote => ({ kind: r.kind, question: r.question, language: r.language, intent: r.intent, channelKind: r.channel_kind, at: iso(r.noted_at), ...(r.comment ? { comment: r.comment } : {}) });
export const toTaught = (r: TaughtRow): TaughtPhraseRecord => ({ id: r.id, phrase: r.phrase, words: r.words, addedBy: r.added_by, addedAt: iso(r.added_at) });
export const toInstallation = (r: InstallationRow): InstallationRecord => ({
  key: r.install_key, teamId: r.team_id, enterpriseId: r.enterprise_id, installation: r.installation, installedBy: r.installed_by, updatedAt: iso(r.updated_at),
});
export const toAnswerChannel = (r: AnswerChannelRow): { enabledBy: string; enabledAt: string } => ({ enabledBy: r.enabled_by, enabledAt: iso(r.enabled_at) });
export const toCounts = (r: { up: number; down: number }): VoteCounts => ({ up: r.up, down: r.down });
/** An optional instant as the lower bound of a `… >= ?` query (all rows when absent). */
export const sinceMs = (since?: Date) => since?.getTime() ?? 0;
