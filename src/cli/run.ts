/*
 * The process around `main`: standard streams, exit code. A closed pipe (`fh-check audit | head`)
 * ends the output quietly and the exit code stays the audit's; a full disk is a sentence and 2.
 */
import { Io, main } from './main';

function processIo(): Io {
  let closed = false;
  // Without a listener a failed write would be an unhandled 'error' event and a stack trace.
  process.stdout.on('error', () => undefined);
  return {
    out: (text) =>
      new Promise<void>((resolve, reject) => {
        if (closed) return resolve();
        process.stdout.write(`${text}\n`, (err) => {
          if (!err) return resolve();
          if ((err as NodeJS.ErrnoException).code === 'EPIPE') {
            closed = true;
            return resolve();
          }
          reject(err);
        });
      }),
    err: (text) => {
      process.stderr.write(`${text}\n`);
    },
    progress: process.stderr.isTTY ? (text) => process.stderr.write(text) : undefined,
  };
}

export function run(argv: readonly string[]): void {
  void main(argv, processIo()).then((code) => {
    process.exitCode = code;
  });
}
