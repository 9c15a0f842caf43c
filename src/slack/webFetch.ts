/**
 * The `fetch` the bot's Web API clients send with: the same request and a real `Response`, sent
 * through `node:http`/`node:https` on their kept-alive agents instead of the global `fetch`.
 *
 * Why: every answer is one Web API call, and on the main thread the global `fetch` (its streams,
 * `Request` and `Headers` objects, and the multipart encoding of a chart's upload) cost more CPU
 * than anything else the bot does per event. The Web API client builds a body of one of two kinds:
 * a URL-encoded string, or a `FormData` when an argument is binary (a chart's PNG); both are sent
 * here as one buffer. Any other body, or any other method, goes to the global `fetch` unchanged.
 */
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { randomBytes } from 'node:crypto';

type Fetch = typeof globalThis.fetch;

/** A `fetch` for `WebClient`'s `fetch` option. */
export const webFetch: Fetch = async (input, init) => {
  const url = typeof input === 'string' ? input : input instanceof URL ? input.href : undefined;
  const body = init?.body;
  if (url === undefined || init?.method !== 'POST' || !(typeof body === 'string' || body instanceof FormData)) return globalThis.fetch(input, init);
  const headers: Record<string, string> = Object.fromEntries(new Headers(init.headers));
  const payload = typeof body === 'string' ? Buffer.from(body) : await multipart(body, headers);
  headers['content-length'] = String(payload.length);
  return send(url, headers, payload, init.signal ?? undefined);
};

/** A FormData as multipart/form-data, as `fetch` would send it (RFC 7578); sets its content type. */
async function multipart(form: FormData, headers: Record<string, string>): Promise<Buffer> {
  const boundary = `----cancerbot${randomBytes(12).toString('hex')}`;
  const quoted = (s: string) => s.replace(/\r/g, '%0D').replace(/\n/g, '%0A').replace(/"/g, '%22');
  const parts: Buffer[] = [];
  for (const [name, value] of form) {
    const head = typeof value === 'string'
      ? `--${boundary}\r\nContent-Disposition: form-data; name="${quoted(name)}"\r\n\r\n`
      : `--${boundary}\r\nContent-Disposition: form-data; name="${quoted(name)}"; filename="${quoted(value.name)}"\r\nContent-Type: ${value.type || 'application/octet-stream'}\r\n\r\n`;
    parts.push(Buffer.from(head), typeof value === 'string' ? Buffer.from(value.replace(/\r(?!\n)|(?<!\r)\n/g, '\r\n')) : Buffer.from(await value.arrayBuffer()), Buffer.from('\r\n'));
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  headers['content-type'] = `multipart/form-data; boundary=${boundary}`;
  return Buffer.concat(parts);
}

function send(url: string, headers: Record<string, string>, payload: Buffer, signal: AbortSignal | undefined): Promise<Response> {
  return new Promise((resolve, reject) => {
    const request = (url.startsWith('https:') ? httpsRequest : httpRequest)(url, { method: 'POST', headers, ...(signal ? { signal } : {}) }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('error', reject);
      res.on('end', () => {
        const status = res.statusCode ?? 0;
        try {
          const response = new Response(NO_BODY.has(status) ? null : Buffer.concat(chunks), { status, statusText: res.statusMessage ?? '', headers: responseHeaders(res.headers) });
          Object.defineProperty(response, 'url', { value: url });
          resolve(response);
        } catch (error) {
          reject(error instanceof Error ? error : new Error(String(error)));
        }
      });
    });
    request.on('error', reject);
    request.end(payload);
  });
}

const NO_BODY = new Set([101, 204, 205, 304]);

function responseHeaders(given: IncomingHttpHeaders): [string, string][] {
  const out: [string, string][] = [];
  for (const [name, value] of Object.entries(given)) {
    if (value === undefined) continue;
    for (const one of Array.isArray(value) ? value : [value]) out.push([name, one]);
  }
  return out;
}
