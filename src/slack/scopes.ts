/**
 * The Slack permissions the code needs, each with what needs it. manifest.yml asks for exactly
 * these (a test holds them together).
 */

/** Bot token scopes, with what uses each. */
export const BOT_SCOPES = {
  'app_mentions:read': 'app_mention events: questions that mention the bot in a channel',
  'assistant:write': 'the assistant side panel: assistant_thread_started and assistant_thread_context_changed events, and assistant.threads.setSuggestedPrompts, setStatus and setTitle',
  'channels:history': 'message.channels events: in a public channel, the asker\'s follow-ups in a thread the bot answered, and questions in an answer channel, without a mention; conversations.history: before re-posting a digest whose scheduler died mid-send, looking for its post; conversations.history and conversations.replies: before answering again a question whose process died mid-answer, looking for the answer',
  'channels:read': 'conversations.info: /cancer-digest on checks that the bot is a member of a public channel before subscribing it',
  'chat:write': 'chat.postMessage: answers in threads and DMs, the daily digest (only where the bot is a member), and the DM when a digest is paused',
  commands: 'the slash commands',
  'files:write': 'files.getUploadURLExternal and files.completeUploadExternal (files.uploadV2): the "Visa diagram" button uploads the chart PNG into the conversation it was clicked in, and the Home tab shows the totals chart uploaded once, shared nowhere',
  'groups:history': 'message.groups events and conversations.history: the same in a private channel',
  'groups:read': 'conversations.info: the same check for a private channel',
  'im:history': 'message.im events: questions in a DM with the bot and in its side panel; conversations.history/replies in a DM: looking for an answer posted before a crash, and the panel thread\'s context (the channel the user views)',
  'users:read': 'users.info with include_locale: the side panel greets and suggests prompts in the user\'s language',
} as const;

/** The scope each subscribed bot event needs (null: none). */
export const EVENT_SCOPES = {
  app_mention: 'app_mentions:read',
  'message.im': 'im:history',
  'message.channels': 'channels:history',
  'message.groups': 'groups:history',
  app_home_opened: null,
  // Both pause every digest subscription; Slack sends them to any app that subscribes.
  app_uninstalled: null,
  tokens_revoked: null,
  assistant_thread_started: 'assistant:write',
  assistant_thread_context_changed: 'assistant:write',
} as const;

/** The scope each Web API method the bot calls needs (null: none). */
export const METHOD_SCOPES = {
  'auth.test': null,
  'chat.postMessage': 'chat:write',
  // channels:read for a public channel, groups:read for a private one; the first is listed.
  'conversations.info': 'channels:read',
  // channels:history for a public channel, groups:history for a private one; the first is listed.
  'conversations.history': 'channels:history',
  // The same, by conversation type (im:history in a DM): after a crash, looking for an answer already posted in a thread.
  'conversations.replies': 'channels:history',
  'files.getUploadURLExternal': 'files:write',
  'files.completeUploadExternal': 'files:write',
  'views.open': null,
  'views.publish': null,
  'assistant.threads.setSuggestedPrompts': 'assistant:write',
  'assistant.threads.setStatus': 'assistant:write',
  'assistant.threads.setTitle': 'assistant:write',
  'users.info': 'users:read',
  // Bolt's thread context store keeps the viewed channel in the metadata of the panel's first message.
  'chat.update': 'chat:write',
} as const;
