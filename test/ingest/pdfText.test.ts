/**
 * Text made from a PDF, as ingest reads it: a word hyphenated at a line end is read whole and quoted
 * as printed; page headers, footers and numbers between pages (marked by a form feed) are furniture
 * that a paragraph runs on across; a title broken over two lines is one heading.
 */
import { describe, expect, it } from 'vitest';
import { readDocument, sentences } from '../../src/ingest/document.ts';
import { pageFurniture } from '../../src/ingest/pages.ts';

describe('words hyphenated at line ends', () => {
  it('reads "standardi-" / "serade" as one word and quotes it as printed', () => {
    const [block] = readDocument('Regionerna ska införa standardi-\nserade vårdförlopp för fler diagnoser.\n');
    expect(block!.text).toBe('Regionerna ska införa standardiserade vårdförlopp för fler diagnoser.');
    expect(sentences(block!)[0]!.quote).toBe('Regionerna ska införa standardi- serade vårdförlopp för fler diagnoser.');
  });

  it('keeps a hyphen that belongs to the word ("SVF-" / "arbetet") and one before "och" ("bild-" / "och funktionsmedicin")', () => {
    expect(readDocument('RCC ska stödja SVF-\narbetet i regionerna.\n')[0]!.text).toBe('RCC ska stödja SVF-arbetet i regionerna.');
    expect(readDocument('Satsningar på bild-\noch funktionsmedicin ska fortsätta.\n')[0]!.text).toBe('Satsningar på bild- och funktionsmedicin ska fortsätta.');
  });
});

describe('pages', () => {
  const text = [
    'Sveriges Kommuner och Regioner 2026-12-18', '', 'Överenskommelse om cancervård', 'med kortare väntetider 2027', '',
    'Regionerna ska under året följa upp', '', 'Sida 1 av 2', '\f',
    'Sveriges Kommuner och Regioner 2026-12-18', '', 'ledtiderna i vårdförloppen.', '', '13 miljoner kronor', '', 'Sida 2 av 2',
  ].join('\n');

  it('knows page numbers and lines that repeat at the edges of pages, never an amount', () => {
    const lines = text.split('\n');
    const furniture = [...pageFurniture(lines)].map((i) => lines[i]);
    expect(furniture.sort()).toEqual(['\f', 'Sida 1 av 2', 'Sida 2 av 2', 'Sveriges Kommuner och Regioner 2026-12-18', 'Sveriges Kommuner och Regioner 2026-12-18']);
  });

  it('runs a paragraph on across the page break and reads a title broken over two lines as one heading', () => {
    const blocks = readDocument(text);
    expect(blocks.map((b) => [b.kind, b.text])).toEqual([
      ['heading', 'Överenskommelse om cancervård med kortare väntetider 2027'],
      ['paragraph', 'Regionerna ska under året följa upp ledtiderna i vårdförloppen.'],
      ['heading', '13 miljoner kronor'],
    ]);
    // The quote runs across the furniture, so that it is found in the text as it stands.
    expect(sentences(blocks[1]!)[0]!.quote).toBe('Regionerna ska under året följa upp Sida 1 av 2 Sveriges Kommuner och Regioner 2026-12-18 ledtiderna i vårdförloppen.');
  });
});
