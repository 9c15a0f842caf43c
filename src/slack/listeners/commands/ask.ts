/** /cancer-ask <fråga>: the answer, visible to the asker, with a button to share it in the channel. */
import { askCommand } from '../../../commands/ask.ts';
import type { BotDeps } from '../../deps.ts';
import { commandListener } from './command.ts';

export const askListener = (deps: BotDeps) => commandListener(askCommand, deps, { share: true, showQuestion: true });
