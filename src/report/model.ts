import { CriterionId } from '../core/criteria/catalog';
import { FindingCode } from '../core/findings/codes';
import { Severity } from '../core/findings/finding';
import { Lang } from '../core/lang';

/**
 * The Prüfbericht as one document model, built once from an audit (buildReport) and drawn by every
 * surface: text, HTML, the report sheet and the task pane. It decides sections, order, words and
 * figures; renderers only lay it out.
 */

/** A figure keeps its number, so a sheet writes a number with a format and HTML formats it for reading. */
export interface Figure {
  readonly kind: 'count' | 'euro' | 'percent' | 'number';
  readonly value: number;
  /** Fraction digits for percent and number (default 0). */
  readonly digits?: number;
}

/** A table cell or a value: text, a figure, or null for "not available" (drawn as –). */
export type Cell = string | Figure | null;

export type Tone = 'good' | 'warn' | 'bad' | 'neutral';

export interface Column {
  readonly label: string;
  /** A shorter header for narrow layouts (the pane); `label` stays the accessible name. */
  readonly short?: string;
  readonly numeric?: boolean;
}

export interface TableRow {
  readonly cells: readonly Cell[];
  readonly tone?: Tone;
  /** A total or summary row. */
  readonly emphasis?: boolean;
}

export interface TableBlock {
  readonly kind: 'table';
  readonly caption?: string;
  /** Detail: a short layout leaves it out, a narrow one folds it away. */
  readonly detail?: boolean;
  readonly columns: readonly Column[];
  readonly rows: readonly TableRow[];
}

export interface ReportFinding {
  readonly code: FindingCode;
  readonly severity: Severity;
  readonly criterion: CriterionId | null;
  readonly sheet: string | null;
  readonly cell: string | null;
  readonly text: string;
  /** What the Netzwerkkoordination does about it (the worklist's column). */
  readonly action?: string;
}

/** A key figure with its one-line reason; `icon` repeats the tone in a symbol, so colour is never the only signal. */
export interface Tile {
  readonly label: string;
  readonly value: Cell;
  readonly tone: Tone;
  readonly share?: number | null;
  readonly reason?: string;
  readonly icon?: string;
}

/** The network map's data: one sector per Kernbereich, a mark per partner, an outline per missing required type. */
export interface NetworkMap {
  readonly kind: 'map';
  readonly title: string;
  /** What the picture shows, in words (also its text alternative). */
  readonly caption: string;
  readonly sectors: readonly {
    readonly kernbereich: string;
    readonly label: string;
    readonly partners: readonly { readonly name: string; readonly type: string | null; readonly bound: boolean; readonly sozialraum: string | null }[];
    /** Required types missing in this sector, by label. */
    readonly missing: readonly string[];
  }[];
  /** Partners with no Kernbereich the list or the rules could give: counted, not placed. */
  readonly unplaced: number;
  readonly legend: { readonly bound: string; readonly unbound: string; readonly missing: string };
}

/** One report in a trend, oldest first: null where that report has no figure (drawn as a gap, never as zero). */
export interface TrendPoint {
  /** The report's date as the reader reads it (the x-axis label). */
  readonly label: string;
  /** Share 0..1 of required actor types present. */
  readonly share: number | null;
  readonly budget: number | null;
  /** The need model's range in €. */
  readonly need: { readonly low: number; readonly high: number } | null;
}

/**
 * A small trend chart over all reports with its data table: every layout shows the table, layouts
 * that can draw show the share of required types and the budget against the need range per report.
 */
export interface TrendChart {
  readonly kind: 'trend';
  readonly title: string;
  /** What the picture shows, in words (also its text alternative). */
  readonly caption: string;
  readonly table: TableBlock;
  /** One per row of `table`, in its order. */
  readonly points: readonly TrendPoint[];
  /** Names of what is drawn, and the word for a missing value. */
  readonly labels: { readonly share: string; readonly budget: string; readonly need: string; readonly missing: string };
}

export type Block =
  | { readonly kind: 'paragraph'; readonly text: string; readonly tone?: Tone }
  /** Label/value pairs ("Budget gesamt: 618.602 €"). */
  | { readonly kind: 'facts'; readonly items: readonly { readonly label: string; readonly value: Cell; readonly detail?: string }[] }
  /** Key figures as tiles; `share` (0..1) lets a layout draw a meter. */
  | { readonly kind: 'tiles'; readonly items: readonly Tile[] }
  | NetworkMap
  | TableBlock
  | { readonly kind: 'list'; readonly items: readonly string[]; readonly ordered?: boolean }
  /**
   * A bar chart with its data table: every layout shows the table, layouts that can draw show the
   * chart over `series` (column indices of the table; column 0 names the categories).
   */
  | { readonly kind: 'chart'; readonly title: string; readonly table: TableBlock; readonly series: readonly number[] }
  | TrendChart
  | { readonly kind: 'findings'; readonly items: readonly ReportFinding[] };

export type SectionId =
  | 'summary'
  | 'history'
  | 'recommendations'
  | 'dialogue'
  | 'map'
  | 'indicators'
  | 'historyDetails'
  | 'actorTypes'
  | 'kernbereiche'
  | 'budget'
  | 'needModel'
  | 'criteria'
  | 'reading'
  | 'findings';

export interface Section {
  readonly id: SectionId;
  readonly title: string;
  readonly blocks: readonly Block[];
  /** Detail: a short layout (terminal) leaves it out, a narrow one (pane) folds it away. */
  readonly detail?: boolean;
}

export interface ReportDoc {
  readonly lang: Lang;
  readonly title: string;
  readonly meta: readonly { readonly label: string; readonly value: string }[];
  readonly intro: string;
  readonly sections: readonly Section[];
  readonly footer: string;
}
