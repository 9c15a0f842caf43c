/** /cancer-digest on [HH:MM] | off | status | preview: the digest handler (issue 5), rendered. */
import { digestCommand } from '../../../commands/digest.ts';
import type { BotDeps } from '../../deps.ts';
import { commandListener } from './command.ts';

export const digestListener = (deps: BotDeps) => commandListener(digestCommand, deps);
