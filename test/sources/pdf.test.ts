/**
 * A PDF's text in reading order: a page set in two columns reads down the left column, then the
 * right, and a paragraph runs on from one column into the next.
 */
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { pdfText } from '../../src/sources/pdf.ts';

function twoColumns(): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4' });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  doc.fontSize(16).text('Överenskommelse om cancervård 2027', { width: 450 });
  doc.moveDown();
  const left = Array.from({ length: 12 }, (_, i) => `Vänster mening ${i + 1} fortsätter en bit till.`).join(' ');
  const right = Array.from({ length: 12 }, (_, i) => `Höger mening ${i + 1}.`).join(' ');
  doc.fontSize(10).text(`${left} ${right}`, { columns: 2, columnGap: 20, height: 200, width: 450 });
  doc.end();
  return done;
}

describe('a PDF page in two columns', () => {
  it('reads the left column, then the right, one paragraph across them', async () => {
    const { text, pages } = await pdfText(await twoColumns(), 'spalter.pdf');
    expect(pages).toBe(1);
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain('Vänster mening 12 fortsätter en bit till. Höger mening 1.');
    expect(flat.indexOf('Vänster mening 1 ')).toBeLessThan(flat.indexOf('Höger mening 1.'));
    expect(flat.indexOf('Höger mening 12.')).toBeGreaterThan(flat.indexOf('Vänster mening 12 '));
    // One blank line: after the title; the body is one paragraph across both columns.
    expect(text.trim().split(/\n\s*\n/)).toHaveLength(2);
  });
});
