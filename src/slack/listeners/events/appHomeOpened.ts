/**
 * Opening the app's Home tab: publish the yearly totals, next deadlines and example questions; an
 * admin (ADMIN_USER_IDS) also sees the questions the bot most often could not answer.
 */
import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { HOME_UNANSWERED, homeView } from '../../../render/home.ts';
import { topUnanswered } from '../../curation.ts';
import { todayOf, type BotDeps } from '../../deps.ts';
import { slackCall } from '../../slackCall.ts';

export const appHomeOpenedListener =
  (deps: BotDeps) =>
  async ({ event, client }: SlackEventMiddlewareArgs<'app_home_opened'> & AllMiddlewareArgs): Promise<void> => {
    if (event.tab && event.tab !== 'home') return;
    let view: ReturnType<typeof homeView>;
    try {
      const unanswered = deps.adminUserIds.includes(event.user) ? topUnanswered(deps, HOME_UNANSWERED) : undefined;
      view = homeView(deps.corpus, todayOf(deps), deps.store.userDeadlines(), unanswered);
    } catch (error) {
      return deps.logger.error('building the Home tab failed:', error);
    }
    // Nowhere to tell the user on their own Home tab: the log has it.
    await slackCall(() => client.views.publish({ user_id: event.user, view }), { logger: deps.logger, what: 'publishing the Home tab' });
  };
