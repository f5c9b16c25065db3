import { SheetGrid } from '../grid';
import { finding, Finding } from '../findings/finding';
import { resolveKernbereich } from '../taxonomy/classifier';
import { Kernbereich } from '../taxonomy/kernbereich';
import { fold } from '../text';
import { normalizeLabel } from '../taxonomy/normalize';
import { NetworkField, ReaderFindingCode } from './model';
import { detectBudgetLayout } from './budgetSheet';
import { detectNetworkLayout, NetworkLayout } from './networkLayout';
import { sheetYear } from './years';

/** One sheet chosen as (part of) the network list, with what its name tells its rows. */
export interface ChosenPart {
  readonly grid: SheetGrid;
  readonly layout: NetworkLayout;
  readonly kernbereichFromName: Kernbereich | null;
  readonly sozialraumFromName: string | null;
}

/** A partner-like sheet not read: another year's, not of the network's kind, or a version of a sheet read (`versionOf`). */
export interface LeftOut {
  readonly sheet: string;
  readonly reason: 'year' | 'other' | 'version';
  readonly versionOf?: string;
}

export interface NetworkChoice {
  readonly parts: readonly ChosenPart[];
  /** Sheets that look like partner lists too but were not read, and why; `versionOf` the sheet read instead of a version. */
  readonly leftOut: readonly LeftOut[];
}

export interface SheetChoiceSettings {
  /** The reporting year (Einstellungen "Berichtsjahr" or the pane); null = the newest. */
  readonly reportYear: number | null;
  /** Sheets the planner named as the network list (Einstellungen "Netzwerkblätter"); null = detect. */
  readonly networkSheets: readonly string[] | null;
  /** Today, to tell this year's list from older ones (default: now). */
  readonly todayMs?: number;
}

interface Candidate {
  readonly grid: SheetGrid;
  readonly layout: NetworkLayout;
  readonly year: number | null;
}

/** List words around a Kernbereich or Sozialraum in a sheet name ("Partner Nordstadt", "Netzwerk – Weststadt 2025"). */
const LIST_WORDS = /(?<![\p{L}])(netzwerk(partner)?|partner(liste)?|liste|akteure|fr(ü|ue)he hilfen)(?![\p{L}])/giu;

/**
 * What a sheet's name says beyond being a list of some year: "Partner Nordstadt" → "Nordstadt",
 * "Jugendhilfe 2025" → "Jugendhilfe", "Netzwerk – Weststadt" → "Weststadt", in the planner's spelling.
 */
function sheetNameCore(name: string): string {
  return name
    .replace(/(?<!\d)(19|20|21)\d{2}(?!\d)/g, ' ')
    .replace(LIST_WORDS, ' ')
    .replace(/[–—_-]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function fieldsOf(layout: NetworkLayout): Set<NetworkField> {
  return new Set(Object.keys(layout.columns) as NetworkField[]);
}

/** Two lists with much the same header are parts of one network (one sheet per Kernbereich or Sozialraum). */
function sameKind(a: NetworkLayout, b: NetworkLayout): boolean {
  if (a.headerIndex === null || b.headerIndex === null) return false;
  const fa = fieldsOf(a);
  const fb = fieldsOf(b);
  if (!fa.has('name') || !fb.has('name')) return false;
  const common = [...fa].filter((f) => fb.has(f)).length;
  return common >= 2 && common >= Math.min(fa.size, fb.size) - 1;
}

/** The Kernbereich a sheet's name gives ("Gesundheit", "Jugendhilfe 2025", "Netzwerk – Sonstige"), or null. */
function kernbereichOfSheet(sheetName: string): Kernbereich | null {
  const core = sheetNameCore(sheetName);
  return resolveKernbereich(sheetName.trim()) ?? (core === '' ? null : resolveKernbereich(core));
}

/**
 * A network kept as one sheet per Kernbereich: the sheets of Kernbereiche not yet read join it when they
 * hold a name column or a recognisable partner, however short ("Sonstige": "Partner" over two names),
 * so the last Kernbereich is not silently missing. Their choice is said with the others (network-sheets-combined).
 */
function kernbereichSiblings(sheets: readonly SheetGrid[], family: readonly Candidate[]): Candidate[] {
  const areas = new Set(family.map((c) => kernbereichOfSheet(c.grid.name)).filter((k): k is Kernbereich => k !== null));
  if (areas.size < 2) return [];
  const out: Candidate[] = [];
  for (const grid of sheets) {
    const area = kernbereichOfSheet(grid.name);
    if (area === null || areas.has(area) || family.some((c) => c.grid === grid)) continue;
    const layout = detectNetworkLayout(grid, true);
    if (!layout) continue;
    areas.add(area);
    out.push({ grid, layout, year: sheetYear(grid, layout.headerIndex) });
  }
  return out;
}

/** Partner names of a list, normalised, to tell versions of one list from parts of one network. */
function namesOf(c: Candidate): Set<string> {
  const column = c.layout.columns.name ?? c.layout.columns.type;
  const names = new Set<string>();
  if (column === undefined) return names;
  const start = c.layout.headerIndex === null ? 0 : c.layout.headerIndex + 1;
  for (let r = start; r < c.grid.values.length; r++) {
    const v = c.grid.values[r][column];
    if (typeof v === 'string' && v.trim() !== '') names.add(normalizeLabel(v));
  }
  return names;
}

/** A sheet name that says copy or old ("Netzwerk (2)", "Kopie von Netzwerk", "Netzwerk alt", "Backup"). */
// "alt", "old", "Entwurf" only as the name's last word ("Netzwerk alt", "Netzwerk (alt)"), not "Alt-Ost".
const COPY_NAME = /\((\d+)\)\s*$|\b(kopie|copy|backup|sicherung|archiv)\b|[\s(_](alt|old|entwurf|draft|test)\)?\s*$/i;

/** A sheet name without years, copy marks and list words: "Netzwerk (2)", "Netzwerk alt 2024" and "Netzwerk" share one. */
function baseName(name: string): string {
  return fold(sheetNameCore(name.replace(COPY_NAME, ' ')))
    .replace(/[^a-z0-9]+/g, ' ')
    .replace(/\b(von|of|der|des)\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Whether two lists are versions of one: with one base name, or one of them hidden or named as a copy,
 * more than half of the smaller list's partners in both; with different names ("Nord", "Süd": parts,
 * sharing only district-wide partners), nearly all of the larger one's.
 */
function areVersions(a: Candidate, b: Candidate, mine: ReadonlySet<string>, theirs: ReadonlySet<string>): boolean {
  let shared = 0;
  for (const n of mine) if (theirs.has(n)) shared++;
  const looksLikeVersion = baseName(a.grid.name) === baseName(b.grid.name) || [a, b].some((c) => c.grid.layout?.hidden === true || COPY_NAME.test(c.grid.name));
  return looksLikeVersion ? shared > Math.min(mine.size, theirs.size) / 2 : shared >= 0.8 * Math.max(mine.size, theirs.size);
}

/**
 * Parts of one network hold different partners; versions of one list (a copy before editing, last
 * year's list kept beside this year's) hold mostly the same (areVersions). Of versions one is read:
 * the Berichtsjahr's, else a visible one over a hidden one, one not named as a copy, one dated this
 * year or later over an undated one over an older one, else the first tab.
 */
function withoutVersions(list: readonly Candidate[], sheets: readonly SheetGrid[], settings: SheetChoiceSettings, leftOut: LeftOut[]): Candidate[] {
  if (list.length < 2) return [...list];
  const names = new Map(list.map((c) => [c, namesOf(c)] as const));
  const { reportYear } = settings;
  const thisYear = new Date(settings.todayMs ?? Date.now()).getUTCFullYear();
  const rank = (c: Candidate): number[] => [
    reportYear !== null && c.year === reportYear ? 0 : 1,
    c.grid.layout?.hidden ? 1 : 0,
    COPY_NAME.test(c.grid.name) ? 1 : 0,
    c.year === null ? 1 : c.year >= thisYear ? 0 : 2,
  ];
  const better = (a: Candidate, b: Candidate) => {
    const [ra, rb] = [rank(a), rank(b)];
    for (let i = 0; i < ra.length; i++) if (ra[i] !== rb[i]) return ra[i] < rb[i];
    return sheets.indexOf(a.grid) < sheets.indexOf(b.grid);
  };
  const kept: Candidate[] = [];
  for (const c of [...list].sort((a, b) => (better(a, b) ? -1 : 1))) {
    const mine = names.get(c) as Set<string>;
    const original = kept.find((k) => areVersions(c, k, mine, names.get(k) as Set<string>));
    if (original) leftOut.push({ sheet: c.grid.name, reason: 'version', versionOf: original.grid.name });
    else kept.push(c);
  }
  return list.filter((c) => kept.includes(c));
}

function partOf(c: Candidate, several: boolean): ChosenPart {
  const name = c.grid.name.trim();
  const kernbereich = kernbereichOfSheet(name);
  const hasSozialraum = c.layout.columns.sozialraum !== undefined || (c.layout.sozialraumColumns?.length ?? 0) > 0;
  // Only a network spread over several sheets gets its Sozialraum from a sheet name, and only one that is no Kernbereich or year.
  const core = sheetNameCore(name);
  const sozialraum = several && kernbereich === null && !hasSozialraum && core !== '' ? core : null;
  return { grid: c.grid, layout: c.layout, kernbereichFromName: kernbereich, sozialraumFromName: sozialraum };
}

/**
 * Which sheets hold the network list. The planner's choice wins (one sheet picked in the pane, or
 * the sheets named in Einstellungen). Otherwise: sheets that read as partner lists; with one sheet
 * per year ("Netzwerk 2024", "Netzwerk 2025") the reporting year's (Berichtsjahr, else the newest);
 * sheets of the same kind (much the same header) are read together as one network, each taking its
 * Kernbereich or Sozialraum from its name where no column gives one. Every choice is a finding.
 */
export function chooseNetworkSheets(sheets: readonly SheetGrid[], settings: SheetChoiceSettings, findings: Finding<ReaderFindingCode>[]): NetworkChoice | null {
  const byName = (wanted: string) => sheets.find((s) => fold(s.name) === fold(wanted));
  if (settings.networkSheets && settings.networkSheets.length > 0) {
    const parts: ChosenPart[] = [];
    for (const wanted of settings.networkSheets) {
      const grid = byName(wanted);
      const layout = grid ? detectNetworkLayout(grid) : null;
      if (!grid || !layout) {
        findings.push(finding('settings-sheet-missing', 'warning', { sheet: wanted }, {}));
        continue;
      }
      parts.push({ grid, layout, kernbereichFromName: null, sozialraumFromName: null });
    }
    if (parts.length > 0) {
      const several = parts.length > 1;
      return { parts: parts.map((p) => partOf({ grid: p.grid, layout: p.layout, year: null }, several)), leftOut: [] };
    }
  }

  const candidates: Candidate[] = [];
  for (const grid of sheets) {
    const layout = detectNetworkLayout(grid);
    // A column of partner-like labels without a header ("Familienhebammen", "Netzwerkkoordination …")
    // on a sheet that reads as a budget table is its measures, not the network.
    if (layout && layout.headerIndex === null && detectBudgetLayout(grid) !== null) continue;
    if (layout && layout.score > 0) candidates.push({ grid, layout, year: sheetYear(grid, layout.headerIndex) });
  }
  candidates.sort((a, b) => b.layout.score - a.layout.score);
  if (candidates.length === 0) return null;

  const leftOut: LeftOut[] = [];
  const byTab = (a: Candidate, b: Candidate) => sheets.indexOf(a.grid) - sheets.indexOf(b.grid);
  // The network is the best partner list and the lists of the same kind beside it (one per year,
  // Kernbereich or Sozialraum); other partner-like sheets are left out, and said.
  const best = candidates[0];
  const kin = candidates.filter((c) => c === best || sameKind(best.layout, c.layout));
  const family = [...kin, ...kernbereichSiblings(sheets, kin)];
  for (const c of candidates) if (!family.some((f) => f.grid === c.grid)) leftOut.push({ sheet: c.grid.name, reason: 'other' });
  let together = family;
  const years = [...new Set(family.map((c) => c.year).filter((y): y is number => y !== null))].sort((a, b) => a - b);
  if (years.length >= 2) {
    const wanted = settings.reportYear;
    let year = years[years.length - 1];
    let basis: 'settings' | 'newest' = 'newest';
    if (wanted !== null && years.includes(wanted)) {
      year = wanted;
      basis = 'settings';
    } else if (wanted !== null) {
      findings.push(finding('network-year-missing', 'warning', { year: wanted, available: years }, {}));
    }
    // In the workbook's order, as the planner sees the tabs.
    together = family.filter((c) => c.year === null || c.year === year).sort(byTab);
    const other = family.filter((c) => !together.includes(c)).sort(byTab);
    for (const c of other) leftOut.push({ sheet: c.grid.name, reason: 'year' });
    findings.push(finding('network-year-chosen', 'info', { year, basis, sheets: together.map((c) => c.grid.name), leftOut: other.map((c) => c.grid.name) }, { sheet: together[0].grid.name }));
  }
  together = withoutVersions(together, sheets, settings, leftOut);
  const several = together.length > 1;
  // In the workbook's order, as the planner sees the tabs.
  const ordered = sheets.map((s) => together.find((c) => c.grid === s)).filter((c): c is Candidate => c !== undefined);
  return { parts: ordered.map((c) => partOf(c, several)), leftOut };
}
