import { CellValue, SheetGrid } from '../../../src/core/grid';
import { auditSnapshot } from '../../../src/workbook/auditSnapshot';

const grid = (name: string, values: CellValue[][]): SheetGrid => ({ name, values, originRow: 0, originColumn: 0 });

/** A network kept one sheet per Kernbereich, as it grew: each sheet with its own columns, the last one short. */
const sheets = [
  grid('Übersicht', [['Netzwerk Frühe Hilfen Kreis Musterland'], ['Stand', '01.09.2026']]),
  grid('Jugendhilfe', [['Einrichtung', 'Ansprechpartner', 'Kooperationsvereinbarung'], ['Jugendamt Musterland', 'Fr. A', 'ja'], ['Kita Löwenzahn', 'Hr. B', 'nein'], ['Familienzentrum Mitte', 'Fr. C', 'ja']]),
  grid('Gesundheit', [['Name', 'Kontakt', 'KV'], ['Hebammenpraxis Mitte', 'x@y.de', 'ja'], ['Gesundheitsamt', 'Dr. D', 'ja'], ['Kinderärztin Dr. Sommer', null, 'nein']]),
  grid('Beratung', [['Träger', 'Angebot', 'Vereinbarung'], ['Diakonie', 'Schwangerschaftsberatung', 'ja'], ['Caritas', 'Erziehungsberatung', 'ja']]),
  grid('Sonstige', [['Partner'], ['Jobcenter Musterland'], ['Frauenarzt Dr. Klein']]),
  grid('E-Mail-Verteiler', [['Name', 'E-Mail'], ['Jugendamt Musterland', 'ja@x.de'], ['Polizei Musterland', 'p@x.de'], ['Schuldnerberatung', 's@x.de']]),
];

describe('a network on one sheet per Kernbereich', () => {
  const { result } = auditSnapshot({ sheets, settings: {} });

  it('reads the last, short Kernbereich sheet too, and says which sheets it read together', () => {
    expect(result.networkSheets).toEqual(['Jugendhilfe', 'Gesundheit', 'Beratung', 'Sonstige']);
    expect(result.actors).toBe(10);
    const missing = result.findings.filter((f) => f.code === 'missing-actor-type').map((f) => (f.values as { actorType: string }).actorType);
    expect(missing).not.toContain('jobcenter');
    expect(missing).not.toContain('frauenarzt');
    expect(result.findings.find((f) => f.code === 'network-sheets-combined')?.values).toMatchObject({ sheets: ['Jugendhilfe', 'Gesundheit', 'Beratung', 'Sonstige'] });
    // The mailing list is no part of the network, and that is said.
    expect(result.findings.filter((f) => f.code === 'network-sheet-left-out').map((f) => f.sheet)).toEqual(['E-Mail-Verteiler']);
  });

  it('counts agreements only where a sheet asks about them: the others are unknown, not missing', () => {
    expect(result.findings.find((f) => f.code === 'agreements-missing')?.values).toEqual({ count: 2, total: 8, examples: ['Kita Löwenzahn', 'Kinderärztin Dr. Sommer'], unasked: 2 });
    expect(result.indicators.withAgreement).toBeCloseTo(6 / 8, 6);
  });

  it('does not take a sheet named like a Kernbereich when the network is one list', () => {
    const one = auditSnapshot({ sheets: [sheets[1], grid('Gesundheit', [['Notizen'], ['Hebamme anrufen']])], settings: {} }).result;
    expect(one.networkSheets).toEqual(['Jugendhilfe']);
  });
});

describe('an agreement column on the second sheet only', () => {
  it('is found whatever the tab order, and findings point at that sheet', () => {
    const jugend = grid('Jugendhilfe', [['Einrichtung', 'Ansprechpartner'], ['Jugendamt Musterland', 'Fr. A'], ['Kita Löwenzahn', 'Hr. B']]);
    const gesund = grid('Gesundheit', [['Einrichtung', 'Ansprechpartner', 'Kooperationsvereinbarung'], ['Hebammenpraxis Mitte', 'Fr. C', 'ja'], ['Kinderärztin Dr. Sommer', 'Dr. D', 'nein'], ['Gesundheitsamt', 'Dr. E', 'ja']]);
    for (const order of [[jugend, gesund], [gesund, jugend]]) {
      const { result } = auditSnapshot({ sheets: order, settings: {} });
      expect(result.indicators.withAgreement).toBeCloseTo(2 / 3, 6);
      const missing = result.findings.find((f) => f.code === 'agreements-missing');
      expect([missing?.sheet, missing?.values]).toEqual(['Gesundheit', { count: 1, total: 3, examples: ['Kinderärztin Dr. Sommer'], unasked: 2 }]);
    }
  });
});
