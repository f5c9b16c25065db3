import { parseArgs } from '../../../src/cli/args';
import { UsageError } from '../../../src/cli/usageError';
import { chartIndicatorOf } from '../../../src/cli/batch/chartIndicator';
import { overviewColumns } from '../../../src/cli/batch/columns';
import { BatchProgress } from '../../../src/cli/batch/progress';
import { main } from '../../../src/cli/main';
import { INDICATOR_WORDS } from '../../../src/report/indicatorSection';

test('batch options: values as every option takes them, mistakes as usage errors', () => {
  const args = parseArgs(['audit', 'a.xlsx', 'b.xlsx', '--overview=o.xlsx', '--chart', 'budget-per-birth', '--with-names', '--jobs', '3']);
  expect(args.inputs).toEqual(['a.xlsx', 'b.xlsx']);
  expect(args.batch).toEqual({ overview: 'o.xlsx', chart: 'budgetPerBirth', withNames: true, jobs: 3 });
  expect(parseArgs(['audit', 'dir']).batch).toEqual({ overview: null, chart: null, withNames: false, jobs: null });
  expect(() => parseArgs(['audit', 'dir', '--overview', '--json'])).toThrow(UsageError);
  expect(() => parseArgs(['audit', 'dir', '--chart', 'partnerzahl'])).toThrow(/requiredPresent/);
  expect(() => parseArgs(['audit', 'dir', '--jobs', '0'])).toThrow(UsageError);
  expect(() => parseArgs(['audit', 'dir', '--with-names=ja'])).toThrow(UsageError);
  expect(chartIndicatorOf('REQUIRED_PRESENT')).toBe('requiredPresent');
});

test('a run over several files refuses --compare, and --chart without an overview that has a chart, in both languages', async () => {
  const run = async (...argv: string[]) => {
    const err: string[] = [];
    const code = await main(argv, { out: () => undefined, err: (t) => void err.push(t) });
    return { code, err: err.join('\n') };
  };
  const compare = await run('audit', 'a.xlsx', 'b.xlsx', '--compare', 'vorjahr.xlsx');
  expect(compare.code).toBe(2);
  expect(compare.err).toMatch(/--compare vergleicht eine Arbeitsmappe[\s\S]*--compare compares one workbook/);
  for (const argv of [['a.xlsx', 'b.xlsx', '--overview', 'uebersicht.csv'], ['a.xlsx', 'b.xlsx']]) {
    const chart = await run('audit', ...argv, '--chart', 'budgetPerBirth');
    expect(chart.code).toBe(2);
    expect(chart.err).toMatch(/kein Diagramm[\s\S]*has no chart/);
  }
});

test('the overview lists the indicators in their fixed order and names only on request', () => {
  const labels = overviewColumns('de', false).map((c) => c.label);
  const w = INDICATOR_WORDS.de;
  const order = [w.partnersPer1000, w.required, w.agreement, w.budgetPerBirth, `${w.needCovered} (untere Grenze)`, w.labFte, w.criteria].map((l) => labels.indexOf(l));
  expect(order.every((i) => i > 0)).toBe(true);
  expect(order).toEqual([...order].sort((a, b) => a - b));
  expect(labels).not.toContain('Partner (Namen)');
  expect(overviewColumns('en', true).map((c) => c.label)).toContain('Partners (names)');
});

test('progress: silent in the first second, then "n von m" redrawn, cleared around a result line and at the end', async () => {
  let now = 0;
  const written: string[] = [];
  const p = new BatchProgress((t) => written.push(t), 'de', () => now);
  p.update(1, 600);
  expect(written).toEqual([]);
  now = 1500;
  p.update(120, 600);
  expect(written).toEqual(['\rArbeitsmappen werden geprüft … 120 von 600 (20 %)\u001b[K']);
  await p.around(() => void written.push('LINE'));
  expect(written.slice(1)).toEqual(['\r\u001b[K', 'LINE', '\rArbeitsmappen werden geprüft … 120 von 600 (20 %)\u001b[K']);
  p.done();
  expect(written[written.length - 1]).toBe('\r\u001b[K');
});
