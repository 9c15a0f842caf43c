/**
 * The corpus for a CLI. When a data file is not what it must be, its one line (`file:line: what is
 * wrong`) goes to stderr, without a stack trace, and the CLI exits with 1; stdout stays empty.
 * Any other error is a bug and keeps its stack.
 */
import { type Corpus, DataError, loadCorpus } from '../corpus/load.ts';

export function corpusOrExit(): Corpus {
  try {
    return loadCorpus();
  } catch (e) {
    if (!(e instanceof DataError)) throw e;
    process.stderr.write(`${e.message}\n`);
    process.exit(1);
  }
}
