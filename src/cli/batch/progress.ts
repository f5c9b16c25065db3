import { Lang } from '../../core/lang';

/** A run shorter than this shows no progress line at all (as for a single read, src/cli/progress.ts). */
const QUIET_MS = 1000;

/**
 * "Arbeitsmappen werden geprüft … 123 von 600 (20 %)" on a terminal's standard error, redrawn in
 * place; cleared while a result line is printed, so the two never mix. Silent off a terminal.
 */
export class BatchProgress {
  private readonly started: number;
  private text = '';

  constructor(
    private readonly write: ((text: string) => void) | null,
    private readonly lang: Lang,
    private readonly now: () => number = Date.now,
  ) {
    this.started = now();
  }

  update(done: number, total: number): void {
    if (!this.write || this.now() - this.started < QUIET_MS) return;
    const percent = total === 0 ? 100 : Math.floor((done / total) * 100);
    this.text = this.lang === 'de' ? `Arbeitsmappen werden geprüft … ${done} von ${total} (${percent} %)` : `Checking workbooks … ${done} of ${total} (${percent} %)`;
    this.write(`\r${this.text}\u001b[K`);
  }

  /** Prints around the progress line: clears it, lets `print` write, draws it again. */
  async around(print: () => void | Promise<void>): Promise<void> {
    if (this.write && this.text) this.write('\r\u001b[K');
    await print();
    if (this.write && this.text) this.write(`\r${this.text}\u001b[K`);
  }

  done(): void {
    if (this.write && this.text) this.write('\r\u001b[K');
    this.text = '';
  }
}
