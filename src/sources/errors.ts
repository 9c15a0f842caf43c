/** A file that cannot become a source, with the one line that tells the curator why. */
export class SourceFileError extends Error {
  override name = 'SourceFileError';
}
