/**
 * Text for Slack: escaping and limits. Everything that came from a user or a source file passes
 * through `escapeMrkdwn` before it reaches a Slack message, so that "<", ">" and "&" show as
 * written and no <!channel>, <!here> or <!everyone> is ever sent back as a ping.
 */

/** Escape Slack's three control characters (https://docs.slack.dev/messaging/formatting-message-text#escaping). */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * The Slack tokens the bot itself writes: a user or channel mention, a date, a link. Any other "<"
 * in text sent to Slack is a literal one and must go as &lt; (Slack would read "<år>" as a link).
 */
const TOKEN = /^<(?:@[UW][A-Z0-9]+(?:\|[^<>]*)?|#C[A-Z0-9]+(?:\|[^<>]*)?|!date\^\d+\^[^<>|]*(?:\|[^<>]*)?|(?:https?:\/\/|mailto:)[^\s<>|]+(?:\|[^<>]*)?)>/;

/**
 * Text made safe for Slack however it was put together: every "<" that does not open one of the
 * bot's tokens, every ">" that does not close one (or open a quoted line), and every "&" that does not start Slack's three
 * escapes are escaped; a special mention (<!channel>, <!here>) can never survive.
 */
export function slackSafe(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; ) {
    const c = text[i]!;
    if (c === '<') {
      const token = TOKEN.exec(text.slice(i, i + 3000));
      if (token) {
        out += token[0];
        i += token[0].length;
        continue;
      }
      out += '&lt;';
    } else if (c === '>') out += i === 0 || text[i - 1] === '\n' ? '>' : '&gt;'; // "> " opens a quote
    else if (c === '&') out += /^&(?:amp|lt|gt);/.test(text.slice(i, i + 5)) ? '&' : '&amp;';
    else out += c;
    i++;
  }
  return out;
}

/**
 * A user's message made fit to show back: Slack's markup (<@U…>, <#C…|name>, <url|text>) turned
 * into plain words, special mentions (<!channel>, <!here>, <!everyone>, <!subteam^…>) dropped,
 * HTML entities decoded and the result escaped again.
 */
export function displayUserText(raw: string): string {
  const plain = raw
    .replace(/<![^>]*>/g, '')
    .replace(/<@[A-Z0-9]+(?:\|([^>]*))?>/g, (_m, name?: string) => (name ? `@${name}` : ''))
    .replace(/<#[A-Z0-9]+(?:\|([^>]*))?>/g, (_m, name?: string) => (name ? `#${name}` : '#kanal'))
    .replace(/<([^>|]+)\|([^>]*)>/g, '$2')
    .replace(/<([^>]+)>/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
  // A literal "<!here>" the user typed (sent to us as &lt;!here&gt;) is dropped too.
  return escapeMrkdwn(withoutSpecialMentions(plain));
}

/**
 * Slack mrkdwn made readable on a terminal: <@U…> as @U…, <#C…|name> as #name, <url|text> as
 * "text (url)", and the escaped characters back as written.
 */
export function mrkdwnToPlain(text: string): string {
  return text
    .replace(/<![^>]*>/g, '')
    .replace(/<@([A-Z0-9]+)(?:\|[^>]*)?>/g, '@$1')
    .replace(/<#[A-Z0-9]+\|([^>]*)>/g, '#$1')
    .replace(/<([^>|]+)\|([^>]*)>/g, '$2 ($1)')
    .replace(/<([^>]+)>/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/**
 * Slack mrkdwn for a terminal, emphasis too: "*Deadlines måndag*" as "Deadlines måndag" and
 * "_(källa, rad 5)_" as "(källa, rad 5)", besides what `mrkdwnToPlain` does.
 */
export function mrkdwnToText(text: string): string {
  return mrkdwnToPlain(text).replace(/(^|[\s(])([*_])(?=\S)([^*_\n]*?\S)\2(?=$|[\s).,:;!?])/gmu, '$1$3');
}

/** Slack's special mentions (<!channel>, <!here>, <!everyone>, <!subteam^…>) taken out. */
export function withoutSpecialMentions(text: string): string {
  return text.replace(/<![^>]*>/g, '').replace(/[ \t]+/g, ' ').trim();
}

/** Cut text to at most `max` characters, ending with "…" when cut. */
export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/** Split text at line breaks into pieces of at most `max` characters (Block Kit's section limit is 3000). */
export function chunkLines(text: string, max = 2900): string[] {
  const chunks: string[] = [];
  let current = '';
  for (const line of text.split('\n')) {
    const piece = truncate(line, max);
    if (current && current.length + 1 + piece.length > max) {
      chunks.push(current);
      current = piece;
    } else {
      current = current ? `${current}\n${piece}` : piece;
    }
  }
  if (current) chunks.push(current);
  return chunks;
}
