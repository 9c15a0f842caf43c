/**
 * The Slack permissions the code needs, each with what needs it. manifest.yml asks for exactly
 * these (a test holds them together).
 */

/** Bot token scopes, with what uses each. */
export const BOT_SCOPES = {
  'app_mentions:read': 'app_mention events: questions that mention the bot in a channel',
  'chat:write': 'chat.postMessage: answers in threads and DMs, and the daily digest',
  'chat:write.public': 'the daily digest in channels the bot has not been invited to',
  commands: 'the four slash commands',
  'im:history': 'message.im events: questions in a DM with the bot',
} as const;

/** The scope each subscribed bot event needs (null: none). */
export const EVENT_SCOPES = {
  app_mention: 'app_mentions:read',
  'message.im': 'im:history',
  app_home_opened: null,
} as const;

/** The scope each Web API method the bot calls needs (null: none). */
export const METHOD_SCOPES = {
  'auth.test': null,
  'chat.postMessage': 'chat:write',
  'views.open': null,
  'views.publish': null,
} as const;
