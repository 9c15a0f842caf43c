/**
 * What the bot has no listener for — an unknown button, a modal submitted or closed, a shortcut,
 * another app's slash command routed here, an options request — is acknowledged at once, so that
 * Slack never waits its 3 seconds and shows the user an error. One log line says what it was.
 */
import type { App } from '@slack/bolt';
import type { BotDeps } from '../deps.ts';
import { COMMANDS } from './commands/index.ts';
import { ASK_ABOUT_MESSAGE } from './askAboutMessage.ts';
import { FEEDBACK_MODAL } from '../../render/modals.ts';
import { escapeRegExp as escapeRe } from '../../text/regex.ts';

/** Every action id a listener of the bot handles (see actions/index.ts and the Home tab). */
export const HANDLED_ACTIONS = /^(?:share_answer|show_more|show_source_\d+|feedback_up|feedback_down|feedback|open_source_url|ask_question_\d+|show_chart)$/;

const OTHER_COMMAND = new RegExp(`^(?!(?:${COMMANDS.map(escapeRe).join('|')})$)`);
const OTHER_ACTION = new RegExp(`^(?!${HANDLED_ACTIONS.source.slice(1, -1)}$)`);
/** Every shortcut but the bot's own (askAboutMessage.ts). */
const OTHER_SHORTCUT = new RegExp(`^(?!${escapeRe(ASK_ABOUT_MESSAGE)}$)`);
/** Every modal but the bot's "what was wrong?" (nativeFeedback.ts). */
const OTHER_VIEW = new RegExp(`^(?!${escapeRe(FEEDBACK_MODAL)}$)`);

export function registerCatchAll(app: App, deps: BotDeps): void {
  app.action(OTHER_ACTION, async ({ ack, action }) => {
    await ack();
    deps.logger.info(`no listener for the action ${'action_id' in action ? action.action_id : action.type}; acknowledged`);
  });
  app.view({ type: 'view_submission', callback_id: OTHER_VIEW }, async ({ ack, view }) => {
    await ack();
    deps.logger.info(`no listener for the submission of view ${view.callback_id || view.id}; acknowledged`);
  });
  app.view({ type: 'view_closed', callback_id: OTHER_VIEW }, async ({ ack, view }) => {
    await ack();
    deps.logger.info(`view ${view.callback_id || view.id} closed; acknowledged`);
  });
  app.shortcut(OTHER_SHORTCUT, async ({ ack, shortcut }) => {
    await ack();
    deps.logger.info(`no listener for the shortcut ${shortcut.callback_id}; acknowledged`);
  });
  app.command(OTHER_COMMAND, async ({ ack, command }) => {
    await ack({ response_type: 'ephemeral', text: `Det kommandot känner jag inte till. Mina kommandon: ${COMMANDS.join(', ')}.` });
    deps.logger.info(`no listener for the command ${command.command}; acknowledged`);
  });
  app.options(/.*/, async ({ ack }) => {
    await ack({ options: [] });
    deps.logger.info('no listener for an options request; acknowledged');
  });
}
