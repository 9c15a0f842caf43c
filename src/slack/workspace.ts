/**
 * Which workspace a request comes from, and the store as that workspace sees it.
 *
 * With one bot token (SLACK_BOT_TOKEN) every request is the one workspace's, and its state is
 * kept under the team id '' (as before workspaces had state of their own). With installations
 * through OAuth, each request's state is its own workspace's: a middleware runs the rest of the
 * request (listeners, and everything they start) inside that workspace, and `requestStore` hands
 * each store call to `store.forTeam(that workspace)`. Work started outside a request (the digest
 * scheduler) names its workspaces itself.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Store } from '../store/types.ts';

const current = new AsyncLocalStorage<string>();

/** The workspace of the request being handled; '' outside requests and with one bot token. */
export const requestTeam = (): string => current.getStore() ?? '';

/** The workspace a Slack payload belongs to: the team id Bolt read into the context, or the payload's own. */
export function teamOfPayload(body: unknown, context?: { teamId?: string | undefined; enterpriseId?: string | undefined }): string | undefined {
  const b = body as { team_id?: string; team?: { id?: string } | null; user?: { team_id?: string }; enterprise_id?: string; authorizations?: { team_id?: string | null }[] };
  return context?.teamId ?? b.team_id ?? b.team?.id ?? b.user?.team_id ?? b.authorizations?.[0]?.team_id ?? context?.enterpriseId ?? b.enterprise_id ?? undefined;
}

/**
 * Bolt middleware: the rest of the request runs as its workspace's (`perWorkspace`), or as the one
 * workspace's ('') when the app has one bot token. The one workspace is what `requestTeam` says
 * outside any run, so that app never enters the async context at all: on Node 20 and 22 a first
 * `run` turns on promise hooks that every promise of the process then pays for.
 */
export function inWorkspace(perWorkspace: boolean) {
  if (!perWorkspace) return async ({ next }: { next: () => Promise<void> }): Promise<void> => next();
  return async ({ body, context, next }: { body: unknown; context: { teamId?: string; enterpriseId?: string }; next: () => Promise<void> }): Promise<void> => {
    await current.run(teamOfPayload(body, context) ?? '', next);
  };
}

/**
 * The store as the current request's workspace sees it: every call goes to
 * `store.forTeam(requestTeam())`. A plain object with the store's methods, so that it can be
 * wrapped (watchStore) like any store.
 */
export function requestStore(store: Store): Store {
  const scoped = {} as Record<string, unknown>;
  for (const key of Object.keys(store) as (keyof Store)[]) {
    const value = store[key];
    if (typeof value !== 'function' || key === 'forTeam' || key === 'close' || key === 'ping') continue;
    scoped[key] = (...args: unknown[]) => (store.forTeam(requestTeam())[key] as (...a: unknown[]) => unknown)(...args);
  }
  Object.defineProperty(scoped, 'teamId', { get: requestTeam, enumerable: true });
  return Object.assign(scoped, {
    location: store.location,
    forTeam: (team: string) => store.forTeam(team),
    ping: () => store.ping(),
    close: () => store.close(),
  }) as unknown as Store;
}
