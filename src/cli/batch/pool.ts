import { ResourceLimits, Worker } from 'worker_threads';
import { WorkerMessage } from './poolWorker';

export interface PoolOptions {
  /** The worker's script (compiled JavaScript that calls `serve`). */
  readonly script: string;
  /** Workers running at once. */
  readonly size: number;
  readonly workerData?: unknown;
  /** Each worker's own heap limit: a workbook that needs more ends that worker, not the process. */
  readonly resourceLimits?: ResourceLimits;
  /** How many items may be started beyond the first unfinished one (bounds what waits to be handed on in order); default 4 × size. */
  readonly window?: number;
  /** An item taking longer ends its worker and is reported; default: no limit. */
  readonly timeoutMs?: number;
}

export type PoolResult<O> =
  | { readonly ok: true; readonly value: O }
  /** The worker died on this item (an uncaught error, out of memory, exit) or took too long: the item is reported, the pool goes on. */
  | { readonly ok: false; readonly failure: 'crash' | 'timeout'; readonly detail: string };

interface Job<I> {
  readonly index: number;
  readonly item: I;
}

interface Slot<I> {
  readonly worker: Worker;
  job: Job<I> | null;
  ready: boolean;
  timedOut: boolean;
  error: string;
  timer: NodeJS.Timeout | null;
}

/**
 * Streams items through a fixed pool of worker threads and hands each result to `onResult` in
 * input order, as soon as it and all before it are done. Memory stays bounded whatever the number
 * of items: the iterable is read only as workers free up, and at most `window` results wait for a
 * slower one before them. A worker that dies is replaced and its item reported, never retried and
 * never waited for; a worker that cannot even start rejects the run.
 */
export function runPool<I, O>(items: Iterable<I>, options: PoolOptions, onResult: (result: PoolResult<O>, index: number, item: I) => void): Promise<void> {
  const size = Math.max(1, Math.floor(options.size));
  const window = options.window ?? 4 * size;
  const iterator = items[Symbol.iterator]();
  const held = new Map<number, { result: PoolResult<O>; item: I }>();
  const slots = new Set<Slot<I>>();
  let started = 0;
  let emitted = 0;
  let exhausted = false;
  let settled = false;

  return new Promise<void>((resolve, reject) => {
    const stop = (error?: unknown) => {
      if (settled) return;
      settled = true;
      for (const slot of slots) {
        if (slot.timer) clearTimeout(slot.timer);
        slot.worker.removeAllListeners();
        slot.worker.on('error', () => undefined);
        void slot.worker.terminate();
      }
      slots.clear();
      if (error === undefined) resolve();
      else reject(error instanceof Error ? error : new Error(String(error)));
    };

    const nextJob = (): Job<I> | null => {
      if (exhausted || started >= emitted + window) return null;
      const next = iterator.next();
      if (next.done) {
        exhausted = true;
        return null;
      }
      return { index: started++, item: next.value };
    };

    const give = (slot: Slot<I>, job: Job<I>) => {
      slot.job = job;
      slot.worker.postMessage({ id: job.index, item: job.item });
      if (options.timeoutMs !== undefined) {
        slot.timer = setTimeout(() => {
          slot.timedOut = true;
          void slot.worker.terminate();
        }, options.timeoutMs);
      }
    };

    const finish = (slot: Slot<I>, result: PoolResult<O>) => {
      const job = slot.job as Job<I>;
      if (slot.timer) clearTimeout(slot.timer);
      slot.job = null;
      slot.timer = null;
      held.set(job.index, { result, item: job.item });
      try {
        while (held.has(emitted)) {
          const { result: r, item } = held.get(emitted) as { result: PoolResult<O>; item: I };
          held.delete(emitted);
          onResult(r, emitted, item);
          emitted++;
        }
      } catch (e) {
        return stop(e);
      }
      pump();
    };

    const spawn = (job: Job<I>) => {
      const worker = new Worker(options.script, { workerData: options.workerData, resourceLimits: options.resourceLimits });
      const slot: Slot<I> = { worker, job: null, ready: false, timedOut: false, error: '', timer: null };
      slots.add(slot);
      worker.on('message', (m: WorkerMessage) => {
        if ('ready' in m) slot.ready = true;
        else if (slot.job && m.id === slot.job.index) finish(slot, { ok: true, value: m.value as O });
      });
      worker.on('error', (e) => {
        slot.error = e.message;
      });
      worker.on('exit', (code) => {
        slots.delete(slot);
        if (settled) return;
        if (!slot.ready && !slot.timedOut) return stop(new Error(`a worker could not start (${slot.error || `exit code ${code}`})`));
        if (slot.job) finish(slot, slot.timedOut ? { ok: false, failure: 'timeout', detail: `${options.timeoutMs} ms` } : { ok: false, failure: 'crash', detail: slot.error || `exit code ${code}` });
        else pump();
      });
      give(slot, job);
    };

    const pump = () => {
      if (settled) return;
      for (const slot of slots) {
        if (slot.job) continue;
        const job = nextJob();
        if (!job) break;
        give(slot, job);
      }
      while (slots.size < size) {
        const job = nextJob();
        if (!job) break;
        spawn(job);
      }
      if (exhausted && held.size === 0 && [...slots].every((s) => s.job === null)) stop();
    };

    try {
      pump();
    } catch (e) {
      stop(e);
    }
  });
}
