/** Every listener of the app, registered by kind (as in Bolt's starter template). */
import type { App } from '@slack/bolt';
import type { BotDeps } from '../deps.ts';
import { registerActions } from './actions/index.ts';
import { registerCommands } from './commands/index.ts';
import { registerEvents } from './events/index.ts';
import { registerCatchAll } from './catchAll.ts';
import { ASK_ABOUT_MESSAGE, askAboutMessageListener } from './askAboutMessage.ts';

export function registerListeners(app: App, deps: BotDeps): void {
  registerCommands(app, deps);
  registerEvents(app, deps);
  registerActions(app, deps);
  app.shortcut({ callback_id: ASK_ABOUT_MESSAGE, type: 'message_action' }, askAboutMessageListener(deps));
  // Last: what none of the above takes.
  registerCatchAll(app, deps);
}
