import type { App } from '@slack/bolt';
import { ACTIONS } from '../../../render/actions.ts';
import type { BotDeps } from '../../deps.ts';
import { askQuestionListener } from './askQuestion.ts';
import { feedbackListener } from './feedback.ts';
import { feedbackClosedListener, feedbackSubmittedListener, nativeFeedbackListener } from './nativeFeedback.ts';
import { FEEDBACK_MODAL } from '../../../render/modals.ts';
import { shareAnswerListener } from './shareAnswer.ts';
import { showChartListener } from './showChart.ts';
import { showMoreListener } from './showMore.ts';
import { showSourceListener } from './showSource.ts';

export function registerActions(app: App, deps: BotDeps): void {
  app.action(ACTIONS.share, shareAnswerListener(deps));
  app.action(ACTIONS.showMore, showMoreListener(deps));
  app.action(ACTIONS.showSource, showSourceListener(deps));
  app.action(ACTIONS.voteUp, feedbackListener(deps));
  app.action(ACTIONS.voteDown, feedbackListener(deps));
  app.action(ACTIONS.feedback, nativeFeedbackListener(deps));
  app.view({ callback_id: FEEDBACK_MODAL, type: 'view_submission' }, feedbackSubmittedListener(deps));
  app.view({ callback_id: FEEDBACK_MODAL, type: 'view_closed' }, feedbackClosedListener(deps));
  app.action(ACTIONS.ask, askQuestionListener(deps));
  app.action(ACTIONS.showChart, showChartListener(deps));
  // The "open the source" link button in the source modal only opens a URL; Slack still sends the click.
  app.action('open_source_url', async ({ ack }) => ack());
}
