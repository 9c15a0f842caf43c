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
  const ws = () => {
    while (i < text.length && /\s/.test(text[i]!)) {
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
    return JSON.parse(text.slice(start, i)) as string;
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
    const m = /^(?:-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)/.exec(text.slice(i, i + 40));
    if (!m) fail(`unexpected ${JSON.stringify(c ?? 'end of file')}`);
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
