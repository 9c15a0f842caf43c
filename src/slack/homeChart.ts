/**
 * The totals chart on the Home tab. A Home tab cannot attach a file, and the bot has no public
 * address for an image_url, so the PNG is uploaded once (files.uploadV2 with no channel: the file
 * stays private to the bot, which is who publishes the view) and shown by its Slack file id in an
 * image block, with alt text that states every figure. One upload per corpus and process; a
 * refused upload (no files:write) is logged once and tried again after RETRY_AFTER_MS, and the tab
 * shows the totals as text meanwhile.
 */
import type { AllMiddlewareArgs, Logger } from '@slack/bolt';
import type { Corpus } from '../corpus/load.ts';
import type { Drawn } from '../work/jobs.ts';
import type { Work } from '../work/work.ts';
import type { HomeChart } from '../render/home.ts';
import { slackReason } from './slackCall.ts';

/** How long a failed upload keeps the bot from trying again. */
export const RETRY_AFTER_MS = 10 * 60_000;

type Client = AllMiddlewareArgs['client'];

/** An upload done or under way for one corpus: the file and its alt text, or when it failed. */
type Upload = Promise<HomeChart | { failedAt: number }>;

const uploads = new WeakMap<Corpus, Upload>();

/** The id of the uploaded file in what files.uploadV2 answers (one completeUploadExternal response per file). */
function fileIdOf(result: unknown): string | null {
  const r = result as { files?: { files?: { id?: unknown }[] }[] } | null;
  const id = r?.files?.[0]?.files?.[0]?.id;
  return typeof id === 'string' ? id : null;
}

async function upload(work: Work, client: Client, logger: Logger): Upload {
  let chart: Drawn;
  try {
    chart = await work.draw({ request: { kind: 'totals' }, language: 'sv' });
  } catch (error) {
    logger.warn(`drawing the Home tab's totals chart failed (${(error as Error).message}); the tab shows the totals as text`);
    return { failedAt: Date.now() };
  }
  if (!chart.ok) return { failedAt: Date.now() };
  try {
    const file = Buffer.from(chart.png.buffer, chart.png.byteOffset, chart.png.byteLength);
    const result = await client.files.uploadV2({ file, filename: 'totaler.png', title: chart.title, alt_text: chart.alt.slice(0, 1000) });
    const fileId = fileIdOf(result);
    if (!fileId) throw new Error('Slack answered the upload without a file id');
    return { fileId, alt: chart.alt, title: chart.title };
  } catch (error) {
    logger.warn(`uploading the Home tab's totals chart failed: Slack said ${slackReason(error)}; the tab shows the totals as text`);
    return { failedAt: Date.now() };
  }
}

/**
 * The totals chart for the Home tab, uploading it the first time; null while no upload has
 * succeeded (the tab then shows the totals as text only). Never throws.
 */
export async function homeChart(corpus: Corpus, work: Work, client: Client, logger: Logger, now = Date.now()): Promise<HomeChart | null> {
  let pending = uploads.get(corpus);
  const done = pending ? await pending : null;
  if (done && 'fileId' in done) return done;
  if (!pending || (done && 'failedAt' in done && now - done.failedAt >= RETRY_AFTER_MS)) {
    pending = upload(work, client, logger);
    uploads.set(corpus, pending);
  }
  const result = await pending;
  return 'fileId' in result ? result : null;
}

/** Forget the uploaded chart (Slack refused to show it, e.g. the file was deleted): the next opening uploads it again. */
export function forgetHomeChart(corpus: Corpus): void {
  uploads.delete(corpus);
}
