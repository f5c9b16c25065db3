import * as path from 'path';
import { PoolResult, runPool } from '../../../src/cli/batch/pool';

/** The pool over a small worker (test/fixtures/batch/poolWorker.js) that doubles numbers or crashes on request. */
const SCRIPT = path.resolve(__dirname, '../../fixtures/batch/poolWorker.js');

interface Item {
  readonly n: number;
  readonly delay?: number;
  readonly exit?: boolean;
  readonly throw?: boolean;
  readonly hang?: boolean;
  readonly oom?: boolean;
}

async function collect(items: Iterable<Item>, options: Partial<Parameters<typeof runPool>[1]> = {}) {
  const seen: { index: number; result: PoolResult<number> }[] = [];
  await runPool<Item, number>(items, { script: SCRIPT, size: 2, ...options }, (result, index) => seen.push({ index, result }));
  return seen;
}

test('results arrive in input order although later items finish first', async () => {
  const items = Array.from({ length: 12 }, (_, n) => ({ n, delay: n % 3 === 0 ? 60 : 0 }));
  const seen = await collect(items, { size: 3 });
  expect(seen.map((s) => s.index)).toEqual(items.map((_, i) => i));
  expect(seen.map((s) => (s.result.ok ? s.result.value : null))).toEqual(items.map((i) => i.n * 2));
});

test('a worker that exits, throws or runs out of memory is reported for its item, replaced, and the run goes on', async () => {
  const items: Item[] = [{ n: 1 }, { n: 2, exit: true }, { n: 3 }, { n: 4, throw: true }, { n: 5 }, { n: 6, oom: true }, { n: 7 }];
  const seen = await collect(items, { resourceLimits: { maxOldGenerationSizeMb: 48 } });
  expect(seen.map((s) => s.index)).toEqual([0, 1, 2, 3, 4, 5, 6]);
  expect(seen.map((s) => s.result.ok)).toEqual([true, false, true, false, true, false, true]);
  expect(seen[1].result).toMatchObject({ ok: false, failure: 'crash', detail: 'exit code 3' });
  expect(seen[3].result).toMatchObject({ ok: false, failure: 'crash', detail: expect.stringContaining('boom 4') });
  expect(seen[5].result).toMatchObject({ ok: false, failure: 'crash' });
  expect(seen[6].result).toEqual({ ok: true, value: 14 });
}, 30_000);

test('an item past the time limit ends its worker and is reported as a timeout', async () => {
  const seen = await collect([{ n: 1 }, { n: 2, hang: true }, { n: 3 }], { timeoutMs: 300 });
  expect(seen.map((s) => s.result)).toEqual([{ ok: true, value: 2 }, { ok: false, failure: 'timeout', detail: '300 ms' }, { ok: true, value: 6 }]);
});

test('items are read only as the window allows: a slow first item holds back at most the window', async () => {
  let pulled = 0;
  let pulledAtFirst = -1;
  function* items(): Generator<Item> {
    for (let n = 0; n < 40; n++) {
      pulled++;
      yield { n, delay: n === 0 ? 200 : 0 };
    }
  }
  await runPool<Item, number>(items(), { script: SCRIPT, size: 2, window: 5 }, (_r, index) => {
    if (index === 0) pulledAtFirst = pulled;
  });
  expect(pulledAtFirst).toBeGreaterThanOrEqual(2);
  expect(pulledAtFirst).toBeLessThanOrEqual(5);
  expect(pulled).toBe(40);
});

test('no items: nothing started; a worker that cannot start rejects instead of hanging', async () => {
  expect(await collect([])).toEqual([]);
  await expect(runPool([{ n: 1 }], { script: path.join(__dirname, 'no-such-worker.js'), size: 1 }, () => undefined)).rejects.toThrow(/could not start/);
});
