import { compareSnapshots, compareWithHistory, nothingChanged, recordSnapshot } from '../../../src/core/history/compare';
import { snapshotFromJson } from '../../../src/core/history/parse';
import { HistorySnapshot, historySnapshotOf } from '../../../src/core/history/snapshot';
import { SheetGrid } from '../../../src/core/grid';
import { auditSnapshot } from '../../../src/workbook/auditSnapshot';
import { EXPECTED, exampleSheets, oneYearLater } from '../../fixtures/history/oneYearLater';

const snapshotOf = (sheets: readonly SheetGrid[], date: string) => historySnapshotOf(auditSnapshot({ sheets, settings: {} }).result, date);

let before: HistorySnapshot;
let after: HistorySnapshot;
beforeAll(async () => {
  const example = await exampleSheets();
  before = snapshotOf(example, '2026-11-16');
  after = snapshotOf(oneYearLater(example), '2027-11-15');
});

describe('the example one year later', () => {
  it('lists exactly the partners won and lost, by type, and the renamed one as the same partner', () => {
    const c = compareSnapshots(before, after);
    expect(c.namesKnown).toBe(true);
    expect(c.won).toEqual(expect.arrayContaining([...EXPECTED.won]));
    expect(c.won).toHaveLength(EXPECTED.won.length);
    expect(c.lost).toEqual(expect.arrayContaining([...EXPECTED.lost]));
    expect(c.lost).toHaveLength(EXPECTED.lost.length);
    expect(c.renamed).toEqual(EXPECTED.renamed);
  });

  it('says which required and recommended types are newly present, which gaps on site closed or opened, and which criterion moved', () => {
    const c = compareSnapshots(before, after);
    expect(c.required).toEqual(EXPECTED.required);
    expect(c.recommended).toEqual(EXPECTED.recommended);
    expect(c.gapsClosed).toEqual(expect.arrayContaining([...EXPECTED.gapsClosed]));
    expect(c.gapsClosed).toHaveLength(EXPECTED.gapsClosed.length);
    expect(c.gapsOpened).toEqual(EXPECTED.gapsOpened);
    expect(c.sozialraeumeAdded).toEqual([]);
    expect(c.sozialraeumeRemoved).toEqual([]);
    expect(c.criteria).toEqual(EXPECTED.criteria);
    expect({ before: c.before.budget, after: c.after.budget }).toEqual(EXPECTED.budget);
    expect(c.after.reportYear).toBe(2028);
    expect(nothingChanged(c)).toBe(false);
  });

  it('finds nothing changed between an audit and itself', () => {
    const c = compareSnapshots(before, { ...before, date: '2027-01-01' });
    expect(nothingChanged(c)).toBe(true);
    expect([c.won, c.lost, c.renamed, c.gapsClosed, c.gapsOpened, c.criteria]).toEqual([[], [], [], [], [], []]);
  });

  it('without names on one side, compares the number of partners per type', () => {
    const c = compareSnapshots({ ...before, names: null }, after);
    expect(c.namesKnown).toBe(false);
    expect(c.won).toEqual([]);
    expect(c.typeCounts).toEqual(
      expect.arrayContaining([
        { type: 'kinderarzt', before: 0, after: 1 },
        { type: 'kita', before: before.byType.kita, after: (before.byType.kita ?? 0) - 1 },
      ]),
    );
    // The renamed Familienzentrum keeps its type's count.
    expect(c.typeCounts.map((t) => t.type)).not.toContain('familienzentrum');
  });
});

describe('snapshots', () => {
  it('hold figures, ids and names only, rounded so a workbook stores them exactly, and survive JSON', () => {
    expect(before.partners).toBe(31);
    expect(before.missingRequired).toEqual(['kinderarzt', 'frauenarzt', 'geburtsklinik']);
    expect(before.need).toEqual({ low: 328_500, mid: 597_210, high: 835_500 });
    expect(before.indicators.requiredPresent).toBe(0.785714);
    expect(before.names?.length).toBe(31);
    expect(before.criteria?.['3.1']).toBe('erfuellt');
    expect(before.criteria?.['4.8']).toBeUndefined();
    expect(snapshotFromJson(JSON.parse(JSON.stringify(after)))).toEqual(after);
  });

  it('refuse damaged or foreign records', () => {
    const json = JSON.parse(JSON.stringify(before)) as Record<string, unknown>;
    expect(snapshotFromJson({ ...json, missingRequired: ['kinderarzt', 'astronaut'] })).toBeNull();
    expect(snapshotFromJson({ ...json, date: '1. Februar' })).toBeNull();
    expect(snapshotFromJson({ ...json, criteria: { '9.9': 'erfuellt' } })).toBeNull();
    expect(snapshotFromJson({ ...json, partners: -1 })).toBeNull();
    expect(snapshotFromJson('snapshot')).toBeNull();
  });
});

describe('the history of a workbook', () => {
  const on = (date: string): HistorySnapshot => ({ ...before, date });

  it('compares with the latest entry of an earlier day and shows the trend from three entries on', () => {
    const history = [on('2025-11-10'), on('2024-11-12')];
    const c = compareWithHistory(history, on('2026-11-16'));
    expect(c?.before.date).toBe('2025-11-10');
    expect(c?.trend.map((s) => s.date)).toEqual(['2024-11-12', '2025-11-10', '2026-11-16']);
    expect(compareWithHistory([on('2025-11-10')], on('2026-11-16'))?.trend).toEqual([]);
  });

  it('never compares with an entry of the same day, and has nothing to compare without an earlier one', () => {
    expect(compareWithHistory([on('2026-11-16')], on('2026-11-16'))).toBeNull();
    expect(compareWithHistory([], on('2026-11-16'))).toBeNull();
  });

  it('records one entry per day, oldest first', () => {
    const recorded = recordSnapshot([on('2026-11-16'), on('2025-11-10')], { ...on('2026-11-16'), partners: 40 });
    expect(recorded.map((s) => [s.date, s.partners])).toEqual([
      ['2025-11-10', 31],
      ['2026-11-16', 40],
    ]);
  });
});
