import { SheetGrid } from '../grid';
import { finding, Finding } from '../findings/finding';
import { resolveKernbereich } from '../taxonomy/classifier';
import { Kernbereich } from '../taxonomy/kernbereich';
import { fold } from '../text';
import { NetworkField, ReaderFindingCode, ReaderOverrides } from './model';
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

export interface NetworkChoice {
  readonly parts: readonly ChosenPart[];
  /** Sheets that look like partner lists too but were not read, and why. */
  readonly leftOut: readonly { readonly sheet: string; readonly reason: 'year' | 'other' }[];
}

export interface SheetChoiceSettings {
  /** The reporting year (Einstellungen "Berichtsjahr" or the pane); null = the newest. */
  readonly reportYear: number | null;
  /** Sheets the planner named as the network list (Einstellungen "Netzwerkblätter"); null = detect. */
  readonly networkSheets: readonly string[] | null;
}

interface Candidate {
  readonly grid: SheetGrid;
  readonly layout: NetworkLayout;
  readonly year: number | null;
}

/** Words around a Sozialraum in a sheet name ("Partner Nordstadt", "Netzwerk – Weststadt"). */
const SHEET_NAME_NOISE = /\b(netzwerk|netzwerkpartner|partner|partnerliste|liste|akteure|fruehe hilfen)\b|[–—-]/g;

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
  const name = sheetName.trim();
  // The year and list words say nothing about the Kernbereich.
  const bare = name.replace(/\b(19|20|21)\d{2}\b/g, ' ').replace(/[–—-]/g, ' ').replace(/\b(netzwerk(partner)?|partner(liste)?|liste|akteure)\b/gi, ' ').replace(/\s+/g, ' ').trim();
  return resolveKernbereich(name) ?? (bare === '' ? null : resolveKernbereich(bare));
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

function partOf(c: Candidate, several: boolean): ChosenPart {
  const name = c.grid.name.trim();
  const kernbereich = kernbereichOfSheet(name);
  const hasSozialraum = c.layout.columns.sozialraum !== undefined || (c.layout.sozialraumColumns?.length ?? 0) > 0;
  // Only a network spread over several sheets gets its Sozialraum from a sheet name, and only one that is no Kernbereich or year.
  const rest = fold(name).replace(SHEET_NAME_NOISE, ' ').replace(/\d{4}/g, ' ').replace(/\s+/g, ' ').trim();
  const sozialraum = several && kernbereich === null && !hasSozialraum && rest !== '' ? name.replace(/\s*\d{4}\s*/g, ' ').trim() : null;
  return { grid: c.grid, layout: c.layout, kernbereichFromName: kernbereich, sozialraumFromName: sozialraum };
}

/**
 * Which sheets hold the network list. The planner's choice wins (one sheet picked in the pane, or
 * the sheets named in Einstellungen). Otherwise: sheets that read as partner lists; with one sheet
 * per year ("Netzwerk 2024", "Netzwerk 2025") the reporting year's (Berichtsjahr, else the newest);
 * sheets of the same kind (much the same header) are read together as one network, each taking its
 * Kernbereich or Sozialraum from its name where no column gives one. Every choice is a finding.
 */
export function chooseNetworkSheets(sheets: readonly SheetGrid[], overrides: ReaderOverrides, settings: SheetChoiceSettings, findings: Finding<ReaderFindingCode>[]): NetworkChoice | null {
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

  const leftOut: { sheet: string; reason: 'year' | 'other' }[] = [];
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
  const several = together.length > 1;
  // In the workbook's order, as the planner sees the tabs.
  const ordered = sheets.map((s) => together.find((c) => c.grid === s)).filter((c): c is Candidate => c !== undefined);
  return { parts: ordered.map((c) => partOf(c, several)), leftOut };
}
