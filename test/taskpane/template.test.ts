import * as fs from 'fs';
import { auditWorkbook } from '../../src/core/audit/audit';
import { CRITERIA } from '../../src/core/criteria/catalog';
import { CellValue, SheetGrid } from '../../src/core/grid';
import { parseCriterionStatus } from '../../src/core/criteria/status';
import { ACTOR_TYPES, defaultTypeIds } from '../../src/core/taxonomy/actorTypes';
import { STATUS_LABELS } from '../../src/report/labels';
import { buildTemplate, LISTS_SHEET } from '../../src/report/template';
import { MemoryWorkbook } from '../../src/workbook/memory';
import { auditSnapshot } from '../../src/workbook/auditSnapshot';
import { ownedSheets, SheetToWrite } from '../../src/workbook/port';

async function insert(existing: SheetGrid[], lang: 'de' | 'en' = 'de'): Promise<{ wb: MemoryWorkbook; specs: SheetToWrite[]; names: string[] }> {
  const wb = new MemoryWorkbook({ sheets: existing, settings: {} });
  const specs = buildTemplate(lang, (await wb.readWorkbook()).sheets);
  const names = await wb.writeSheets(specs);
  return { wb, specs, names };
}

/** Puts partner rows into the template's network table, as a planner would type them. */
function fill(grid: SheetGrid, rows: CellValue[][]): SheetGrid {
  const values = grid.values.map((r) => [...r]);
  rows.forEach((row, i) => (values[4 + i] = row));
  return { ...grid, values };
}

describe('Vorlage einfügen', () => {
  it('adds four sheets the engine recognises as network, criteria, budget and settings', async () => {
    const { wb, names } = await insert([]);
    expect(names).toEqual(['Netzwerk', 'Kriterien', 'Budget', 'Einstellungen', 'FH-Daten']);
    const snapshot = await wb.readWorkbook();
    const { sheets } = snapshot;
    const network = sheets.find((s) => s.name === 'Netzwerk') as SheetGrid;
    const filled = fill(network, [
      ['Jugendamt Musterstadt', 'Jugendamt/ASD', 'Kinder- und Jugendhilfe', 'Nord', 'ja', 'ja', 'ja', 'Koordination'],
      ['Praxis Dr. Sommer', 'Kinderärzt:innen', 'Gesundheitsbereich', 'Nord', 'nein', 'nein', 'ja', null],
    ]);
    const { result } = auditSnapshot({ ...snapshot, sheets: sheets.map((s) => (s === network ? filled : s)) });
    expect(result.networkSheet).toBe('Netzwerk');
    expect(result.actors).toBe(2);
    expect(result.criteria?.sheet).toBe('Kriterien');
    expect(result.criteria?.items).toHaveLength(CRITERIA.length);
    expect(result.budget).not.toBeNull();
    // The settings sheet's type lists resolve completely and equal the defaults.
    expect(result.findings.filter((f) => f.code === 'settings-unknown-type')).toEqual([]);
    const required = defaultTypeIds('required');
    expect(result.coverage).toBeCloseTo(2 / required.length);
    expect(result.budget?.parameters).toBeNull();
  });

  it('offers dropdowns whose values the engine reads back', async () => {
    const { specs } = await insert([]);
    const [network, criteria] = specs;
    const validations = network.validations ?? [];
    expect(validations.map((v) => v.range)).toEqual(['B5:B34', 'C5:C34', 'E5:E34', 'F5:F34', 'G5:G34']);
    expect(validations[0].list).toBe(`='FH-Daten'!$A$5:$A$${4 + ACTOR_TYPES.length}`);
    expect(specs[4].rows.slice(4).map((r) => r[0])).toEqual(ACTOR_TYPES.map((t) => t.label));
    const statusList = criteria.validations?.[0].list as string[];
    expect(statusList).toEqual(Object.values(STATUS_LABELS.de));
    for (const [status, label] of Object.entries(STATUS_LABELS.en)) expect(parseCriterionStatus(label)).toBe(status);
    for (const [status, label] of Object.entries(STATUS_LABELS.de)) expect(parseCriterionStatus(label)).toBe(status);
  });

  it('never clobbers: existing names get free variants and the formulas follow them', async () => {
    const taken: SheetGrid[] = [
      { name: 'Netzwerk', values: [['von Hand']], originRow: 0, originColumn: 0, tables: [{ name: 'FH_Netzwerk', headerRow: 0, firstColumn: 0, columnCount: 1, rowCount: 0 }] },
      { name: 'Einstellungen', values: [['von Hand']], originRow: 0, originColumn: 0 },
    ];
    const { wb, specs, names } = await insert(taken);
    expect(names).toEqual(['Netzwerk (2)', 'Kriterien', 'Budget', 'Einstellungen (2)', 'FH-Daten']);
    const { sheets } = await wb.readWorkbook();
    expect(sheets[0].values).toEqual([['von Hand']]);
    expect(specs[0].table?.name).toBe('FH_Netzwerk2');
    expect(Object.values(specs[0].formulas ?? {})[0]).toBe("=FH.COVERAGE(FH_Netzwerk2[#All],,'Einstellungen (2)'!$B$9)");
    expect(Object.values(specs[2].formulas ?? {})).toContain(
      `=IF($H5="","",FH.NEED(I5,'Einstellungen (2)'!$B$5,'Einstellungen (2)'!$B$6))`,
    );
  });

  it('uses only FH functions the add-in defines, with their argument counts', async () => {
    const source = fs.readFileSync('src/functions/functions.ts', 'utf8');
    const arity = new Map<string, number>();
    for (const m of source.matchAll(/@customfunction (\w+)[\s\S]*?export function \w+\(([^)]*)\)/g)) {
      arity.set(m[1], m[2].split(',').filter((p) => p.trim() !== '' && !/invocation/.test(p)).length);
    }
    const { specs } = await insert([]);
    const formulas = specs.flatMap((s) => Object.values(s.formulas ?? {}));
    const used = new Set<string>();
    for (const f of formulas) {
      for (const call of f.matchAll(/FH\.(\w+)\(/g)) {
        used.add(call[1]);
        expect(arity.has(call[1])).toBe(true);
      }
    }
    expect([...used].sort()).toEqual(['COVERAGE', 'CRITERION', 'GAP', 'MISSING', 'NEED', 'NEEDCOVERED', 'SCORE']);
  });

  it('writes criterion numbers as text, so 5.10 stays 5.10', async () => {
    const { specs } = await insert([], 'en');
    const ids = specs[1].rows.slice(4, 4 + CRITERIA.length).map((r) => r[0]);
    expect(ids).toEqual(CRITERIA.map((c) => c.id));
    expect(ids.every((id) => typeof id === 'string')).toBe(true);
    expect(specs.map((s) => s.name)).toEqual(['Network', 'Criteria', 'Budget', 'Settings', 'FH-Daten']);
  });

  it('keeps only its pick list as its own sheet: the planner’s sheets are handed over and audited', async () => {
    const { wb } = await insert([]);
    const snapshot = await wb.readWorkbook();
    expect(ownedSheets(snapshot.settings)).toEqual([LISTS_SHEET]);
    // The pick list names all 46 types, yet is never read as a partner list.
    const { result } = auditSnapshot(snapshot);
    expect(result.networkSheet).toBe('Netzwerk');
    expect(auditWorkbook(snapshot.sheets.filter((s) => s.name === LISTS_SHEET)).networkSheet).toBe(LISTS_SHEET);
  });
});
