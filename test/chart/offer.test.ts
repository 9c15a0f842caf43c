import { describe, expect, it } from 'vitest';
import { answer } from '../../src/answer/answer.ts';
import { answerMessage } from '../../src/render/answer.ts';
import { buttonsOf, realCorpus } from '../helpers/bot.ts';

const today = '2026-11-23';
/** The show_chart button's value on the answer to a question, or null when there is none. */
const chartOffer = (question: string) => {
  const message = answerMessage(answer(question, { corpus: realCorpus(), today }), realCorpus());
  const button = buttonsOf(message.blocks).find((b) => b.action_id === 'show_chart');
  return button ? { text: button.text.text, value: JSON.parse(button.value) } : null;
};

describe('answers that offer a chart', () => {
  it('a total, a comparison and a trend offer the totals chart, in the answer\'s language', () => {
    expect(chartOffer('vad är totalen 2024?')).toEqual({ text: 'Visa diagram', value: { c: 'totals', l: 'sv' } });
    expect(chartOffer('compare the totals of 2021 and 2024')).toEqual({ text: 'Show chart', value: { c: 'totals', l: 'en' } });
    expect(chartOffer('hur har totalen utvecklats')?.value).toEqual({ c: 'totals', l: 'sv' });
  });

  it('a year\'s budget lines offer that chart; payments offer the flows chart', () => {
    expect(chartOffer('budgetrader 2024')?.value).toEqual({ c: 'lines', y: 2024, l: 'sv' });
    expect(chartOffer('hur betalas pengarna ut 2024')?.value).toEqual({ c: 'flows', y: 2024, l: 'sv' });
  });

  it('an answer about tasks or one budget line offers none', () => {
    expect(chartOffer('vilka insatser ska RCC i samverkan göra 2024?')).toBeNull();
    expect(chartOffer('hur mycket gick till barncancer 2024?')).toBeNull();
  });
});
