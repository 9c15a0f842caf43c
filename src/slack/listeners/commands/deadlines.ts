/** /cancer-deadlines [dagar | add … | remove …]: the deadlines handler (issue 5), rendered. */
import { deadlinesCommand } from '../../../commands/deadlines.ts';
import type { BotDeps } from '../../deps.ts';
import { commandListener } from './command.ts';

export const deadlinesListener = (deps: BotDeps) => commandListener(deadlinesCommand, deps);
