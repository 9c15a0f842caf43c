/**
 * Test helper run as a separate process by crash.test.ts: sends the digests due at NOW in
 * DATA_DIR's database to the stand-in at SLACK_API_URL with the production poster, and as soon as
 * Slack has accepted a post — before the runner can log it as sent — prints "posted" and waits,
 * doing nothing more, to be killed with SIGKILL: a scheduler dying at the worst moment.
 */
import { webApi } from '@slack/bolt';
import { loadCorpus } from '../../src/corpus/load.ts';
import { createDigestRunner, type PostDigest } from '../../src/digest/runner.ts';
import { slackPoster } from '../../src/digest/slackPost.ts';
import { openStore } from '../../src/store/open.ts';

const store = openStore(process.env.DATA_DIR!);
const client = new webApi.WebClient('xoxb-test-token', { slackApiUrl: process.env.SLACK_API_URL!, retryConfig: { retries: 0 } });
const real = slackPoster(client);
const post: PostDigest = async (channelId, text, digest) => {
  await real(channelId, text, digest);
  process.stdout.write('posted\n');
  setInterval(() => {}, 60_000); // keep the process alive until the test kills it
  await new Promise<never>(() => {});
};
const runner = createDigestRunner({ store, corpus: loadCorpus(), post, now: () => new Date(process.env.NOW!), log: () => {} });
await runner.runDue();
