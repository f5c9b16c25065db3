import { rangeStart, savedColumnsForRange } from '../../src/functions/savedColumns';
import { installDocumentSettings } from '../workbook/documentSettingsDouble';

describe('rangeStart reads the sheet and first column of the addresses Excel passes', () => {
  test.each([
    ["'Netzwerk Frühe Hilfen'!A4:I36", 'Netzwerk Frühe Hilfen', 0],
    ['Netzwerk!$B:$E', 'Netzwerk', 1],
    ['[Mappe1.xlsx]Netzwerk!AB7', 'Netzwerk', 27],
    ["'[Mappe 1.xlsx]Netz werk'!C3:D9", 'Netz werk', 2],
    ["'O''Brien'!C3", "O'Brien", 2],
    ['Netzwerk!4:36', 'Netzwerk', 0],
    ['B2:D9', null, 1],
  ])('%s', (address, sheet, column) => {
    expect(rangeStart(address)).toEqual({ sheet, column });
  });

  test('anything else is not an address', () => {
    expect(rangeStart('Netzwerk!#REF!')).toBeNull();
    expect(rangeStart('')).toBeNull();
  });
});

describe('savedColumnsForRange', () => {
  afterEach(() => installDocumentSettings(null));

  test('shifts sheet columns to the range, drops fields outside it, ignores other sheets (any case)', () => {
    installDocumentSettings({ networkSheet: 'Netzwerk', columns: { name: 1, type: 3, sozialraum: 9 } });
    expect(savedColumnsForRange('NETZWERK!B:E', 4)).toEqual({ name: 0, type: 2 });
    expect(savedColumnsForRange('Budget!B:E', 4)).toBeNull();
    expect(savedColumnsForRange('Netzwerk!E:F', 2)).toBeNull();
    expect(savedColumnsForRange(undefined, 10)).toEqual({ name: 1, type: 3, sozialraum: 9 });
  });

  test('nothing saved, or an empty mapping, is no mapping', () => {
    expect(savedColumnsForRange('Netzwerk!A:D', 4)).toBeNull();
    installDocumentSettings({ networkSheet: 'Netzwerk', columns: {} });
    expect(savedColumnsForRange('Netzwerk!A:D', 4)).toBeNull();
  });
});
