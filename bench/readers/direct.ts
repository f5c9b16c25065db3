import { createReadStream } from 'fs';
import { Unzip, UnzipInflate } from 'fflate';
import { DEFAULT_LIMITS, InflateBudget, InflateLimits } from './limits';
import { ValueGrid } from './types';
import { WorkbookParts } from './xlsxParts';

export interface DirectOptions {
  limits?: InflateLimits;
  /**
   * Bytes read from disk per step. fflate inflates a whole step before it reports, so this also
   * bounds how far past a cap a zip bomb gets (deflate expands at most ~1032x: 16 KiB → 16 MiB).
   */
  readBytes?: number;
}

/**
 * DIRECT (candidate c): fflate's streaming unzip of the parts needed, each fed to saxes as it
 * inflates; nothing but the value grids and the shared strings is kept. A cap on inflated bytes
 * per part and in total stops a zip bomb inside the inflate that passes it.
 */
export async function readDirect(path: string, options: DirectOptions = {}): Promise<ValueGrid[]> {
  const budget = new InflateBudget(options.limits ?? DEFAULT_LIMITS);
  const parts = new WorkbookParts();
  const unzip = new Unzip((file) => {
    const sink = parts.open(file.name);
    // Parts no reader needs are never started: fflate then skips their data without inflating it.
    if (!sink) return;
    budget.checkDeclared(file.name, file.originalSize);
    let partBytes = 0;
    file.ondata = (err, data, final) => {
      // Thrown inside unzip.push(), so the read loop below stops at once.
      if (err) throw err;
      partBytes += data.length;
      budget.take(file.name, data.length, partBytes);
      sink.write(data);
      if (final) sink.end();
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  const stream = createReadStream(path, { highWaterMark: options.readBytes ?? 16 * 1024 });
  for await (const chunk of stream) unzip.push(chunk as Buffer);
  unzip.push(new Uint8Array(0), true);
  return parts.finish();
}
