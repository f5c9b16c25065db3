/** Caps on inflated bytes: the only defence that holds against a zip bomb, since headers can lie. */
export interface InflateLimits {
  /** Largest uncompressed size of any one part (a worksheet, the shared strings). */
  maxEntryBytes: number;
  /** Largest uncompressed size of all parts read together. */
  maxTotalBytes: number;
}

const MiB = 1024 * 1024;

/**
 * The 100,000-partner fixture's biggest part (sheet1.xml) inflates to 27 MB and all parts to
 * 31 MB; these caps leave about 4x headroom over that, far below what would hurt the machine.
 */
export const DEFAULT_LIMITS: InflateLimits = { maxEntryBytes: 128 * MiB, maxTotalBytes: 256 * MiB };

export class InflateLimitError extends Error {
  constructor(
    readonly part: string,
    readonly limitBytes: number,
    readonly scope: 'part' | 'workbook',
  ) {
    super(
      scope === 'part'
        ? `${part} inflates to more than ${limitBytes / MiB} MiB (limit per part); the file is refused as a possible zip bomb`
        : `the workbook inflates to more than ${limitBytes / MiB} MiB in total (reached in ${part}); the file is refused as a possible zip bomb`,
    );
    this.name = 'InflateLimitError';
  }
}

/** Counts inflated bytes per part and in total, and throws the moment either cap is passed. */
export class InflateBudget {
  private total = 0;

  constructor(readonly limits: InflateLimits = DEFAULT_LIMITS) {}

  /** Refuses a part up front when its header already declares more than the caps allow. */
  checkDeclared(part: string, declaredBytes: number | undefined): void {
    if (declaredBytes === undefined) return;
    if (declaredBytes > this.limits.maxEntryBytes) throw new InflateLimitError(part, this.limits.maxEntryBytes, 'part');
    if (this.total + declaredBytes > this.limits.maxTotalBytes) throw new InflateLimitError(part, this.limits.maxTotalBytes, 'workbook');
  }

  /** Room left for the next part: the smaller of the part cap and what the total cap still allows. */
  remaining(): number {
    return Math.min(this.limits.maxEntryBytes, this.limits.maxTotalBytes - this.total);
  }

  /** The error for a part that outgrew {@link remaining}, naming whichever cap was the tighter one. */
  exceeded(part: string): InflateLimitError {
    return this.limits.maxEntryBytes <= this.limits.maxTotalBytes - this.total
      ? new InflateLimitError(part, this.limits.maxEntryBytes, 'part')
      : new InflateLimitError(part, this.limits.maxTotalBytes, 'workbook');
  }

  /** Adds `bytes` inflated from `part`, whose running size is now `partBytes`. */
  take(part: string, bytes: number, partBytes: number): void {
    this.total += bytes;
    if (partBytes > this.limits.maxEntryBytes) throw new InflateLimitError(part, this.limits.maxEntryBytes, 'part');
    if (this.total > this.limits.maxTotalBytes) throw new InflateLimitError(part, this.limits.maxTotalBytes, 'workbook');
  }
}
