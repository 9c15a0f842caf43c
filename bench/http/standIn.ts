/**
 * Slack's Web API for the HTTP benchmark, in a process of its own (`node --import tsx
 * bench/http/standIn.ts`): the tests' stand-in (test/helpers/slackStandIn.ts), so that neither the
 * sender nor the bot shares a thread with it. It prints one JSON line, { apiUrl, statsUrl }, and
 * serves GET statsUrl: per channel, how many messages were posted, when the first arrived
 * (Date.now()) and whether it said the bot was too busy; and how many files were completed; GET statsUrl + "reset" forgets them, so that
 * each phase counts its own. It ends when its standard input closes.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startSlackStandIn } from '../../test/helpers/slackStandIn.ts';

const slack = await startSlackStandIn();
const stats = createServer((req, res) => {
  const posts: Record<string, { n: number; first: number; busy: boolean }> = {};
  for (const call of slack.callsTo('chat.postMessage')) {
    const p = (posts[String(call.body.channel)] ??= { n: 0, first: call.at, busy: /^(Många frågor just nu|Many questions right now)/.test(String(call.body.text)) });
    p.n++;
  }
  const files = slack.callsTo('files.completeUploadExternal').length;
  if (req.url === '/reset') {
    slack.calls.length = 0;
    slack.uploads.clear();
  }
  res.writeHead(200, { 'content-type': 'application/json' });
  res.end(JSON.stringify({ posts, files }));
});
await new Promise<void>((resolve) => stats.listen(0, '127.0.0.1', resolve));
process.stdout.write(`${JSON.stringify({ apiUrl: slack.apiUrl, statsUrl: `http://127.0.0.1:${(stats.address() as AddressInfo).port}/` })}\n`);
process.stdin.resume();
process.stdin.on('end', () => process.exit(0));
