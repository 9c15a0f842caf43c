/** What every store keeps, and for how long: the same for SQLite and PostgreSQL. */

/** How long processed event ids, answered messages and conversations are kept: Slack retries within minutes, so a week is plenty. */
export const EVENT_RETENTION_MS = 7 * 24 * 3600_000;

/** The longest question, 👎 comment or digest error kept: enough to read it, not a whole pasted document. */
export const MAX_KEPT_TEXT = 500;
