import type { App } from '@slack/bolt';
import type { BotDeps } from '../../deps.ts';
import { adminListener } from './admin.ts';
import { askListener } from './ask.ts';
import { deadlinesListener } from './deadlines.ts';
import { digestListener } from './digest.ts';
import { totalsListener } from './totals.ts';

/** The slash commands the app registers; manifest.yml lists exactly these. */
export const COMMANDS = ['/cancer-ask', '/cancer-totals', '/cancer-deadlines', '/cancer-digest', '/cancer-admin'] as const;

export function registerCommands(app: App, deps: BotDeps): void {
  app.command('/cancer-ask', askListener(deps));
  app.command('/cancer-totals', totalsListener(deps));
  app.command('/cancer-deadlines', deadlinesListener(deps));
  app.command('/cancer-digest', digestListener(deps));
  app.command('/cancer-admin', adminListener(deps));
}
