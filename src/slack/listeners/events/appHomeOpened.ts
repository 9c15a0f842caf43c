/** Opening the app's Home tab: publish the yearly totals, next deadlines and example questions. */
import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { homeView } from '../../../render/home.ts';
import { todayOf, type BotDeps } from '../../deps.ts';

export const appHomeOpenedListener =
  (deps: BotDeps) =>
  async ({ event, client }: SlackEventMiddlewareArgs<'app_home_opened'> & AllMiddlewareArgs): Promise<void> => {
    if (event.tab && event.tab !== 'home') return;
    try {
      await client.views.publish({ user_id: event.user, view: homeView(deps.corpus, todayOf(deps), deps.store.userDeadlines()) });
    } catch (error) {
      deps.logger.error('publishing the Home tab failed:', error);
    }
  };
