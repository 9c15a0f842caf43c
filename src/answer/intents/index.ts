/**
 * Each intent of the registry (./traits.ts) bound to its composer: the type checker holds this map
 * to exactly the registry's names.
 */
import { MAX_MESSAGE_LENGTH } from '../../text/clean.ts';
import type { Composer } from '../compose.ts';
import type { Ctx } from '../context.ts';
import { amount } from './amount.ts';
import { areas } from './areas.ts';
import { compare } from './compare.ts';
import { deadlines } from './deadlines.ts';
import { definition } from './definition.ts';
import { funding } from './funding.ts';
import { empty, help, thanks, tooLong, unknown } from './help.ts';
import { lines } from './lines.ts';
import { whatIsNew } from './new.ts';
import { overview } from './overview.ts';
import { payment } from './payment.ts';
import { people } from './people.ts';
import { responsible } from './responsible.ts';
import { sourceInfo } from './source.ts';
import { tasks } from './tasks.ts';
import { topic } from './topic.ts';
import { total } from './total.ts';
import { trend } from './trend.ts';
import type { Intent } from './traits.ts';

export * from './traits.ts';

export const COMPOSERS: Record<Intent, Composer<Ctx>> = {
  thanks,
  help,
  source: sourceInfo,
  payment,
  overview,
  new: whatIsNew,
  compare,
  trend,
  deadlines,
  people,
  responsible,
  areas,
  lines,
  funding,
  tasks,
  total,
  definition,
  amount,
  topic,
  unknown,
  empty,
  'too-long': (ctx) => tooLong(ctx, MAX_MESSAGE_LENGTH),
};
