import { findingText } from '../../src/report/findingText';
import fc from 'fast-check';
import { auditWorkbook } from '../../src/core/audit/audit';
import { readWorkbookModel } from '../../src/core/reader/readWorkbook';
import { CellValue, SheetGrid } from '../../src/core/grid';

const words = ['Jugendamt', 'Kita', 'Einrichtung', 'Art', 'Sozialraum', 'Betrag', 'Summe', 'ja', 'nein', 'x', '-', 'erfüllt', '3.2', '5,10', 'Hebamme', 'Gesundheitsbereich', '12.500 €', '3,5 %', 'Einwohnerzahl', 'Pflicht-Akteurstypen', 'Kinder 0-3', ''];
const cell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constantFrom(...words),
  fc.string(),
  fc.double(),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom({ error: '#N/A' }, { error: '#REF!' }),
);
const sheet: fc.Arbitrary<SheetGrid> = fc.record({
  name: fc.oneof(fc.string(), fc.constantFrom('Netzwerk', 'Budget', 'Kriterien', 'Einstellungen', 'Prüfbericht')),
  values: fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 25 }),
  originRow: fc.nat(1000),
  originColumn: fc.nat(50),
});

describe('reader and audit never throw on arbitrary cell arrays', () => {
  test('readWorkbookModel', () => {
    fc.assert(fc.property(fc.array(sheet, { maxLength: 4 }), (sheets) => {
      readWorkbookModel(sheets);
    }), { numRuns: 300 });
  });
  test('auditWorkbook returns JSON-safe data with coverage in 0..1, and every finding reads as a sentence', () => {
    fc.assert(fc.property(fc.array(sheet, { maxLength: 4 }), fc.constantFrom('de' as const, 'en' as const), (sheets, lang) => {
      const r = auditWorkbook(sheets);
      expect(r.coverage).toBeGreaterThanOrEqual(0);
      expect(r.coverage).toBeLessThanOrEqual(1);
      expect(() => JSON.stringify(r)).not.toThrow();
      for (const f of r.findings) expect(findingText(f, lang)).toMatch(/^\S[\s\S]*\S$/);
    }), { numRuns: 300 });
  });
});
