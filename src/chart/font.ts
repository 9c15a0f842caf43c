/**
 * The one font charts are drawn with, from the `dejavu-fonts-ttf` package: a bare machine (CI, a
 * container) may have no fonts at all, and text drawn with none is invisible. DejaVu Sans has å, ä,
 * ö, the en dash and the arrow the charts write.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const fontDir = join(dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');

export const CHART_FONT = {
  family: 'DejaVu Sans',
  files: [join(fontDir, 'DejaVuSans.ttf'), join(fontDir, 'DejaVuSans-Bold.ttf'), join(fontDir, 'DejaVuSans-Oblique.ttf')],
} as const;
