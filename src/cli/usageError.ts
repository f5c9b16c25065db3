/** A usage mistake: exit code 2 with a sentence in both languages. */
export class UsageError extends Error {
  constructor(
    readonly de: string,
    readonly en: string,
  ) {
    super(en);
  }
}
