/** `/cancer-digest on [HH:MM] | off | status | preview`. PLACEHOLDER until issue 5's handler lands. */
import type { CommandHandler } from './types.ts';

export const digestCommand: CommandHandler = () => ({ ok: false, text: 'Sammanfattningen är inte på plats ännu.' });
