/** Signing requests as Slack does (v0 HMAC-SHA256 over "v0:timestamp:body" with the signing secret). */
import { createHmac } from 'node:crypto';

export const SIGNING_SECRET = 'test-signing-secret-0123456789';

export function slackSignature(secret: string, timestamp: number, body: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

/** The headers Slack sends with a request body; `timestamp` in seconds (default now). */
export function signedHeaders(body: string, { secret = SIGNING_SECRET, timestamp = Math.floor(Date.now() / 1000) } = {}): Record<string, string> {
  return {
    'x-slack-request-timestamp': String(timestamp),
    'x-slack-signature': slackSignature(secret, timestamp, body),
  };
}
