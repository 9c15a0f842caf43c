/**
 * Two bot processes (`npm start`'s entry, HTTP mode, installs per workspace) on one PostgreSQL
 * database behind a round-robin proxy, as an operator runs replicas behind a load balancer. Slack
 * is stood in for at the wire. Two workspaces install the bot through the proxy (the install page
 * from one replica, Slack's redirect to the other); then every event is answered exactly once,
 * with its workspace's token, whichever replica gets it or its retry, also when one replica is
 * killed mid-load; and one workspace's state stays out of the other's.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDigestRunner, type PostDigest } from '../../src/digest/runner.ts';
import { openPostgresStore } from '../../src/store/postgres.ts';
import type { Store } from '../../src/store/types.ts';
import { manualClock, realCorpus } from '../digest/helpers.ts';
import { OAUTH_ENV } from '../helpers/bot.ts';
import { freshDatabaseUrl } from '../helpers/postgres.ts';
import { type HttpBotProcess, startHttpProcess, until } from '../helpers/process.ts';
import { slackClient } from '../helpers/slackClient.ts';
import { type SlackStandIn, startSlackStandIn } from '../helpers/slackStandIn.ts';

let slack: SlackStandIn;
let databaseUrl: string;
const replicas: HttpBotProcess[] = [];
const dataDirs: string[] = [];
let proxy: Server;
let proxyBase: string;

/** A load balancer in miniature: each request to the next live replica in turn, headers and body as they came. */
function roundRobin(): Promise<Server> {
  let next = 0;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const live = replicas.filter((r) => r.child.exitCode === null && r.child.signalCode === null);
      const target = live[next++ % live.length]!;
      const out = request({ host: '127.0.0.1', port: target.port, path: req.url, method: req.method, headers: req.headers }, (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      });
      out.on('error', () => {
        res.writeHead(502);
        res.end();
      });
      out.end(Buffer.concat(chunks));
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

const startReplica = async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'cancer-bot-replica-'));
  dataDirs.push(dataDir);
  const env = { ...OAUTH_ENV, SLACK_BOT_TOKEN: '', DATABASE_URL: databaseUrl, WORK_THREADS: '1' };
  replicas.push(await startHttpProcess({ slack, dataDir, env }));
};

beforeAll(async () => {
  slack = await startSlackStandIn();
  databaseUrl = await freshDatabaseUrl();
  // Started together: the migrations run once, under the database's lock.
  await Promise.all([startReplica(), startReplica()]);
  proxy = await roundRobin();
  proxyBase = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
}, 90_000);

afterAll(async () => {
  await Promise.all(replicas.map((r) => r.stop()));
  await new Promise((r) => proxy?.close(r));
  await slack?.close();
  for (const dir of dataDirs) rmSync(dir, { recursive: true, force: true });
});

/** The install page from one replica, Slack's redirect to the next, the state cookie carried between them. */
async function install(code: string): Promise<Response> {
  const page = await fetch(`${proxyBase}/slack/install`);
  const link = /href="(https:\/\/slack\.com\/oauth\/v2\/authorize\?[^"]+)"/.exec((await page.text()).replace(/&amp;/g, '&'))![1]!;
  const state = new URL(link).searchParams.get('state')!;
  const cookie = page.headers.get('set-cookie')!.split(';')[0]!;
  return fetch(`${proxyBase}/slack/oauth_redirect?code=${code}&state=${encodeURIComponent(state)}`, { headers: { cookie } });
}

const TEAMS = ['T0AAA', 'T0BBB'] as const;
/** What each DM channel got from the bot, and with which token. */
const postsTo = (channel: string) => slack.callsTo('chat.postMessage').filter((c) => c.body.channel === channel);

/**
 * Send one DM event through the proxy as Slack would: when the replica it reached does not answer
 * 200 (it was killed), Slack retries, and the retry reaches another replica.
 */
async function deliver(team: string, channel: string, text: string, eventId: string): Promise<void> {
  const event = { type: 'message', channel_type: 'im', channel, user: 'U0ASKER', text, ts: `${Date.now() / 1000}` };
  for (let retryNum = 0; retryNum < 4; retryNum++) {
    const res = await slackClient(`${proxyBase}/slack/events`, slack, team)
      .event(event, { eventId, ...(retryNum ? { retryNum } : {}) })
      .catch(() => null);
    if (res?.status === 200) return;
  }
  throw new Error(`event ${eventId} was never acknowledged`);
}

describe('two replicas on one PostgreSQL database', () => {
  it('install two workspaces, the redirect reaching the other replica than the install page', async () => {
    for (const [i, team] of TEAMS.entries()) {
      const res = await install(`ok-${team}-U0INST${i}`);
      expect(res.status).toBe(200);
      expect(await res.text()).toContain(`installerad i Workspace ${team}`);
    }
  });

  it('answer 200 events spread over both, retries sent to the other replica, exactly once each with its workspace\'s token', async () => {
    const events = Array.from({ length: 200 }, (_, i) => ({ team: TEAMS[i % 2]!, channel: `D0LOAD${i}`, id: `EvLOAD${i}` }));
    await Promise.all(events.map((e) => deliver(e.team, e.channel, 'hur mycket gick till barncancer 2024?', e.id)));
    // Slack's retries of every fourth event, straight to the replica that did not get it first (either may have).
    await Promise.all(
      events.filter((_, i) => i % 4 === 0).map((e, i) =>
        slackClient(replicas[i % 2]!.url, slack, e.team).event({ type: 'message', channel_type: 'im', channel: e.channel, user: 'U0ASKER', text: 'hur mycket gick till barncancer 2024?', ts: '1' }, { eventId: e.id, retryNum: 1 }),
      ),
    );
    await until(() => events.every((e) => postsTo(e.channel).length >= 1), 60_000, 'every event answered');
    await new Promise((r) => setTimeout(r, 500));
    for (const e of events) {
      expect(postsTo(e.channel).map((c) => c.authorization)).toEqual([`Bearer xoxb-${e.team}`]);
    }
  }, 90_000);

  it('lose nothing when one replica is killed mid-load: the other answers what it had taken', async () => {
    const events = Array.from({ length: 100 }, (_, i) => ({ team: TEAMS[i % 2]!, channel: `D0KILL${i}`, id: `EvKILL${i}` }));
    const sending = events.map(async (e, i) => {
      await new Promise((r) => setTimeout(r, i * 5));
      await deliver(e.team, e.channel, 'vad är totalen för 2024?', e.id);
    });
    await new Promise((r) => setTimeout(r, 150));
    replicas[1]!.child.kill('SIGKILL');
    await Promise.all(sending);
    // What the killed replica had acknowledged and not answered is answered by the other (its sweep, within seconds).
    await until(() => events.every((e) => postsTo(e.channel).length >= 1), 60_000, 'every event answered after the kill');
    await new Promise((r) => setTimeout(r, 500));
    for (const e of events) expect(postsTo(e.channel)).toHaveLength(1);
  }, 90_000);

  it("keep one workspace's taught phrases and deadlines from the other, whichever replica asks", async () => {
    await startReplica(); // the killed one back, as a restart brings it
    const reply = async (team: string, command: string, text: string, user: string) => {
      const { responseUrl } = await slackClient(`${proxyBase}/slack/events`, slack, team).command(command, text, { user_id: user });
      const path = new URL(responseUrl).pathname;
      await until(() => slack.calls.some((c) => c.path === path), 20_000, `the reply to ${command} ${text}`);
      return String(slack.calls.find((c) => c.path === path)!.body.text);
    };
    expect(await reply('T0AAA', '/cancer-admin', 'synonym add "smear tests" = livmoderhalscancer', 'U0INST0')).toContain('Inlärd som nr');
    expect(await reply('T0AAA', '/cancer-deadlines', 'add 2026-12-20 Rapport till styrelsen', 'U0INST0')).toContain('Rapport till styrelsen');
    for (let i = 0; i < 2; i++) {
      // Asked twice each, so that both replicas answer.
      expect(await reply('T0AAA', '/cancer-admin', 'synonym list', 'U0INST0')).toContain('smear tests');
      expect(await reply('T0BBB', '/cancer-admin', 'synonym list', 'U0INST1')).toContain('Inga inlärda fraser');
      expect(await reply('T0BBB', '/cancer-deadlines', '30', 'U0INST1')).not.toContain('Rapport till styrelsen');
      expect(await reply('T0AAA', '/cancer-deadlines', '30', 'U0INST0')).toContain('Rapport till styrelsen');
    }
  }, 90_000);
});

describe("two replicas' digest schedulers on one PostgreSQL database", () => {
  it('post each of 25 channels of two workspaces once, with that workspace\'s poster', async () => {
    const url = await freshDatabaseUrl();
    const [a, b] = await Promise.all([openPostgresStore(url), openPostgresStore(url)]);
    try {
      const channels = Array.from({ length: 25 }, (_, i) => ({ team: TEAMS[i % 2]!, channel: `C0DIG${i}` }));
      for (const c of channels) await a.forTeam(c.team).subscribe({ channelId: c.channel, time: '08:00', subscribedBy: 'U0SUB', now: new Date('2026-11-22T11:00:00Z') });
      const clock = manualClock('2026-11-23T07:00:00Z');
      const posts: { team: string; channel: string }[] = [];
      // Each workspace's poster, as workspacePosters hands out one per token; slow, so both schedulers are mid-send at once.
      const postFor = async (team: string): Promise<PostDigest> =>
        Object.assign(async (channel: string) => {
          await new Promise((r) => setTimeout(r, 5));
          posts.push({ team, channel });
        }, {});
      const runner = (store: Store, claimant: string) =>
        createDigestRunner({ store, corpus: realCorpus(), post: async () => { throw new Error('the one-token poster is not used'); }, postFor, now: clock.now, claimant, log: () => {}, sleep: async () => {} });
      const [ra, rb] = [runner(a, 'replica-a'), runner(b, 'replica-b')];
      for (const at of ['07:00:00', '07:00:30', '07:01:00']) {
        clock.set(`2026-11-23T${at}Z`);
        await Promise.all([ra.runDue(), rb.runDue(), rb.runDue(), ra.runDue()]);
      }
      expect(posts.map((p) => `${p.team} ${p.channel}`).sort()).toEqual(channels.map((c) => `${c.team} ${c.channel}`).sort());
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });
});
