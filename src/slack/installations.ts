/**
 * Installing the bot per workspace (OAuth v2, HTTP mode): Bolt's own install flow over our store.
 *
 * Bolt serves GET /slack/install (a page with "Add to Slack", the state signed with
 * SLACK_STATE_SECRET and kept in a cookie) and GET /slack/oauth_redirect (the code exchanged with
 * oauth.v2.access at SLACK_API_URL), and asks the installation store below for each request's
 * token. The store keeps Bolt's Installation whole, so that a refreshed token (token rotation)
 * is written back by the same call. Whoever installs the app becomes its first admin there.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Installation, InstallationQuery, InstallationStore } from '@slack/bolt';
import { BOT_SCOPES } from './scopes.ts';
import type { Store } from '../store/types.ts';

/** Where Bolt serves the install page and takes Slack's redirect (CONTRACT §3; the app's Redirect URL ends in the second). */
export const INSTALL_PATH = '/slack/install';
export const REDIRECT_PATH = '/slack/oauth_redirect';

/** The scopes an install asks for: exactly the manifest's (manifest.test.ts holds the two together). */
export const INSTALL_SCOPES = Object.keys(BOT_SCOPES);

type AnyInstallation = Installation<'v1' | 'v2', boolean>;

/** What an installation is stored under: its enterprise for an organisation-wide install, else its workspace. */
export function installKey(i: { isEnterpriseInstall?: boolean | undefined; enterpriseId?: string | undefined; teamId?: string | undefined }): string | undefined {
  return i.isEnterpriseInstall && i.enterpriseId ? i.enterpriseId : (i.teamId ?? i.enterpriseId);
}

/** The install key of a Slack payload (an event, a command, an action). */
export function installKeyOfPayload(body: unknown): string | undefined {
  const b = body as {
    is_enterprise_install?: boolean; enterprise_id?: string | null; enterprise?: { id?: string } | null; team_id?: string; team?: { id?: string } | null;
    authorizations?: { team_id?: string | null; enterprise_id?: string | null; is_enterprise_install?: boolean }[]; user?: { team_id?: string };
  };
  // An event names the installation it is for in its authorizations: in a channel shared with
  // another organisation (Slack Connect), team_id is the sender's workspace, not the installing one.
  const auth = b.authorizations?.[0];
  if (auth && (auth.team_id || auth.enterprise_id)) return installKey({ isEnterpriseInstall: auth.is_enterprise_install, enterpriseId: auth.enterprise_id ?? undefined, teamId: auth.team_id ?? undefined });
  const enterprise = b.enterprise_id ?? b.enterprise?.id ?? undefined;
  const team = b.team_id ?? b.team?.id ?? b.user?.team_id ?? undefined;
  return installKey({ isEnterpriseInstall: b.is_enterprise_install, enterpriseId: enterprise ?? undefined, teamId: team ?? undefined });
}

/** Bolt's InstallationStore on our store. */
export function storeInstallations(store: Store, now: () => Date = () => new Date()): InstallationStore {
  const keyOf = (q: InstallationQuery<boolean>) => installKey({ isEnterpriseInstall: q.isEnterpriseInstall, enterpriseId: q.enterpriseId, teamId: q.teamId });
  return {
    async storeInstallation(installation: AnyInstallation) {
      const teamId = installation.team?.id ?? null;
      const enterpriseId = installation.enterprise?.id ?? null;
      const key = installKey({ isEnterpriseInstall: installation.isEnterpriseInstall, enterpriseId: enterpriseId ?? undefined, teamId: teamId ?? undefined });
      if (!key) throw new Error('an installation without a workspace or an organisation');
      const at = now();
      const first = (await store.installation(key)) === null;
      await store.saveInstallation({ key, teamId, enterpriseId, installation: JSON.stringify(installation), installedBy: installation.user?.id ?? null, at });
      // Whoever installs the app first is the workspace's first admin (an organisation-wide install:
      // of the organisation's key). A later install (a member re-adding the app, a token refresh) makes no one an admin.
      if (first && installation.user?.id) await store.forTeam(teamId ?? key).addAdmin(installation.user.id, installation.user.id, at);
    },
    async fetchInstallation(query) {
      const key = keyOf(query);
      const found = key ? await store.installation(key) : null;
      if (!found) throw new Error(`the app is not installed in ${key ?? 'this workspace'}`);
      return JSON.parse(found.installation) as AnyInstallation;
    },
    async deleteInstallation(query) {
      const key = keyOf(query);
      if (key) await store.deleteInstallation(key);
    },
  } as InstallationStore;
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function page(res: ServerResponse, status: number, title: string, lines: string[]): void {
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
  res.end(`<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body style="font-family:sans-serif;max-width:40em;margin:3em auto"><h1>${escapeHtml(title)}</h1>${lines.map((l) => `<p>${escapeHtml(l)}</p>`).join('')}</body></html>`);
}

/** Why an install failed, in words: Bolt's error codes and Slack's own (`access_denied` when the person cancelled). */
function failureReason(error: { code?: string; message?: string }, req: IncomingMessage): string {
  const slackError = new URL(req.url ?? '/', 'http://x').searchParams.get('error');
  if (slackError === 'access_denied') return 'Installationen avbröts i Slack (access_denied). / The installation was cancelled in Slack.';
  if (slackError) return `Slack avbröt installationen (${slackError}). / Slack stopped the installation.`;
  if (error.code === 'slack_oauth_invalid_state' || /state/i.test(error.message ?? '')) {
    return 'Installationslänken har gått ut eller öppnades i en annan webbläsare: börja om från installationssidan. / The install link expired or was opened in another browser: start again from the install page.';
  }
  if (error.code === 'slack_oauth_missing_code') return 'Slack skickade ingen kod: börja om från installationssidan. / Slack sent no code: start again from the install page.';
  return `Slack godtog inte installationen (${error.message ?? error.code ?? 'okänt fel'}). / Slack did not accept the installation.`;
}

/** The pages after Slack's redirect: it worked (and where to go now), or why not. */
export function installPages(log: { info: (m: string) => void; warn: (m: string) => void }) {
  return {
    success: (installation: AnyInstallation, _options: unknown, _req: IncomingMessage, res: ServerResponse) => {
      const name = installation.team?.name ?? installation.enterprise?.name ?? installation.team?.id ?? '';
      log.info(`installed in ${installation.isEnterpriseInstall ? 'organisation' : 'workspace'} ${installation.enterprise?.id && installation.isEnterpriseInstall ? installation.enterprise.id : installation.team?.id} by ${installation.user?.id}`);
      page(res, 200, 'Cancerbotten är installerad', [
        `Boten är nu installerad i ${name}. Skriv till den i ett DM, nämn den i en kanal eller använd /cancer-ask. Du som installerade den är dess första administratör (/cancer-admin).`,
        `The bot is now installed in ${name}. Message it, mention it in a channel, or use /cancer-ask. You installed it, so you are its first admin.`,
      ]);
    },
    failure: (error: { code?: string; message?: string }, _options: unknown, req: IncomingMessage, res: ServerResponse) => {
      const reason = failureReason(error, req);
      log.warn(`an installation failed: ${error.code ?? ''} ${error.message ?? ''}`.trim());
      page(res, 400, 'Installationen blev inte klar', [reason]);
    },
  };
}
