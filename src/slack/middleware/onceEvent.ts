/**
 * Slack retries an event it thinks was missed (x-slack-retry-num). Bolt has already acknowledged
 * it; this middleware lets each event_id through once, so a retried mention is answered once.
 */
import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import type { Store } from '../../store/types.ts';

export function answerEachEventOnce(store: Store): Middleware<AnyMiddlewareArgs> {
  return async ({ body, next, logger, context }) => {
    const { type, event_id: eventId } = body as { type?: unknown; event_id?: unknown };
    if (type === 'event_callback' && typeof eventId === 'string' && !store.firstSeen(eventId)) {
      logger.info(`event ${eventId} was already handled; ignoring Slack's retry ${String(context.retryNum ?? '')}`.trim());
      return;
    }
    await next();
  };
}
