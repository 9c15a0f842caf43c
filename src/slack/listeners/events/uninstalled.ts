/**
 * The app was uninstalled (`app_uninstalled`) or its bot token revoked (`tokens_revoked`): every
 * post would now be refused, so every digest subscription of that workspace is paused with that
 * reason instead of failing each morning, and (installs per workspace) its installation is removed. Nothing is retried and nobody is
 * DMed (the token that would send it no longer works); one log line says what happened. After a
 * reinstall, `/cancer-digest status` shows the pause and `/cancer-digest on` ends it.
 */
import type { AllMiddlewareArgs, App, SlackEventMiddlewareArgs } from '@slack/bolt';
import { z } from 'zod';
import type { BotDeps } from '../../deps.ts';
import { installKeyOfPayload } from '../../installations.ts';

/**
 * Which tokens a tokens_revoked event names. The app has no user scopes, so only bot tokens are
 * its own; an event that names none (only users' tokens) leaves the digests alone.
 */
const RevokedTokens = z.object({ tokens: z.object({ bot: z.array(z.string()).optional(), oauth: z.array(z.string()).optional() }) });

/** Whether a tokens_revoked event takes the bot's token: yes, unless it clearly names only users' tokens. */
export function revokesBotToken(event: unknown): boolean {
  const parsed = RevokedTokens.safeParse(event);
  return !parsed.success || (parsed.data.tokens.bot?.length ?? 0) > 0;
}

/**
 * Pause every active subscription of the workspace with `reason`, and forget its installation
 * (installs per workspace: its tokens no longer work), logging one line.
 */
async function pauseAll(deps: BotDeps, reason: 'app_uninstalled' | 'tokens_revoked', body: unknown): Promise<void> {
  const key = installKeyOfPayload(body);
  const forgotten = key ? await deps.store.deleteInstallation(key) : false;
  const paused = await deps.store.pauseAllSubscriptions(reason, deps.now());
  deps.logger.warn(`${reason}${forgotten ? ` in ${key}: its installation is removed and` : ':'} paused ${paused} digest subscription(s); after a reinstall, /cancer-digest on in each channel resumes it`);
}

export const appUninstalledListener =
  (deps: BotDeps) =>
  async ({ body }: SlackEventMiddlewareArgs<'app_uninstalled'> & AllMiddlewareArgs): Promise<void> => {
    await pauseAll(deps, 'app_uninstalled', body);
  };

export const tokensRevokedListener =
  (deps: BotDeps) =>
  async ({ event, body }: SlackEventMiddlewareArgs<'tokens_revoked'> & AllMiddlewareArgs): Promise<void> => {
    if (!revokesBotToken(event)) {
      deps.logger.info('tokens_revoked for user tokens only; the bot token and the digests are unaffected');
      return;
    }
    await pauseAll(deps, 'tokens_revoked', body);
  };

/** Listen for both events (bot_events in manifest.yml; neither needs a scope). */
export function registerUninstalled(app: App, deps: BotDeps): void {
  app.event('app_uninstalled', appUninstalledListener(deps));
  app.event('tokens_revoked', tokensRevokedListener(deps));
}
