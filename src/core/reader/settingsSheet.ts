import { CellValue, SheetGrid } from '../grid';
import { fold } from '../text';
import { NEED_PARAMETER_IDS, NeedParameterId } from '../needParameterIds';
import { SettingsModel, UnreadableSetting } from './model';
import { splitTypeList } from './typeList';
import { cellText, filledCells, parseNumber, parseShare, parseYesNo } from './values';
import { yearOf } from './years';

type Kind = 'list' | 'number' | 'share' | 'year' | 'text' | 'yesno' | 'model' | 'absent';

/** Settings a planner can write in the Einstellungen sheet, each with how it reads. */
const KEYS = {
  requiredTypes: 'list',
  recommendedTypes: 'list',
  absentTypes: 'absent',
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
  births: 'number',
  clinicBirths: 'number',
  evidenceMonths: 'number',
  labFteActual: 'number',
  welcomeVisits: 'yesno',
  needModel: 'model',
  labShare: 'share',
  labFamiliesPerFte: 'number',
  labCostPerFte: 'number',
  lotsenFtePer1000Births: 'number',
  lotsenCostPerFte: 'number',
  coordinationFte: 'number',
  coordinationCostPerFte: 'number',
  welcomeReach: 'share',
  welcomeCostPerVisit: 'number',
} as const satisfies Record<string, Kind>;

export type SettingKey = keyof typeof KEYS;

/**
 * What a planner's number can plausibly be: a value outside is a slip ("38.000" typed as posts where
 * the cost was meant) and is said, not used. Generous bounds: Berlin has about 35,000 births a year.
 */
const PLAUSIBLE: Partial<Record<SettingKey, readonly [number, number]>> = {
  births: [1, 100_000],
  clinicBirths: [1, 100_000],
  children0to3: [1, 300_000],
  population: [100, 5_000_000],
  evidenceMonths: [1, 120],
  labFteActual: [0, 500],
  costPerFamily: [10, 100_000],
  labShare: [0, 0.6],
  labFamiliesPerFte: [1, 200],
  labCostPerFte: [10_000, 250_000],
  lotsenFtePer1000Births: [0, 20],
  lotsenCostPerFte: [10_000, 250_000],
  coordinationFte: [0, 20],
  coordinationCostPerFte: [10_000, 250_000],
  welcomeReach: [0, 1],
  welcomeCostPerVisit: [0, 5_000],
};

/**
 * Parameter names as planners write them (folded text), German and English. Order matters: the
 * first pattern that matches a key cell takes it, so the specific come before the general.
 */
const KEY_PATTERNS: readonly (readonly [SettingKey, RegExp])[] = [
  // The need model's parameters first: their names contain the general words ("Kosten", "Anteil") of the old ones.
  ['needModel', /^(bedarfsmodell|modell des bedarfs|need model)\b/],
  ['evidenceMonths', /nachweis.*(monat|gueltig|gelten|alter)|(monate|months).*nachweis|evidence.*months/],
  // What the district has, before the model's parameters of the same words.
  ['labFteActual', /(vollzeit|vza|stellen|fte|posts?).*(lab|familienhebamme|fgkikp).*\b(ist|vorhanden|besetzt|actual)\b|\b(ist|vorhanden|besetzt|actual)\b.*(vollzeit|vza|stellen|fte).*(lab|familienhebamme|fgkikp)/],
  // The Lotsendienst before clinic births: "Vollzeitstellen Lotsendienst je 1.000 Geburten in den Geburtskliniken".
  ['lotsenCostPerFte', /(lotsen|pilot).*(kosten|cost|€)|(kosten|cost).*(lotsen|pilot)/],
  ['lotsenFtePer1000Births', /(lotsen|pilot).*(vollzeit|vza|stelle|fte|posts?)|(vollzeit|vza|stellen|fte|posts?).*(lotsen|pilot)/],
  ['clinicBirths', /geburten.*(klinik|krankenhaus|geburtshilfe)|klinikgeburten|births.*(clinic|hospital)/],
  ['births', /^(geburten|lebendgeburten|lebendgeborene|anzahl (der )?geburten|geburten (pro|je|im) jahr|geburtenzahl|births)\b/],
  ['coordinationCostPerFte', /koordination.*(kosten|cost|€)|(kosten|cost).*koordination|coordination.*cost|cost.*coordination/],
  ['coordinationFte', /koordination.*(vollzeit|vza|stelle|fte)|(vollzeit|vza|stellen|fte).*koordination|coordination.*(fte|posts?)|(posts?|fte).*coordination/],
  ['welcomeCostPerVisit', /willkommens.*(kosten|cost|€)|(kosten|cost).*(willkommens|besuch)|welcome.*cost|cost.*visit/],
  ['welcomeReach', /willkommens.*(reichweite|quote|anteil|annahme|annehm|erreich)|(anteil|quote).*willkommens|welcome.*(reach|take-?up|share)|(share|take-?up|taking up).*welcome/],
  ['welcomeVisits', /^(willkommensbesuche?|babybegruessung|babybesuche?|welcome visits?)\b/],
  ['labCostPerFte', /(kosten|cost).*(lab|familienhebamme|fgkikp|home visiting)|(lab|familienhebamme|fgkikp).*(kosten|cost|€)/],
  ['labFamiliesPerFte', /(familien|faelle|families).*(je|pro|per).*(vollzeit|vza|stelle|fte|post)/],
  ['labShare', /(anteil|quote|share).*(\blab\b|aufsuchend|familienhebamme|home visiting)|\blab\b.*(anteil|quote|share|bedarf)/],
  ['absentTypes', /nicht (im bezirk |im kreis |in der stadt )?vorhanden|nicht im (bezirk|kreis)|im (bezirk|kreis) nicht|fehlt im (bezirk|kreis)|not (present )?in (the )?district/],
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
  absentTypes: [],
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
  births: null,
  clinicBirths: null,
  evidenceMonths: null,
  labFteActual: null,
  welcomeVisits: null,
  needModel: null,
  need: {},
  cells: {},
  unreadable: [],
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

/** Rows a settings table may have: a sheet of thousands of rows is a list, not settings (and reading it all is costly). */
const SETTINGS_ROWS = 200;

/** Number of recognised keys; a sheet needs 2 (or a settings-like name and 1) to count as settings. */
export function settingsScore(grid: SheetGrid): number {
  let keys = 0;
  for (const row of grid.values.slice(0, SETTINGS_ROWS)) {
    for (let c = 0; c < Math.min(KEY_COLUMNS, row.length); c++) {
      const key = keyOf(row[c]);
      if (key !== null && isKeyRow(row, key)) keys++;
    }
  }
  const hint = isSettingsName(grid.name);
  return keys >= 2 || (hint && keys >= 1) ? keys + (hint ? 10 : 0) : 0;
}

/** A sheet named for settings ("Einstellungen", "Parameter", "Annahmen"). */
export function isSettingsName(name: string): boolean {
  return /einstellung|parameter|setting|annahme|konfig|config/.test(fold(name));
}

/** A "Wert" / "Value" column named in a header row near the top: where every setting's value stands. */
function valueColumnOf(values: readonly (readonly CellValue[])[]): number | null {
  for (let r = 0; r < Math.min(values.length, 10); r++) {
    const row = values[r];
    for (let c = 1; c < Math.min(row.length, KEY_COLUMNS + 2); c++) {
      const v = row[c];
      if (typeof v === 'string' && /^(wert|werte|value|angabe|eintrag|ihr wert|your value)$/.test(fold(v))) return c;
    }
  }
  return null;
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
      return yearOf(v);
    case 'yesno':
      return parseYesNo(v);
    case 'text': {
      const t = cellText(v);
      return t === '' ? null : t;
    }
    case 'model': {
      const t = fold(cellText(v));
      return /^(einfach|alt|simple|old|eine formel)/.test(t) ? 'simple' : /^(massnahmen|nach massnahmen|measures?)/.test(t) ? 'measures' : null;
    }
    case 'list':
    case 'absent':
      return null;
  }
}

/** Reads key → value rows: the value is the next filled cell to the right; lists may span cells and use , ; or line breaks. */
export function readSettings(grid: SheetGrid): SettingsModel {
  const found: Record<string, unknown> = { ...EMPTY_SETTINGS, sheet: grid.name };
  const cells: Record<string, { row: number; column: number }> = {};
  const unreadable: UnreadableSetting[] = [];
  const valueColumn = valueColumnOf(grid.values);
  grid.values.slice(0, SETTINGS_ROWS).forEach((row, r) => {
    for (let c = 0; c < Math.min(KEY_COLUMNS, row.length); c++) {
      const key = keyOf(row[c]);
      if (key === null || !isKeyRow(row, key)) continue;
      // With a "Wert" column the value stands there: an empty value cell is no value, whatever the note beside it says.
      const from = valueColumn !== null && valueColumn > c ? valueColumn : c + 1;
      const rest = row.slice(from);
      const valueOffset = valueColumn !== null && valueColumn > c ? (cellText(rest[0] ?? null) === '' ? -1 : 0) : rest.findIndex((v) => cellText(v ?? null) !== '');
      if (valueOffset < 0) break;
      const place = { row: grid.originRow + r, column: grid.originColumn + from + valueOffset };
      const kind: Kind = KEYS[key];
      if (kind === 'absent') {
        // "Im Bezirk nicht vorhanden | Geburtsklinik | Entbindung im Klinikum Nachbarstadt": one row per type.
        const filled = rest.map((v) => cellText(v ?? null)).filter((t) => t !== '');
        found.absentTypes = [...(found.absentTypes as { type: string }[]), { type: filled[0], instead: filled[1] ?? null, row: grid.originRow + r, column: place.column }];
        cells[key] ??= place;
      } else if (kind === 'list') {
        // Without a "Wert" column a list may span cells (one type per cell); with one, the value cell holds it.
        const listCells = valueColumn !== null && valueColumn > c ? rest.slice(0, 1) : rest;
        const items = listCells.flatMap((v) => splitTypeList(cellText(v ?? null)));
        if (items.length > 0) {
          found[key] = [...((found[key] as string[] | null) ?? []), ...items];
          cells[key] ??= place;
        }
      } else {
        const raw = rest[valueOffset] ?? null;
        const parsed = valueOf(kind, raw);
        const range = typeof parsed === 'number' ? PLAUSIBLE[key] : undefined;
        if (range && ((parsed as number) < range[0] || (parsed as number) > range[1])) {
          unreadable.push({ label: cellText(row[c] ?? null), value: cellText(raw), expected: 'plausible', range, ...place });
        } else if (parsed !== null && (found[key] === null || found[key] === undefined)) {
          found[key] = parsed;
          cells[key] = place;
        } else if (parsed === null && kind !== 'text') {
          unreadable.push({ label: cellText(row[c] ?? null), value: cellText(raw), expected: kind, range: null, ...place });
        }
      }
      break;
    }
  });
  found.cells = cells;
  found.unreadable = unreadable;
  const need: Partial<Record<NeedParameterId, number>> = {};
  for (const id of NEED_PARAMETER_IDS) {
    const v = found[id];
    if (typeof v === 'number') need[id] = v;
    delete found[id];
  }
  found.need = need;
  return found as unknown as SettingsModel;
}
