/**
 * The work the Slack shell hands off its event loop, as plain data in and out: answering a
 * question (understand → compose → render) and drawing a chart. `doJob` does one job; it runs in
 * a worker thread of the pool (pool.ts, worker.ts) or, for tests and the console, in-process
 * (inline.ts). Everything that crosses here survives structured cloning: a question as read
 * travels as its JSON (questionToJson), a chart as PNG bytes.
 */
import { answerTurn } from '../answer/answer.ts';
import type { Answer, AnswerOptions, Language, TaughtPhrase } from '../answer/types.ts';
import { buildChart, type ChartRequest } from '../chart/chart.ts';
import { asksForChart, chartForAnswer } from '../chart/offer.ts';
import { chartPng } from '../chart/render.ts';
import type { Corpus } from '../corpus/load.ts';
import { answerMessage, type AnswerMessageOptions, type SlackMessage } from '../render/answer.ts';
import { fullListModal, type ModalView } from '../render/modals.ts';
import { questionFromJson, questionToJson } from '../understand/followUp.ts';

/** One question to answer, with everything the core needs that lives in the main thread (the store's taught phrases, the conversation). */
export interface AnswerJob {
  kind: 'answer';
  question: string;
  /** Today in Europe/Stockholm (ISO), as the main thread's clock says. */
  today: string;
  taught: readonly TaughtPhrase[];
  /** The conversation's last question as read (questionToJson), for a follow-up. */
  previous?: string;
  /**
   * How to render: a message (with its options), the full list's modal, or nothing (the caller
   * needs only the answer). `chartIfAsked`: when the question asks for a chart ("visa ett
   * diagram …") and the answer has one, the message says it comes, and `chart` names it.
   */
  render: { as: 'message'; options?: AnswerMessageOptions; chartIfAsked?: boolean } | { as: 'fullList' } | { as: 'none' };
}

/** A chart to draw, in a language. */
export interface DrawJob {
  kind: 'draw';
  request: ChartRequest;
  language: Language;
}

export type Job = AnswerJob | DrawJob;

export interface Answered {
  answer: Answer;
  /** The question as read (questionToJson), to keep as the conversation's last. */
  read: string;
  message?: SlackMessage;
  view?: ModalView;
  /** The chart the question asked for and the answer can show, to draw after it. */
  chart: ChartRequest | null;
}

/** A drawn chart, or why the facts cannot draw it (said to the user). */
export type Drawn = { ok: true; png: Uint8Array; title: string; alt: string } | { ok: false; message: string };

export function answerJob(corpus: Corpus, job: AnswerJob, answerWith: (q: string, opts: AnswerOptions) => ReturnType<typeof answerTurn> = answerTurn): Answered {
  const previous = job.previous ? questionFromJson(job.previous) : null;
  const { answer, question } = answerWith(job.question, { corpus, today: job.today, taught: job.taught, ...(previous ? { previous } : {}) });
  const render = job.render;
  const chart = render.as === 'message' && render.chartIfAsked && asksForChart(job.question) ? chartForAnswer(answer.intent, answer.facts) : null;
  return {
    answer,
    read: questionToJson(question),
    chart,
    ...(render.as === 'message' ? { message: answerMessage(answer, corpus, { ...render.options, ...(chart ? { chartSent: true } : {}) }) } : {}),
    ...(render.as === 'fullList' ? { view: fullListModal(answer, corpus) } : {}),
  };
}

export async function drawJob(corpus: Corpus, job: DrawJob): Promise<Drawn> {
  const chart = buildChart(corpus, job.request, job.language);
  if (!chart.ok) return { ok: false, message: chart.message };
  const png = await chartPng(chart.spec);
  return { ok: true, png: new Uint8Array(png.buffer, png.byteOffset, png.byteLength), title: chart.alt.split(':')[0]!, alt: chart.alt };
}

/** Do one job. */
export function doJob(corpus: Corpus, job: Job): Promise<Answered | Drawn> {
  return job.kind === 'answer' ? Promise.resolve().then(() => answerJob(corpus, job)) : drawJob(corpus, job);
}
