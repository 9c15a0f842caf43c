import type { App } from '@slack/bolt';
import type { BotDeps } from '../../deps.ts';
import { appHomeOpenedListener } from './appHomeOpened.ts';
import { appMentionListener } from './appMention.ts';
import { directMessageListener } from './directMessage.ts';
import { channelMessageListener } from './channelMessage.ts';
import { registerUninstalled } from './uninstalled.ts';

/** Slack event types the app subscribes to (bot events in manifest.yml); `message` arrives as message.im. */
export const EVENTS = ['app_mention', 'message.im', 'message.channels', 'message.groups', 'app_home_opened', 'app_uninstalled', 'tokens_revoked'] as const;

export function registerEvents(app: App, deps: BotDeps): void {
  app.event('app_mention', appMentionListener(deps));
  app.event('message', directMessageListener(deps));
  app.event('message', channelMessageListener(deps));
  app.event('app_home_opened', appHomeOpenedListener(deps));
  registerUninstalled(app, deps);
}
