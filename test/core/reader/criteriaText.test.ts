import { CellValue, SheetGrid } from '../../../src/core/grid';
import { findingText } from '../../../src/report/findingText';
import { auditSnapshot } from '../../../src/workbook/auditSnapshot';

const grid = (name: string, values: CellValue[][]): SheetGrid => ({ name, values, originRow: 0, originColumn: 0 });

describe('a criteria sheet with status texts no spelling reads', () => {
  const network = grid('Netzwerk', [['Einrichtung', 'Art'], ['Jugendamt', 'Jugendamt'], ['Hebamme Kraus', 'Hebamme']]);
  const criteria = grid('Qualitätskriterien', [
    ['Nr.', 'Kriterium', 'Stand', 'Nachweis'],
    ['3.1', 'Koordinierungsstelle', 'ja, seit 2023', 'Stellenplan'],
    ['3.2', 'Steuerungsgruppe', 'in Arbeit', null],
    ['3.3', 'Netzwerkkonferenz', '✓', 'Protokolle'],
    ['4.1', 'Akteure', '80 %', null],
    ['5.2', 'Verbindlichkeit', 'erfüllt?', null],
  ]);
  const { result } = auditSnapshot({ sheets: [network, criteria], settings: {} });
  const statusOf = (id: string) => result.criteria?.items.find((i) => i.id === id)?.status;

  it('leaves them open, never met, and says each one with its cell', () => {
    expect([statusOf('3.1'), statusOf('3.2'), statusOf('3.3'), statusOf('4.1'), statusOf('5.2')]).toEqual([null, 'teilweise', 'erfuellt', null, null]);
    const unclear = result.findings.filter((f) => f.code === 'criterion-status-unclear');
    expect(unclear.map((f) => [f.cell, f.values])).toEqual([
      ['C2', { criterion: '3.1', ticks: 0, value: 'ja, seit 2023' }],
      ['C5', { criterion: '4.1', ticks: 0, value: '80 %' }],
      ['C6', { criterion: '5.2', ticks: 0, value: 'erfüllt?' }],
    ]);
    expect(findingText(unclear[2], 'de')).toBe('Kriterium 5.2: Status „erfüllt?“ ist keiner der Stände erfüllt, teilweise, nicht erfüllt, offen; er bleibt offen (nicht „erfüllt“).');
  });
});

describe('a criteria sheet begun with a few criteria', () => {
  it('is read when its name says criteria, and the rest is said as not listed', () => {
    const network = grid('Netzwerk', [['Einrichtung', 'Art'], ['Jugendamt', 'Jugendamt']]);
    const few = [['Nr.', 'Kriterium', 'Status'], ['3.3', 'Netzwerkkonferenz', 'erfüllt'], ['6.2', 'Fortbildung', 'teilweise']];
    const named = auditSnapshot({ sheets: [network, grid('Kriterien', few)], settings: {} }).result;
    expect(named.criteria?.sheet).toBe('Kriterien');
    expect(named.findings.some((f) => f.code === 'criteria-sheet-not-found')).toBe(false);
    expect((named.findings.find((f) => f.code === 'criteria-not-listed')?.values as { missing: readonly string[] }).missing).toHaveLength(29);
    // Two criterion numbers on a sheet named otherwise are no criteria sheet.
    const other = auditSnapshot({ sheets: [network, grid('Tabelle3', few)], settings: {} }).result;
    expect(other.criteria?.sheet ?? null).toBeNull();
    expect(other.findings.some((f) => f.code === 'criteria-sheet-not-found')).toBe(true);
  });
});
