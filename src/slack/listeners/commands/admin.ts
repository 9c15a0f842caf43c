/** /cancer-admin report | synonym …: the curators' commands (admins only), rendered. */
import { adminCommand } from '../../../commands/admin.ts';
import type { BotDeps } from '../../deps.ts';
import { commandListener } from './command.ts';

export const adminListener = (deps: BotDeps) => commandListener(adminCommand, deps);
