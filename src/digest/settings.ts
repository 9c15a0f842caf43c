/** The digest's settings from the environment, validated: an empty string counts as unset (CONTRACT §3). */
import { z } from 'zod';
import { DEFAULT_HORIZON_DAYS } from './digest.ts';

/** DIGEST_HORIZON_DAYS: how many days ahead the digest looks, 1–366, default 60 (the range src/settings.ts accepts for the bot). */
export function horizonDaysFrom(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.DIGEST_HORIZON_DAYS;
  if (raw === undefined || raw.trim() === '') return DEFAULT_HORIZON_DAYS;
  const parsed = z.coerce.number().int().min(1).max(366).safeParse(raw.trim());
  if (!parsed.success) throw new Error('DIGEST_HORIZON_DAYS needs a whole number of days from 1 to 366');
  return parsed.data;
}

/** DATA_DIR: where the bot keeps its database, default ./var. */
export function dataDirFrom(env: NodeJS.ProcessEnv = process.env): string {
  const raw = env.DATA_DIR;
  return raw === undefined || raw.trim() === '' ? './var' : raw;
}
