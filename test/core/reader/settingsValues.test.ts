import { CellValue, SheetGrid } from '../../../src/core/grid';
import { findingText } from '../../../src/report/findingText';
import { auditSnapshot } from '../../../src/workbook/auditSnapshot';

const grid = (name: string, values: CellValue[][]): SheetGrid => ({ name, values, originRow: 0, originColumn: 0 });
const partner = grid('Partner', [['Einrichtung', 'Art'], ['Jugendamt', 'Jugendamt'], ['Hebamme Kraus', 'Hebamme']]);
const audit = (rows: CellValue[][]) => auditSnapshot({ sheets: [partner, grid('Einstellungen', rows)], settings: {} });

describe('settings a planner typed', () => {
  it('says which values it cannot read, and leaves them out instead of guessing', () => {
    const { model, result } = audit([['Geburten pro Jahr', 'ca. 800'], ['Berichtsjahr', 2026], ['Willkommensbesuche angeboten?', 'teils']]);
    expect(model.settings.births).toBeNull();
    const found = result.findings.filter((f) => f.code === 'setting-unreadable');
    expect(found.map((f) => [f.cell, f.severity, f.values])).toEqual([
      ['B1', 'warning', { label: 'Geburten pro Jahr', value: 'ca. 800', expected: 'number', range: null }],
      ['B3', 'warning', { label: 'Willkommensbesuche angeboten?', value: 'teils', expected: 'yesno', range: null }],
    ]);
    expect(findingText(found[0], 'de')).toBe('Einstellung „Geburten pro Jahr“: „ca. 800“ ist nicht lesbar als Zahl (etwa 812); der Wert bleibt unberücksichtigt.');
  });

  it('does not use a number outside what is plausible: the default stays and the slip is said', () => {
    const { model, result } = audit([['Geburten', 812], ['Vollzeitstellen Netzwerkkoordination', 38000], ['Anteil LaB', '45 %']]);
    expect(model.settings.births).toBe(812);
    expect(model.settings.need).toEqual({ labShare: 0.45 });
    const found = result.findings.filter((f) => f.code === 'setting-unreadable');
    expect(found.map((f) => f.values)).toEqual([{ label: 'Vollzeitstellen Netzwerkkoordination', value: '38000', expected: 'plausible', range: [0, 20] }]);
    expect(findingText(found[0], 'de')).toBe('Einstellung „Vollzeitstellen Netzwerkkoordination“: 38000 liegt außerhalb des Plausiblen (0 bis 20); der Wert bleibt unberücksichtigt.');
  });
});
