/** /cancer-totals [år | år-år]: yearly totals, or one year's budget lines and flows. */
import { totalsCommand } from '../../../commands/totals.ts';
import type { BotDeps } from '../../deps.ts';
import { commandListener } from './command.ts';

export const totalsListener = (deps: BotDeps) => commandListener(totalsCommand, deps);
