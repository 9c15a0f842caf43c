/**
 * Where in a JSON text a value stands: maps a path such as [3, "amountSEK"] to its 1-based line,
 * so that a bad data file can be reported as "data/facts/x.json:118: amountSEK: ...".
 */

type Path = (string | number)[];

/** Lines of every value in `text`, keyed by its path joined with "/". Throws a SyntaxError with the line on bad JSON. */
export function valueLines(text: string): Map<string, number> {
  const lines = new Map<string, number>();
  let i = 0;
  let line = 1;

  const fail = (what: string): never => {
    throw new SyntaxError(`line ${line}: ${what}`);
  };
  // JSON's own whitespace only: a BOM or a no-break space is an error here, as it is for JSON.parse.
  const ws = () => {
    while (i < text.length && /[ \t\n\r]/.test(text[i]!)) {
      if (text[i] === '\n') line++;
      i++;
    }
  };
  const str = (): string => {
    const start = i;
    i++;
    while (i < text.length && text[i] !== '"') {
      if (text[i] === '\\') i++;
      if (text[i] === '\n') fail('line break inside a string');
      i++;
    }
    if (i >= text.length) fail('unterminated string');
    i++;
    try {
      return JSON.parse(text.slice(start, i)) as string;
    } catch (e) {
      return fail(`bad string (${(e as Error).message.replace(/ in JSON at position \d+.*$/s, '')})`);
    }
  };
  const value = (path: Path) => {
    ws();
    lines.set(path.join('/'), line);
    const c = text[i];
    if (c === '{') {
      i++;
      ws();
      if (text[i] === '}') return void i++;
      for (;;) {
        ws();
        if (text[i] !== '"') fail(`expected a property name, found ${JSON.stringify(text[i] ?? 'end of file')}`);
        const key = str();
        ws();
        if (text[i] !== ':') fail(`expected ":" after "${key}"`);
        i++;
        value([...path, key]);
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === '}') return void i++;
        else fail(`expected "," or "}", found ${JSON.stringify(text[i] ?? 'end of file')}`);
      }
    }
    if (c === '[') {
      i++;
      ws();
      if (text[i] === ']') return void i++;
      for (let n = 0; ; n++) {
        value([...path, n]);
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === ']') return void i++;
        else fail(`expected "," or "]", found ${JSON.stringify(text[i] ?? 'end of file')}`);
      }
    }
    if (c === '"') return void str();
    const m = /^(?:-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)/.exec(text.slice(i, i + 40));
    if (!m) fail(`unexpected ${JSON.stringify(c ?? 'end of file')}`);
    if (/^-?0\d/.test(text.slice(i, i + 3))) fail('a number with a leading zero');
    i += m![0].length;
  };
  value([]);
  ws();
  if (i < text.length) fail('unexpected text after the end of the JSON value');
  return lines;
}

/** The line of the deepest known prefix of `path`. */
export function lineOf(lines: Map<string, number>, path: Path): number {
  for (let n = path.length; n >= 0; n--) {
    const hit = lines.get(path.slice(0, n).join('/'));
    if (hit !== undefined) return hit;
  }
  return 1;
}
