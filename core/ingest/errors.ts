/**
 * An ingest failure the user can act on. `message` is one plain sentence naming what is
 * wrong ("not a Word document", "password-protected PDF"); the CLI prints it as is and
 * the UI shows it on the source's row. Anything that is not an IngestError is a bug.
 */
export class IngestError extends Error {
  override readonly name = 'IngestError';
  /** `cause` keeps a library's own error for debugging; the message stays the user's sentence. */
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}
