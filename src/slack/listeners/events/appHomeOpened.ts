/**
 * Opening the app's Home tab: publish the yearly totals with their chart, next deadlines and example questions; an
 * admin (ADMIN_USER_IDS) also sees the questions the bot most often could not answer.
 */
import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { HOME_UNANSWERED, type HomeChart, homeView } from '../../../render/home.ts';
import { forgetHomeChart, homeChart } from '../../homeChart.ts';
import { topUnanswered } from '../../curation.ts';
import { adminsOf, todayOf, type BotDeps } from '../../deps.ts';
import { slackCall } from '../../slackCall.ts';

export const appHomeOpenedListener =
  (deps: BotDeps) =>
  async ({ event, client }: SlackEventMiddlewareArgs<'app_home_opened'> & AllMiddlewareArgs): Promise<void> => {
    if (event.tab && event.tab !== 'home') return;
    let view: (chart: HomeChart | null) => ReturnType<typeof homeView>;
    try {
      const unanswered = (await adminsOf(deps)).includes(event.user) ? await topUnanswered(deps, HOME_UNANSWERED) : undefined;
      const userDeadlines = await deps.store.userDeadlines();
      view = (chart) => homeView(deps.corpus, todayOf(deps), userDeadlines, unanswered, chart);
      view(null);
    } catch (error) {
      return deps.logger.error('building the Home tab failed:', error);
    }
    const chart = await homeChart(deps.corpus, deps.work, client, deps.logger);
    // Nowhere to tell the user on their own Home tab: the log has it.
    const published = await slackCall(() => client.views.publish({ user_id: event.user, view: view(chart) }), { logger: deps.logger, what: 'publishing the Home tab' });
    if (published || !chart) return;
    // Slack would not show the file (still being processed, or deleted): the tab without it, and a fresh upload next time.
    forgetHomeChart(deps.corpus);
    await slackCall(() => client.views.publish({ user_id: event.user, view: view(null) }), { logger: deps.logger, what: 'publishing the Home tab without its chart' });
  };
