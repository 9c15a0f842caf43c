/**
 * Why a digest subscription is paused and what a person does about it, in Swedish: the same
 * words in `/cancer-digest status` and in the DM to whoever subscribed. A pause's reason is the
 * Slack error that caused it (`not_in_channel`, `token_revoked`, …) or the event
 * (`app_uninstalled`, `tokens_revoked`); each kind of reason has its own remedy.
 */
import { escapeMrkdwn } from '../text/mrkdwn.ts';

/** How people invite the bot: its display name in manifest.yml (a test holds the two together). */
export const BOT_HANDLE = '@cancervardsboten';

const INVITE = `bjud in mig med \`/invite ${BOT_HANDLE}\``;
const RESUME = 'slå på igen med `/cancer-digest on`';
const REINSTALL = `en administratör behöver installera appen igen (från manifest.yml, och sätta den nya \`SLACK_BOT_TOKEN\`); ${RESUME}`;

export interface PauseExplanation {
  /** Why, as a clause: "jag är inte med i kanalen". */
  why: string;
  /** What to do, as a sentence. */
  todo: string;
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const explain = (why: string, todo: string): PauseExplanation => ({ why, todo: `${capitalise(todo)}.` });

/** The explanation of a pause reason; an unknown reason is shown as Slack's own word. */
export function explainPause(reason: string): PauseExplanation {
  switch (reason) {
    case 'not_in_channel':
      return explain('jag är inte med i kanalen', `${INVITE} och ${RESUME}`);
    case 'channel_not_found':
      return explain('jag hittar inte kanalen (en privat kanal jag inte är med i, eller en borttagen kanal)', `${INVITE} och ${RESUME}`);
    case 'is_archived':
    case 'channel_is_archived':
      return explain('kanalen är arkiverad', `ta fram kanalen ur arkivet, ${INVITE} och ${RESUME} – eller slå på sammanfattningen i en annan kanal`);
    case 'restricted_action':
    case 'restricted_action_read_only_channel':
    case 'restricted_action_thread_only_channel':
    case 'restricted_action_non_threadable_channel':
    case 'team_access_not_granted':
      return explain('arbetsytans inställningar hindrar mig från att skriva i kanalen', `be en administratör ge mig rätt att skriva här och ${RESUME}`);
    case 'app_uninstalled':
      return explain('appen har avinstallerats från arbetsytan', REINSTALL);
    case 'tokens_revoked':
    case 'token_revoked':
    case 'token_expired':
    case 'invalid_auth':
    case 'not_authed':
    case 'account_inactive':
    case 'not_allowed_token_type':
      return explain('Slack godtar inte längre botens token (appen avinstallerad eller token återkallad)', REINSTALL);
    case 'missing_scope':
      return explain('appen saknar en behörighet den behöver', REINSTALL);
    case 'ekm_access_denied':
      return explain('arbetsytans administratörer har stängt av appens åtkomst', `be en administratör öppna den igen och ${RESUME}`);
    default:
      return explain('Slack tar inte emot mina inlägg här', `rätta det och ${RESUME}`);
  }
}

/** The DM to the person who subscribed, sent once when their channel's digest is paused. */
export function pauseNotice(channelId: string, reason: string): string {
  const { why, todo } = explainPause(reason);
  return [
    `Jag kunde inte posta deadlines-sammanfattningen i <#${channelId}>: ${why} (Slack svarade \`${escapeMrkdwn(reason)}\`).`,
    'Sammanfattningen är pausad och jag försöker inte igen.',
    todo,
  ].join(' ');
}
