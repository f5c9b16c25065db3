import { CellValue, SheetGrid } from '../../../src/core/grid';
import { readWorkbookModel } from '../../../src/core/reader/readWorkbook';
import { auditModel } from '../../../src/core/audit/audit';

const grid = (name: string, values: CellValue[][], hidden = false): SheetGrid => ({ name, values, originRow: 0, originColumn: 0, ...(hidden ? { layout: { hidden: true } } : {}) });
const HEADER = ['Einrichtung', 'Art', 'Sozialraum'];
const current = [HEADER, ['Jugendamt', 'Jugendamt', 'alle'], ['Hebamme Kraus', 'Hebamme', 'Nord'], ['Kita Sonne', 'Kita', 'Süd'], ['Kinderarzt Dr. Berger', 'Kinderarzt', 'Nord']];
// The older version: the same partners mostly, plus two who have since left.
const older = [HEADER, ['Jugendamt', 'Jugendamt', 'alle'], ['Hebamme Kraus', 'Hebamme', 'Nord'], ['Kita Sonne', 'Kita', 'Süd'], ['Polizei', 'Polizei', 'alle'], ['Frauenarzt Dr. Cem', 'Frauenarzt', 'Süd']];
const today = new Date(Date.UTC(2026, 11, 1));
const audit = (sheets: SheetGrid[]) => auditModel(readWorkbookModel(sheets, { today }), { file: null });
const leftOut = (r: ReturnType<typeof audit>) => r.findings.filter((f) => f.code === 'network-sheet-left-out').map((f) => f.values);

describe('two versions of one list in a workbook', () => {
  test.each([
    ['a copy made before editing', 'Netzwerk (2)', false],
    ['an old one kept', 'Netzwerk alt', false],
    ['Excel’s copy name', 'Kopie von Netzwerk', false],
    ['last year’s list', 'Netzwerk_2024', false],
    ['a hidden sheet', 'Netzwerkliste', true],
  ])('%s: reads one, says which it left out, counts nobody twice or from the old list', (_, name, hidden) => {
    const result = audit([grid('Netzwerk', current), grid(name, older, hidden)]);
    expect(result.networkSheets).toEqual(['Netzwerk']);
    expect(result.actors).toBe(4);
    expect(leftOut(result)).toEqual([{ sheet: name, versionOf: 'Netzwerk' }]);
  });

  it('reads this year’s dated list over an undated one', () => {
    const result = audit([grid('Netzwerk', older), grid('Netzwerk 2026', current)]);
    expect(result.networkSheets).toEqual(['Netzwerk 2026']);
    expect(leftOut(result)).toEqual([{ sheet: 'Netzwerk', versionOf: 'Netzwerk 2026' }]);
  });

  it('still reads parts of one network together when they share their district-wide partners', () => {
    const nord = [HEADER, ['Jugendamt', 'Jugendamt', null], ['Gesundheitsamt', 'Gesundheitsamt', null], ['Hebamme Kraus', 'Hebamme', null]];
    const sued = [HEADER, ['Jugendamt', 'Jugendamt', null], ['Gesundheitsamt', 'Gesundheitsamt', null], ['Kita Sonne', 'Kita', null]];
    const result = audit([grid('Partner Nord', nord), grid('Partner Süd', sued)]);
    expect(result.networkSheets).toEqual(['Partner Nord', 'Partner Süd']);
    expect(leftOut(result)).toEqual([]);
  });
});

describe('a Sozialraum whose name looks like a copy mark', () => {
  it('"Alt-Ost" is a place, not an old version: its sheet is read with the others', () => {
    const ost = [HEADER, ['Jugendamt', 'Jugendamt', null], ['Gesundheitsamt', 'Gesundheitsamt', null], ['Hebamme Kraus', 'Hebamme', null]];
    const west = [HEADER, ['Jugendamt', 'Jugendamt', null], ['Gesundheitsamt', 'Gesundheitsamt', null], ['Kita Sonne', 'Kita', null], ['Kinderarzt Dr. Berger', 'Kinderarzt', null]];
    const result = audit([grid('Partner Alt-Ost', ost), grid('Partner Neu-West', west)]);
    expect(result.networkSheets).toEqual(['Partner Alt-Ost', 'Partner Neu-West']);
  });
});

describe('a network on one sheet per Sozialraum', () => {
  it('takes each Sozialraum from its sheet name without the list words and the year', () => {
    const head = ['Einrichtung', 'Art'];
    const nord = [head, ['Jugendamt', 'Jugendamt'], ['Hebamme Kraus', 'Hebamme']];
    const sued = [head, ['Jugendamt', 'Jugendamt'], ['Kita Sonne', 'Kita'], ['Kinderarzt Dr. Berger', 'Kinderarzt']];
    const model = readWorkbookModel([grid('Partner Nordstadt', nord), grid('Netzwerk – Südstadt 2026', sued)], { today });
    expect(model.network?.actors.find((a) => a.name === 'Hebamme Kraus')?.sozialraeume).toEqual(['Nordstadt']);
    expect(model.network?.actors.find((a) => a.name === 'Kita Sonne')?.sozialraeume).toEqual(['Südstadt']);
  });
});
