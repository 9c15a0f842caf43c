import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebClient } from '@slack/web-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { webFetch } from '../../src/slack/webFetch.ts';

interface Received { method: string; url: string; headers: IncomingHttpHeaders; body: Buffer }

let server: Server;
let base: string;
const received: Received[] = [];
/** What the server answers next: status, headers, body. */
let reply: { status: number; headers: Record<string, string>; body: string } = { status: 200, headers: {}, body: '' };

beforeAll(async () => {
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      received.push({ method: req.method!, url: req.url!, headers: req.headers, body: Buffer.concat(chunks) });
      res.writeHead(reply.status, reply.headers);
      res.end(reply.body);
    });
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((ok) => server.close(() => ok())));

const last = () => received[received.length - 1]!;

describe("the Web API clients' fetch", () => {
  it('sends a URL-encoded body as it is and hands back the response, its headers and its URL', async () => {
    reply = { status: 200, headers: { 'content-type': 'application/json', 'x-oauth-scopes': 'chat:write' }, body: '{"ok":true,"ts":"1.2"}' };
    const body = 'channel=D1&text=Hej%20%C3%A5%C3%A4%C3%B6';
    const response = await webFetch(`${base}/api/chat.postMessage`, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded', Authorization: 'Bearer xoxb-1' }, body });
    expect(last().body.toString()).toBe(body);
    expect(last().headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(last().headers['content-length']).toBe(String(Buffer.byteLength(body)));
    expect(last().headers.authorization).toBe('Bearer xoxb-1');
    expect(response.status).toBe(200);
    expect(response.headers.get('x-oauth-scopes')).toBe('chat:write');
    expect(response.url).toBe(`${base}/api/chat.postMessage`);
    expect(await response.json()).toEqual({ ok: true, ts: '1.2' });
  });

  it('sends a form with a file as multipart/form-data that a standard parser reads back whole', async () => {
    reply = { status: 200, headers: {}, body: 'OK' };
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 255, 13, 10]);
    const form = new FormData();
    form.append('channel_id', 'C1');
    form.append('body', new Blob([new Uint8Array(png)]), 'chart "2024".png');
    const response = await webFetch(`${base}/upload/F1`, { method: 'POST', body: form });
    expect(await response.text()).toBe('OK');
    const parsed = await new Response(new Uint8Array(last().body), { headers: { 'content-type': last().headers['content-type']! } }).formData();
    expect(parsed.get('channel_id')).toBe('C1');
    const file = parsed.get('body') as File;
    expect(Buffer.from(await file.arrayBuffer())).toEqual(png);
    expect(file.name).toBe('chart "2024".png');
  });

  it("hands a rate limit's status and Retry-After to the client, and the client waits and retries", async () => {
    reply = { status: 429, headers: { 'retry-after': '0' }, body: '' };
    const response = await webFetch(`${base}/api/chat.postMessage`, { method: 'POST', body: 'a=1' });
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('0');
  });

  it('carries a real WebClient call, and a request nobody answers rejects', async () => {
    reply = { status: 200, headers: { 'content-type': 'application/json' }, body: '{"ok":true,"channel":"D1","ts":"9.9"}' };
    const client = new WebClient('xoxb-test', { slackApiUrl: `${base}/api/`, fetch: webFetch, retryConfig: { retries: 0 } });
    const result = await client.chat.postMessage({ channel: 'D1', text: 'Barncancer 2024: 80 miljoner kronor', blocks: [{ type: 'section', text: { type: 'mrkdwn', text: '*80*' } }] });
    expect(result.ts).toBe('9.9');
    const sent = new URLSearchParams(last().body.toString());
    expect(sent.get('text')).toBe('Barncancer 2024: 80 miljoner kronor');
    expect(JSON.parse(sent.get('blocks')!)).toHaveLength(1);
    await expect(webFetch('http://127.0.0.1:1/api/x', { method: 'POST', body: 'a=1' })).rejects.toThrow();
  });

  it('leaves any other request to the global fetch', async () => {
    reply = { status: 200, headers: {}, body: 'got' };
    const response = await webFetch(`${base}/plain`);
    expect(last().method).toBe('GET');
    expect(await response.text()).toBe('got');
  });
});
