/**
 * The signed DM events the load benchmarks send (`http.bench.ts`, `cpu.bench.ts`): each in a
 * channel of its own, asking one of a few staff questions in turn, in Events API form.
 */
import { TEAM_ID } from '../../test/helpers/slackStandIn.ts';

export const QUESTIONS = [
  'Hur mycket gick till barncancer 2024?',
  'Vad är totalen för överenskommelsen 2026?',
  'Vilka insatser ska RCC i samverkan göra 2024?',
  'How much went to childhood cancer in 2024?',
  'Hur betalas pengarna ut 2024?',
];

export interface Event {
  id: string;
  channel: string;
  body: string;
}

let run = 0;

/** `n` new events, tagged (ids and channels never repeat); `text(i)` is the i-th question. */
export function newEvents(n: number, tag: string, text = (i: number) => QUESTIONS[i % QUESTIONS.length]!): Event[] {
  run++;
  return Array.from({ length: n }, (_, i) => {
    const id = `Ev${tag}${run}X${i}`;
    const channel = `D0${tag}${run}X${i}`;
    const ts = (Date.now() / 1000).toFixed(6);
    const event = { type: 'message', channel, channel_type: 'im', user: 'U0LOAD', text: text(i), ts, event_ts: ts };
    return { id, channel, body: JSON.stringify({ token: 'x', team_id: TEAM_ID, api_app_id: 'A0APP', event, type: 'event_callback', event_id: id, event_time: Math.floor(Date.now() / 1000) }) };
  });
}
