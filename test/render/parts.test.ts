/**
 * What Slack shows for a message that asked several things, and for an uncertain reading: each ask
 * under its own heading with its own sources, one row of votes; questions offered as buttons that
 * ask them.
 */
import { describe, expect, it } from 'vitest';
import { answer } from '../../src/answer/answer.ts';
import { answerMessage } from '../../src/render/answer.ts';
import { QuestionValue, readValue } from '../../src/render/actions.ts';
import { realCorpus, textOf } from '../helpers/bot.ts';

const today = '2026-11-23';

describe('several asks in one Slack message', () => {
  it('shows each ask as a heading over its own answer, and one row of votes', () => {
    const a = answer('Två snabba:\n- totalen 2021\n- vem är nationell cancersamordnare?', { corpus: realCorpus(), today });
    const { blocks, text } = answerMessage(a, realCorpus());
    const headings = blocks.filter((b) => b.type === 'context' && /\*[12]\.\*/u.test(JSON.stringify(b)));
    expect(headings.map((b) => JSON.stringify(b))).toEqual([expect.stringContaining('totalen 2021'), expect.stringContaining('vem är nationell cancersamordnare')]);
    expect(textOf(blocks)).toContain('*500 miljoner kronor*');
    expect(textOf(blocks)).toContain('Kjell Ivarsson');
    const actions = blocks.filter((b) => b.type === 'actions');
    expect(actions).toHaveLength(1);
    expect(JSON.stringify(actions[0])).toContain('feedback_up');
    expect(text.split('\n')[0]).toMatch(/^Överenskommelsen 2021 omfattar totalt 500 miljoner kronor/u);
  });
});

describe('questions offered when the reading was uncertain', () => {
  it('are buttons that ask them, under "Menade du …?"', () => {
    const a = answer('Hur mycket gick till kliniska studier 2024?', { corpus: realCorpus(), today });
    const { blocks } = answerMessage(a, realCorpus());
    expect(textOf(blocks)).toContain('Menade du något av detta?');
    const offered = blocks.flatMap((b) => (b.type === 'actions' ? (b as { elements: { action_id: string; value: string }[] }).elements : [])).filter((e) => /^ask_question_[1-3]$/u.test(e.action_id));
    expect(offered.map((e) => readValue(QuestionValue, e.value)?.q)).toEqual(a.suggestions);
  });
});
