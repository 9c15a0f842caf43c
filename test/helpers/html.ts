/**
 * Web pages made in the tests from source texts, as a browser saves them: a head with the page's
 * title, site and date, a header with navigation, breadcrumbs, a cookie banner, share buttons and a
 * footer around the article. The article holds the text: a short unpunctuated line is a heading,
 * "-"/"•" lines a list (or, with `table`, rows of a table), other lines paragraphs.
 */
const escape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export interface PageLayout {
  title?: string;
  site?: string;
  /** ISO date for the article:published_time meta tag. */
  published?: string;
  /** Lists of "label – amount" become two-column tables. */
  table?: boolean;
}

function article(text: string, layout: PageLayout): string {
  const out: string[] = [];
  let list: string[] = [];
  const flushList = () => {
    if (!list.length) return;
    if (layout.table && list.every((l) => / – /.test(l))) {
      const rows = list.map((l) => {
        const at = l.lastIndexOf(' – ');
        return `<tr><td>${escape(l.slice(0, at))}</td><td>${escape(l.slice(at + 3))}</td></tr>`;
      });
      out.push(`<table><thead><tr><th>Område</th><th>Belopp</th></tr></thead><tbody>${rows.join('')}</tbody></table>`);
    } else out.push(`<ul>${list.map((l) => `<li>${escape(l)}</li>`).join('')}</ul>`);
    list = [];
  };
  let paragraph: string[] = [];
  const flushParagraph = () => {
    const lines = paragraph;
    paragraph = [];
    if (!lines.length) return;
    const short = (l: string) => l.split(' ').length <= 10 && !/[.!?:;,]$/.test(l);
    // A heading, or a paragraph.
    if (lines.length === 1 && short(lines[0]!)) out.push(`<h2>${escape(lines[0]!)}</h2>`);
    // Lines run on where the next one continues a sentence, else stand apart (a name above a title, a caption).
    else out.push(`<p>${lines.map((l, i) => escape(l) + (i + 1 < lines.length ? (/^[\p{Ll}\d(]/u.test(lines[i + 1]!) ? ' ' : '<br>\n') : '')).join('')}</p>`);
  };
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    const item = /^(?:[-•*]|\d{1,2}\.)\s+(.*)$/u.exec(line);
    if (item) {
      flushParagraph();
      list.push(item[1]!);
      continue;
    }
    flushList();
    // A line of its own (a heading, a label) or the next line of a paragraph.
    if (!line || (paragraph.length && /[.!?:]$/.test(paragraph.at(-1)!))) flushParagraph();
    if (line) paragraph.push(line);
  }
  flushParagraph();
  flushList();
  return out.join('\n');
}

export function makeHtml(text: string, layout: PageLayout = {}): string {
  const title = layout.title ?? 'Sidan';
  return `<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8">
<title>${escape(title)} - ${escape(layout.site ?? 'Webbplatsen')}</title>
<meta property="og:title" content="${escape(title)}">
<meta property="og:site_name" content="${escape(layout.site ?? 'Webbplatsen')}">
${layout.published ? `<meta property="article:published_time" content="${layout.published}T08:00:00+01:00">` : ''}
<style>.x{color:red}</style><script>window.track = 1;</script>
</head><body>
<div id="cookie-consent" class="cookie-banner"><p>Vi använder kakor för att webbplatsen ska fungera. Genom att fortsätta godkänner du att vi använder kakor.</p><button>Godkänn alla kakor</button><button>Endast nödvändiga</button></div>
<a class="skip-link" href="#main">Hoppa till innehållet</a>
<header class="site-header"><a href="/">${escape(layout.site ?? 'Webbplatsen')}</a>
<nav aria-label="Huvudmeny"><ul><li><a href="/a">Hälsa och sjukvård</a></li><li><a href="/b">Ekonomi</a></li><li><a href="/c">Om oss</a></li><li><a href="/d">Press</a></li></ul></nav>
<form role="search"><input name="q"><button>Sök</button></form></header>
<nav class="breadcrumbs" aria-label="Brödsmulor"><ol><li><a href="/">Start</a></li><li><a href="/h">Hälsa och sjukvård</a></li><li>Cancervård</li></ol></nav>
<main id="main"><article>
<h1>${escape(title)}</h1>
${article(text, layout)}
<div class="share-buttons"><a href="#">Dela på Facebook</a> <a href="#">Dela på LinkedIn</a> <a href="#">Skriv ut</a></div>
</article></main>
<aside class="related"><h2>Relaterat</h2><ul><li><a href="/r1">Standardiserade vårdförlopp</a></li><li><a href="/r2">Nationella vårdprogram</a></li></ul></aside>
<footer class="site-footer"><p>${escape(layout.site ?? 'Webbplatsen')}, 118 82 Stockholm. Telefon 08-452 70 00.</p><ul><li><a href="/k">Kontakt</a></li><li><a href="/t">Tillgänglighetsredogörelse</a></li><li><a href="/c">Om kakor</a></li></ul></footer>
</body></html>
`;
}
