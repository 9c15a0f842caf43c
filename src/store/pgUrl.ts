/**
 * A PostgreSQL URL as the bot may show it, and a failure to connect to it as one message: the
 * password (in the URL or its query) is `***` wherever the URL is named, and scrubbed from a
 * reason that might repeat it.
 */

/** A database URL as it may be shown: the password (in the URL or its query) replaced by `***`. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    if (u.searchParams.has('password')) u.searchParams.set('password', '***');
    return u.toString().replace('password=%2A%2A%2A', 'password=***');
  } catch {
    // Not a URL the WHATWG parser reads: hide whatever stands between "user:" and "@".
    return url.replace(/(\/\/[^:/@]*:)[^@]*@/, '$1***@').replace(/(password=)[^&\s]*/gi, '$1***');
  }
}

/** The password of a URL, to scrub from messages that might repeat it. */
function passwordOf(url: string): string {
  try {
    const u = new URL(url);
    return decodeURIComponent(u.password) || u.searchParams.get('password') || '';
  } catch {
    return '';
  }
}

/** Error codes that mean the server was not there (not that it said no). */
const UNREACHABLE = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EHOSTUNREACH', 'ENETUNREACH', 'ETIMEDOUT', 'ECONNRESET', 'EAI_AGAIN', 'EPIPE']);
const SQLITE_INSTEAD = 'unset DATABASE_URL to keep state in SQLite under DATA_DIR';

/** A failure to connect as one message naming the URL (password hidden), the reason, and what to do. */
export function connectError(error: unknown, url: string): Error {
  const location = redactUrl(url);
  const password = passwordOf(url);
  const e = error as { code?: string; message?: string };
  let reason = e?.message ?? String(error);
  // A password shorter than 4 characters is no secret, and scrubbing it would garble the message.
  if (password.length >= 4) reason = reason.split(password).join('***');
  if (e?.code && UNREACHABLE.has(e.code)) return new Error(`cannot reach the PostgreSQL database ${location} (${e.code}); start it, or ${SQLITE_INSTEAD}`);
  if (/timeout/i.test(reason)) return new Error(`cannot reach the PostgreSQL database ${location} (no answer in time); start it, or ${SQLITE_INSTEAD}`);
  return new Error(`cannot open the PostgreSQL database ${location} (${reason}); check DATABASE_URL, or ${SQLITE_INSTEAD}`);
}
