/** The slash commands by name, as manifest.yml lists them. Shells look commands up here. */
import { adminCommand } from './admin.ts';
import { askCommand } from './ask.ts';
import { deadlinesCommand } from './deadlines.ts';
import { digestCommand } from './digest.ts';
import { totalsCommand } from './totals.ts';
import type { CommandHandler } from './types.ts';

export const COMMANDS: Record<string, CommandHandler> = {
  '/cancer-ask': askCommand,
  '/cancer-totals': totalsCommand,
  '/cancer-deadlines': deadlinesCommand,
  '/cancer-digest': digestCommand,
  '/cancer-admin': adminCommand,
};
