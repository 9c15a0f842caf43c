/**
 * Test helper run as a separate process (two at once) by scheduler.test.ts: checks the digests
 * due at NOW in DATA_DIR's database a few times from the wall-clock moment START_AT (ms), posting to the stand-in at SLACK_API_URL, and
 * prints the channels this process sent to as JSON.
 */
import { webApi } from '@slack/bolt';
import { loadCorpus } from '../../src/corpus/load.ts';
import { createDigestRunner } from '../../src/digest/runner.ts';
import { slackPoster } from '../../src/digest/slackPost.ts';
import { openStore } from '../../src/store/open.ts';

const store = openStore(process.env.DATA_DIR!);
const client = new webApi.WebClient('xoxb-test-token', { slackApiUrl: process.env.SLACK_API_URL!, retryConfig: { retries: 0 } });
const runner = createDigestRunner({ store, corpus: loadCorpus(), post: slackPoster(client), now: () => new Date(process.env.NOW!), log: () => {} });
const sent: string[] = [];
// Both processes start checking at the same wall-clock moment, so their claims contend.
await new Promise((r) => setTimeout(r, Math.max(0, Number(process.env.START_AT) - Date.now())));
for (let i = 0; i < 5; i++) {
  const outcomes = await runner.runDue();
  sent.push(...outcomes.filter((o) => o.status === 'sent').map((o) => o.channelId));
  await new Promise((r) => setTimeout(r, 10));
}
store.close();
process.stdout.write(JSON.stringify(sent));
