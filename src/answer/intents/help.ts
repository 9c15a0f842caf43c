/**
 * help, thanks and what cannot be answered: what the bot does (the years it covers read from the
 * corpus, so a new year needs no code change) and examples to try.
 */
import type { Composed } from '../compose.ts';
import type { Ctx } from '../context.ts';
import { listWords } from '../format.ts';
import { closingNotes, t } from '../words.ts';

/** Example questions in each language; the years in them are the newest the corpus has. */
export function examples(ctx: Pick<Ctx, 'lang' | 'sourceYears'>): string[] {
  const years = ctx.sourceYears;
  const newest = years.at(-1) ?? 2024;
  const [a, b] = [years[0] ?? newest, newest];
  return ctx.lang === 'sv'
    ? [`Hur mycket gick till barncancer ${years.at(-2) ?? newest}?`, 'Vilka insatser har RCC i samverkan?', `Vad är nytt ${newest}?`, 'Vilka deadlines finns framöver?', `Jämför totalen ${a} och ${b}`]
    : [`How much went to childhood cancer in ${years.at(-2) ?? newest}?`, 'Which tasks does RCC i samverkan own?', `What is new in ${newest}?`, 'Which deadlines are coming up?', `Compare the totals of ${a} and ${b}`];
}

function withExamples(ctx: Ctx, intent: Composed['intent'], answered: boolean, lead: string): Composed {
  return {
    intent,
    answered,
    facts: [],
    lead,
    sections: [{ title: t(ctx, 'Prova till exempel:', 'Try, for example:'), items: examples(ctx).map((text) => ({ text, facts: [] })) }],
    notes: [],
  };
}

export function help(ctx: Ctx): Composed {
  const years = listWords(ctx.sourceYears, ctx.lang);
  return withExamples(
    ctx,
    'help',
    true,
    t(ctx, `Jag svarar på frågor om överenskommelserna om jämlik och effektiv cancervård (${years}), med belopp och insatser och deras källor.`, `I answer questions about the cancer-care agreements (${years}), with figures, tasks and their sources.`),
  );
}

export function thanks(ctx: Ctx): Composed {
  return { intent: 'thanks', answered: true, facts: [], lead: t(ctx, 'Varsågod! Fråga gärna mer om cancervårdsöverenskommelserna.', "You're welcome! Ask me anything else about the cancer-care agreements."), sections: [], notes: [] };
}

export function unknown(ctx: Ctx): Composed {
  const r = withExamples(ctx, 'unknown', false, t(ctx, 'Det kan jag inte svara på utifrån källorna.', "I can't answer that from the sources."));
  return { ...r, notes: closingNotes(ctx) };
}

export function empty(ctx: Ctx): Composed {
  return withExamples(ctx, 'empty', false, t(ctx, 'Skriv en fråga om cancervårdsöverenskommelserna mellan regeringen och SKR.', 'Please write a question about the cancer-care agreements between the Government and SKR.'));
}

export function tooLong(ctx: Ctx, limit: number): Composed {
  return {
    intent: 'too-long',
    answered: false,
    facts: [],
    lead: t(ctx, `Meddelandet är för långt (över ${limit} tecken). Ställ en kortare fråga, till exempel "${examples(ctx)[0]}"`, `The message is too long (over ${limit} characters). Please ask a shorter question, for example "${examples(ctx)[0]}"`),
    sections: [],
    notes: [],
  };
}
