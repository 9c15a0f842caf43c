/** Opening the app's Home tab: publish the yearly totals, next deadlines and example questions. */
import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { homeView } from '../../../render/home.ts';
import { todayOf, type BotDeps } from '../../deps.ts';
import { slackCall } from '../../slackCall.ts';

export const appHomeOpenedListener =
  (deps: BotDeps) =>
  async ({ event, client }: SlackEventMiddlewareArgs<'app_home_opened'> & AllMiddlewareArgs): Promise<void> => {
    if (event.tab && event.tab !== 'home') return;
    let view: ReturnType<typeof homeView>;
    try {
      view = homeView(deps.corpus, todayOf(deps), deps.store.userDeadlines());
    } catch (error) {
      return deps.logger.error('building the Home tab failed:', error);
    }
    // Nowhere to tell the user on their own Home tab: the log has it.
    await slackCall(() => client.views.publish({ user_id: event.user, view }), { logger: deps.logger, what: 'publishing the Home tab' });
  };
