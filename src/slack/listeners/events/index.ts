import type { App } from '@slack/bolt';
import type { BotDeps } from '../../deps.ts';
import { appHomeOpenedListener } from './appHomeOpened.ts';
import { appMentionListener } from './appMention.ts';
import { assistantPanel } from './assistant.ts';
import { directMessageListener } from './directMessage.ts';
import { channelMessageListener } from './channelMessage.ts';
import { registerUninstalled } from './uninstalled.ts';

/** Slack event types the app subscribes to (bot events in manifest.yml); `message` arrives as message.im. */
export const EVENTS = ['app_mention', 'message.im', 'message.channels', 'message.groups', 'app_home_opened', 'app_uninstalled', 'tokens_revoked', 'assistant_thread_started', 'assistant_thread_context_changed'] as const;

export function registerEvents(app: App, deps: BotDeps): void {
  // The side panel's threads (and any DM thread): Bolt's Assistant takes them before the listeners below.
  app.assistant(assistantPanel(deps));
  app.event('app_mention', appMentionListener(deps));
  app.event('message', directMessageListener(deps));
  app.event('message', channelMessageListener(deps));
  app.event('app_home_opened', appHomeOpenedListener(deps));
  registerUninstalled(app, deps);
}
