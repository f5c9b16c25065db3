import { CellValue, SheetGrid } from '../grid';
import { fold } from '../text';
import { SettingsModel } from './model';
import { splitTypeList } from './typeList';
import { cellText, parseNumber, parseShare } from './values';

type SettingKey = 'requiredTypes' | 'recommendedTypes' | 'children0to3' | 'population' | 'share0to3' | 'burdenShare' | 'costPerFamily';

/** Parameter names as planners write them in a settings sheet (folded text), German and English. */
const KEY_PATTERNS: readonly (readonly [SettingKey, RegExp])[] = [
  ['requiredTypes', /(pflicht|erforderlich|required|mandatory).*(akteur|typ|type|partner)|(akteur|typ|type).*(pflicht|erforderlich|required)/],
  ['recommendedTypes', /(empfohlen|recommended|optional).*(akteur|typ|type|partner)|(akteur|typ|type).*(empfohlen|recommended)/],
  ['share0to3', /(anteil|quote|share|prozent).*(0\s*-\s*3|0\s*bis\s*3|unter\s*3|u\s*3|0-2)/],
  ['children0to3', /(kinder|children|anzahl).*(0\s*-\s*3|0\s*bis\s*3|unter\s*3|u\s*3|0-2)|\bu3\b/],
  ['population', /einwohner|bevoelkerung|population|inhabitants/],
  ['burdenShare', /belast|burden|risiko|unterstuetzungsbedarf/],
  ['costPerFamily', /kosten|cost|€\s*(je|pro)|euro\s*(je|pro)|(je|pro) famil/],
];

export const EMPTY_SETTINGS: SettingsModel = {
  sheet: null,
  requiredTypes: null,
  recommendedTypes: null,
  children0to3: null,
  population: null,
  share0to3: null,
  burdenShare: null,
  costPerFamily: null,
  cells: {},
};

/** Key columns searched: settings tables start in the first columns, sometimes after a number column. */
const KEY_COLUMNS = 3;

/** Number of recognised keys; a sheet needs 2 (or a settings-like name and 1) to count as settings. */
export function settingsScore(grid: SheetGrid): number {
  let keys = 0;
  for (const row of grid.values) {
    for (let c = 0; c < Math.min(KEY_COLUMNS, row.length); c++) if (keyOf(row[c]) !== null) keys++;
  }
  const hint = /einstellung|parameter|setting|annahme|konfig|config/.test(fold(grid.name));
  return keys >= 2 || (hint && keys >= 1) ? keys + (hint ? 10 : 0) : 0;
}

function keyOf(v: CellValue): SettingKey | null {
  if (typeof v !== 'string') return null;
  const t = fold(v);
  if (t === '' || t.length > 80) return null;
  for (const [key, pattern] of KEY_PATTERNS) if (pattern.test(t)) return key;
  return null;
}

/** Reads key → value rows: the value is the next filled cell to the right; type lists may span cells and use , ; or line breaks. */
export function readSettings(grid: SheetGrid): SettingsModel {
  const found: { -readonly [K in keyof SettingsModel]: SettingsModel[K] } = { ...EMPTY_SETTINGS, sheet: grid.name, cells: {} };
  const cells: Record<string, { row: number; column: number }> = {};
  grid.values.forEach((row, r) => {
    for (let c = 0; c < Math.min(KEY_COLUMNS, row.length); c++) {
      const key = keyOf(row[c]);
      if (key === null) continue;
      const rest = row.slice(c + 1);
      const valueOffset = rest.findIndex((v) => cellText(v) !== '');
      if (valueOffset < 0) break;
      const value = rest[valueOffset];
      const place = { row: grid.originRow + r, column: grid.originColumn + c + 1 + valueOffset };
      if (key === 'requiredTypes' || key === 'recommendedTypes') {
        const items = rest.flatMap((v) => splitTypeList(cellText(v)));
        if (items.length > 0) {
          found[key] = [...(found[key] ?? []), ...items];
          cells[key] ??= place;
        }
      } else {
        const parsed = key === 'share0to3' || key === 'burdenShare' ? parseShare(value) : parseNumber(value);
        if (parsed !== null && found[key] === null) {
          found[key] = parsed;
          cells[key] = place;
        }
      }
      break;
    }
  });
  found.cells = cells;
  return found;
}
