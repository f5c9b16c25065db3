import { Lang } from '../core/lang';

/** A read shorter than this shows no progress line at all. */
const QUIET_MS = 1000;

/**
 * A one-line progress display on a terminal's standard error for reads that take more than a
 * second ("Lese … 42 %"), redrawn in place and cleared at the end. Silent when stderr is not a
 * terminal, so logs and pipes get only the result.
 */
export class Progress {
  private readonly started = Date.now();
  private shown = -1;

  constructor(
    private readonly write: ((text: string) => void) | null,
    private readonly lang: Lang,
    private readonly now: () => number = Date.now,
  ) {}

  update(share: number): void {
    if (!this.write || this.now() - this.started < QUIET_MS) return;
    const percent = Math.floor(share * 100);
    if (percent === this.shown) return;
    this.shown = percent;
    this.write(`\r${this.lang === 'de' ? 'Arbeitsmappe wird gelesen' : 'Reading the workbook'} … ${percent} %\u001b[K`);
  }

  done(): void {
    if (this.write && this.shown >= 0) this.write('\r\u001b[K');
  }
}
