/**
 * What Slack's assistant side panel shows before anyone asks: a short greeting and four suggested
 * prompts, built from the corpus so that each is a question the bot answers — the newest year's
 * total, what is new that year, the coming deadlines (or, when none are coming, that year's budget
 * lines), and the tasks of RCC i samverkan in the newest year that lists them. Never a year without a source.
 */
import type { Language } from '../answer/types.ts';
import type { Corpus } from '../corpus/load.ts';

export interface PanelPrompt {
  /** What the prompt's button says (short). */
  title: string;
  /** The question it asks. */
  message: string;
}

const OWNER = 'RCC i samverkan';

const newestWith = (corpus: Corpus, test: (f: Corpus['facts'][number]) => boolean): number | null =>
  corpus.facts.filter((f) => test(f) && f.year !== null).reduce<number | null>((max, f) => (max === null || f.year! > max ? f.year! : max), null);

export function panelPrompts(corpus: Corpus, today: string, language: Language): PanelPrompt[] {
  const sv = language === 'sv';
  const out: PanelPrompt[] = [];
  const total = newestWith(corpus, (f) => f.kind === 'total');
  if (total !== null) {
    out.push(sv ? { title: `Totalen ${total}`, message: `Hur mycket omfattar överenskommelsen ${total}?` } : { title: `The ${total} total`, message: `How much is the agreement for ${total}?` });
    out.push(sv ? { title: `Nytt ${total}`, message: `Vad är nytt ${total}?` } : { title: `New in ${total}`, message: `What is new in ${total}?` });
  }
  const coming = corpus.facts.some((f) => f.kind === 'deadline' && f.date !== null && f.date >= today);
  const lines = newestWith(corpus, (f) => f.kind === 'budget');
  if (coming) out.push(sv ? { title: 'Kommande deadlines', message: 'Vilka deadlines är på gång?' } : { title: 'Upcoming deadlines', message: 'Which deadlines are coming up?' });
  else if (lines !== null) out.push(sv ? { title: `Budgetraderna ${lines}`, message: `Vilka budgetrader har ${lines}?` } : { title: `The ${lines} budget lines`, message: `What are the budget lines of ${lines}?` });
  const tasks = newestWith(corpus, (f) => f.kind === 'insats' && f.owner === OWNER);
  if (tasks !== null) out.push(sv ? { title: `${OWNER}s insatser ${tasks}`, message: `Vad ska ${OWNER} göra ${tasks}?` } : { title: `${OWNER}'s tasks ${tasks}`, message: `What must ${OWNER} do in ${tasks}?` });
  return out;
}

export function panelGreeting(language: Language): string {
  return language === 'en'
    ? 'Hi! Ask me about the cancer-care agreements between the Government and SKR — amounts, tasks, deadlines — in English or Swedish. Every figure comes with its source.'
    : 'Hej! Fråga mig om cancervårdens överenskommelser mellan regeringen och SKR — belopp, insatser, deadlines — på svenska eller engelska. Varje siffra får sin källa.';
}

/** The panel's status line while a question is answered. */
export const panelStatus = (language: Language): string => (language === 'en' ? 'is reading the sources…' : 'läser i källorna…');

/** A thread's title from its first question: its first line, cut at a word within 60 characters. */
export function panelTitle(question: string): string {
  const line = question.split('\n').find((l) => l.trim())?.trim() ?? '';
  if (line.length <= 60) return line;
  const cut = line.slice(0, 60);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 30 ? cut.lastIndexOf(' ') : 60)}…`;
}
