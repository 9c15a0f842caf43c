/** `/cancer-deadlines [dagar | add … | remove …]`. PLACEHOLDER until issue 5's handler lands. */
import type { CommandHandler } from './types.ts';

export const deadlinesCommand: CommandHandler = () => ({ ok: true, text: 'Inga deadlines ännu.' });
