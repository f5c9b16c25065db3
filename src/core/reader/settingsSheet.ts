import { CellValue, SheetGrid } from '../grid';
import { fold } from '../text';
import { SettingsModel } from './model';
import { splitTypeList } from './typeList';
import { cellText, filledCells, parseNumber, parseShare, parseYesNo } from './values';
import { yearCell, yearInText } from './years';

type Kind = 'list' | 'number' | 'share' | 'year' | 'text' | 'yesno';

/** Settings a planner can write in the Einstellungen sheet, each with how it reads. */
const KEYS = {
  requiredTypes: 'list',
  recommendedTypes: 'list',
  networkSheets: 'list',
  reportYear: 'year',
  countHiddenRows: 'yesno',
  kommune: 'text',
  networkName: 'text',
  stand: 'text',
  share0to3: 'share',
  children0to3: 'number',
  population: 'number',
  burdenShare: 'share',
  costPerFamily: 'number',
} as const satisfies Record<string, Kind>;

export type SettingKey = keyof typeof KEYS;

/**
 * Parameter names as planners write them (folded text), German and English. Order matters: the
 * first pattern that matches a key cell takes it, so the specific come before the general.
 */
const KEY_PATTERNS: readonly (readonly [SettingKey, RegExp])[] = [
  ['requiredTypes', /(pflicht|erforderlich|required|mandatory).*(akteur|typ|type|partner)|(akteur|typ|type).*(pflicht|erforderlich|required)/],
  ['recommendedTypes', /(empfohlen|recommended|optional).*(akteur|typ|type|partner)|(akteur|typ|type).*(empfohlen|recommended)/],
  ['networkSheets', /^(netzwerkblaetter|netzwerkblatt|blaetter der netzwerkliste|partnerliste(n)? auf blatt|network sheets?)\b/],
  ['reportYear', /^(berichtsjahr|berichtszeitraum|jahr des berichts|haushaltsjahr|report(ing)? year)\b/],
  ['countHiddenRows', /ausgeblendete zeilen|hidden rows/],
  ['kommune', /^(kommune|gebietskoerperschaft|jugendamtsbezirk|landkreis|kreis|stadt|bezirk|municipality|district)$/],
  ['networkName', /^(netzwerk|name des netzwerks|netzwerkname|network( name)?)$/],
  ['stand', /^(stand|datenstand|as of)$/],
  ['share0to3', /(anteil|quote|share|prozent).*(0\s*-\s*3|0\s*bis\s*3|unter\s*3|u\s*3|0-2)/],
  ['children0to3', /(kinder|children|anzahl).*(0\s*-\s*3|0\s*bis\s*3|unter\s*3|u\s*3|0-2)|\bu3\b/],
  ['population', /einwohner|bevoelkerung|population|inhabitants/],
  ['burdenShare', /belast|burden|risiko|unterstuetzungsbedarf/],
  ['costPerFamily', /kosten|cost|€\s*(je|pro)|euro\s*(je|pro)|(je|pro) (begleitete(r|n)? )?famili(e|en)\b/],
];

export const EMPTY_SETTINGS: SettingsModel = {
  sheet: null,
  requiredTypes: null,
  recommendedTypes: null,
  networkSheets: null,
  reportYear: null,
  countHiddenRows: null,
  kommune: null,
  networkName: null,
  stand: null,
  children0to3: null,
  population: null,
  share0to3: null,
  burdenShare: null,
  costPerFamily: null,
  cells: {},
};

/** Key columns searched: settings tables start in the first columns, sometimes after a number column. */
const KEY_COLUMNS = 3;
/**
 * A settings row is "key | value | note"; a row with more filled cells is a row of some list
 * ("pro familia | … | Nord | ja"), unless its key takes a list (type lists may span cells).
 */
const MAX_ROW_CELLS = 4;

function isKeyRow(row: readonly CellValue[], key: SettingKey): boolean {
  return KEYS[key] === 'list' || filledCells(row) <= MAX_ROW_CELLS;
}

/** Number of recognised keys; a sheet needs 2 (or a settings-like name and 1) to count as settings. */
export function settingsScore(grid: SheetGrid): number {
  let keys = 0;
  for (const row of grid.values) {
    for (let c = 0; c < Math.min(KEY_COLUMNS, row.length); c++) {
      const key = keyOf(row[c]);
      if (key !== null && isKeyRow(row, key)) keys++;
    }
  }
  const hint = /einstellung|parameter|setting|annahme|konfig|config/.test(fold(grid.name));
  return keys >= 2 || (hint && keys >= 1) ? keys + (hint ? 10 : 0) : 0;
}

function keyOf(v: CellValue): SettingKey | null {
  if (typeof v !== 'string') return null;
  const t = fold(v).replace(/[:*]+$/, '').trim();
  if (t === '' || t.length > 80) return null;
  for (const [key, pattern] of KEY_PATTERNS) if (pattern.test(t)) return key;
  return null;
}

function valueOf(kind: Kind, v: CellValue): string | number | boolean | null {
  switch (kind) {
    case 'share':
      return parseShare(v);
    case 'number':
      return parseNumber(v);
    case 'year':
      return yearCell(v) ?? (typeof v === 'string' ? yearInText(v) : null);
    case 'yesno':
      return parseYesNo(v);
    case 'text': {
      const t = cellText(v);
      return t === '' ? null : t;
    }
    case 'list':
      return null;
  }
}

/** Reads key → value rows: the value is the next filled cell to the right; lists may span cells and use , ; or line breaks. */
export function readSettings(grid: SheetGrid): SettingsModel {
  const found: Record<string, unknown> = { ...EMPTY_SETTINGS, sheet: grid.name };
  const cells: Record<string, { row: number; column: number }> = {};
  grid.values.forEach((row, r) => {
    for (let c = 0; c < Math.min(KEY_COLUMNS, row.length); c++) {
      const key = keyOf(row[c]);
      if (key === null || !isKeyRow(row, key)) continue;
      const rest = row.slice(c + 1);
      const valueOffset = rest.findIndex((v) => cellText(v ?? null) !== '');
      if (valueOffset < 0) break;
      const place = { row: grid.originRow + r, column: grid.originColumn + c + 1 + valueOffset };
      const kind: Kind = KEYS[key];
      if (kind === 'list') {
        const items = rest.flatMap((v) => splitTypeList(cellText(v ?? null)));
        if (items.length > 0) {
          found[key] = [...((found[key] as string[] | null) ?? []), ...items];
          cells[key] ??= place;
        }
      } else {
        const parsed = valueOf(kind, rest[valueOffset] ?? null);
        if (parsed !== null && found[key] === null) {
          found[key] = parsed;
          cells[key] = place;
        }
      }
      break;
    }
  });
  found.cells = cells;
  return found as unknown as SettingsModel;
}
