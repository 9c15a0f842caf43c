/**
 * The HTTP benchmark's baseline (`node --import tsx bench/http/baseline.ts`): the least any Slack
 * bot on this machine must do, in a process of its own. A plain node:http server that verifies
 * each event's signature, acknowledges at once, and posts a fixed 2 KB answer to the Web API at
 * SLACK_API_URL; an event asking for a chart ("diagram") also gets the same chart the bot draws,
 * drawn off the main thread (the project's own work pool) and uploaded as the bot does
 * (files.getUploadURLExternal, the bytes, files.completeUploadExternal). It prints one line,
 * "listening on port N", and ends on SIGTERM.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startWorkPool } from '../../src/work/pool.ts';

const secret = process.env.SLACK_SIGNING_SECRET ?? '';
const api = process.env.SLACK_API_URL ?? '';
const ANSWER = `Barncancer fick 80 miljoner kronor 2024. ${'Källa: Överenskommelse om jämlik och effektiv cancervård med kortare väntetider 2024, rad 1. '.repeat(22)}`.slice(0, 2048);
const work = await startWorkPool();

function signed(req: IncomingMessage, body: string): boolean {
  const ts = String(req.headers['x-slack-request-timestamp'] ?? '');
  const given = Buffer.from(String(req.headers['x-slack-signature'] ?? ''));
  const wanted = Buffer.from(`v0=${createHmac('sha256', secret).update(`v0:${ts}:${body}`).digest('hex')}`);
  return Math.abs(Date.now() / 1000 - Number(ts)) < 300 && given.length === wanted.length && timingSafeEqual(given, wanted);
}

const call = (method: string, body: Record<string, unknown>) =>
  fetch(`${api}${method}`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer xoxb-baseline' }, body: JSON.stringify(body) }).then((r) => r.json() as Promise<Record<string, any>>);

async function answer(event: { channel: string; text?: string }): Promise<void> {
  await call('chat.postMessage', { channel: event.channel, text: ANSWER });
  if (!/diagram/i.test(event.text ?? '')) return;
  const chart = await work.draw({ request: { kind: 'lines', year: 2024 }, language: 'sv' });
  if (!chart.ok) return;
  const url = await call('files.getUploadURLExternal', { filename: 'lines-2024.png', length: chart.png.byteLength });
  await fetch(url.upload_url, { method: 'POST', body: new Uint8Array(chart.png) });
  await call('files.completeUploadExternal', { files: [{ id: url.file_id, title: chart.title }], channel_id: event.channel });
}

const server = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', () => {
    const body = Buffer.concat(chunks).toString('utf8');
    if (req.method === 'GET') return res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
    if (!signed(req, body)) return res.writeHead(401).end();
    res.writeHead(200).end();
    const event = (JSON.parse(body) as { event?: { channel: string; text?: string } }).event;
    if (event) answer(event).catch((error: unknown) => process.stderr.write(`baseline: ${String(error)}\n`));
  });
});
server.keepAliveTimeout = 65_000;
server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => process.stdout.write(`listening on port ${(server.address() as AddressInfo).port}\n`));
process.on('SIGTERM', () => void work.close().finally(() => process.exit(0)));
