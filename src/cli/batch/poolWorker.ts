import { parentPort } from 'worker_threads';

/** What a pool worker says: that it is loaded, or one item's result. */
export type WorkerMessage = { readonly ready: true } | { readonly id: number; readonly value: unknown };

/**
 * The worker side of the pool (pool.ts): says it is ready once loaded, then answers each item it is
 * given with `handle`'s result, one at a time. `handle` must not throw (a throw crashes the worker,
 * which the pool reports for that item).
 */
export function serve<I, O>(handle: (item: I) => Promise<O>): void {
  const port = parentPort;
  if (port === null) throw new Error('serve() runs only inside a worker thread');
  port.on('message', (message: { id: number; item: I }) => {
    void handle(message.item).then((value) => port.postMessage({ id: message.id, value } satisfies WorkerMessage));
  });
  port.postMessage({ ready: true } satisfies WorkerMessage);
}
