/**
 * What every command-line tool does alike (CONTRACT §2): `--help` prints its usage and examples and
 * exits 0; an option it does not know prints one line naming it, and the usage line, on stderr and
 * exits 2; a file it cannot read or write is one line with the path and the reason, exit 1; any
 * other failure is one line, exit 1. No stack trace unless `DEBUG=1`.
 */

export interface CliSpec {
  /** The usage line: "usage: npm run --silent ask -- …". */
  usage: string;
  /** Options that stand alone ("--json"). */
  flags?: string[];
  /** Options that take a value ("--today YYYY-MM-DD", also written "--today=…"). */
  values?: string[];
  /** Lines of examples and what the options mean, printed by --help. */
  help?: string[];
}

/** A failure the user can fix, said in one line; `code` is the exit code (2: how it was called, 1: anything else). */
export class CliError extends Error {
  constructor(
    message: string,
    readonly code: 1 | 2 = 1,
  ) {
    super(message);
  }
}

/**
 * Output piped into a reader that stops early (`| head`): the tool ends quietly, exit 0, instead
 * of dying on EPIPE with a stack trace.
 */
export function endOnClosedPipe(onEnd: () => void = () => {}): void {
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
    onEnd();
    process.exit(0);
  });
}

/** Handles --help and options the tool does not know; returns when the arguments may be read. */
export function checkArgs(argv: string[], spec: CliSpec): void {
  endOnClosedPipe();
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write([spec.usage, ...(spec.help ?? [])].join('\n') + '\n');
    process.exit(0);
  }
  const known = new Set([...(spec.flags ?? []), ...(spec.values ?? [])]);
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (!a.startsWith('-') || a === '-' || /^-\d/.test(a)) continue;
    const name = a.split('=')[0]!;
    if (!known.has(name)) usageError(`unknown option ${name}`, spec);
    if ((spec.values ?? []).includes(name) && !a.includes('=')) {
      const value = argv[i + 1];
      if (value === undefined || value.startsWith('--')) usageError(`${name} needs a value`, spec);
      i++;
    }
  }
}

/** One line naming what is wrong with how the tool was called, the usage line, exit 2. */
export function usageError(message: string, spec: Pick<CliSpec, 'usage'>): never {
  process.stderr.write(`${message}\n${spec.usage}\n`);
  process.exit(2);
}

/** "PATH: no such file or directory": a file problem in one line. */
export function fileProblem(path: string, e: unknown): CliError {
  const err = e as NodeJS.ErrnoException;
  const reason = err?.code === 'ENOENT' ? 'no such file or directory' : err?.code === 'EACCES' ? 'permission denied' : err?.code === 'EISDIR' ? 'is a directory' : err?.code === 'ENOTDIR' ? 'a part of the path is not a directory' : (err?.message ?? String(e));
  return new CliError(`${path}: ${reason}`, 1);
}

/**
 * Runs a tool's main: its exit code, or for a failure one line on stderr ("name: what is wrong")
 * and exit 1 (2 for a CliError of how it was called). The stack only with DEBUG=1.
 */
export async function runMain(name: string, main: () => number | void | Promise<number | void>): Promise<void> {
  try {
    const code = await main();
    if (typeof code === 'number') process.exitCode = code;
  } catch (e) {
    if (process.env.DEBUG === '1') process.stderr.write(`${(e as Error)?.stack ?? e}\n`);
    const message = e instanceof Error ? e.message : String(e);
    // How it was called: the message and the usage line, as usageError writes them.
    if (e instanceof CliError && e.code === 2) process.stderr.write(`${message.trimEnd()}\n`);
    else process.stderr.write(`${name}: ${message.split('\n')[0]}\n`);
    process.exitCode = e instanceof CliError ? e.code : 1;
  }
}
