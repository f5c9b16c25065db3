import { CellRange, SheetLayout } from '../../core/grid';
import { GridBuilder, MAX_COLUMN, MAX_ROW } from './gridBuilder';
import { decodeEscapes, relIdOf, SaxPart, Tag } from './sax';

/** 0-based column of an A1 reference ("XFD1048576" → 16383), -1 without letters. */
export function columnOf(ref: string): number {
  let column = 0;
  for (let i = 0; i < ref.length; i++) {
    const ch = ref.charCodeAt(i);
    if (ch >= 65 && ch <= 90) column = column * 26 + ch - 64;
    else if (ch >= 97 && ch <= 122) column = column * 26 + ch - 96;
    else break;
  }
  return column - 1;
}

/** "B2:D9" (or "B2", "$B$2:$D$9") as a range; null when it is not one. */
export function rangeOf(ref: string): CellRange | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})(?::\$?([A-Za-z]{1,3})\$?(\d{1,7}))?$/.exec(ref.trim());
  if (!m) return null;
  const a = { row: Number(m[2]) - 1, column: columnOf(m[1]) };
  const b = m[3] ? { row: Number(m[4]) - 1, column: columnOf(m[3]) } : a;
  const range = { top: Math.min(a.row, b.row), left: Math.min(a.column, b.column), bottom: Math.max(a.row, b.row), right: Math.max(a.column, b.column) };
  if (range.top < 0 || range.left < 0 || range.bottom > MAX_ROW || range.right > MAX_COLUMN) return null;
  return range;
}

const MS_PER_DAY = 86_400_000;
/** Serial of 1970-01-01 in Excel's 1900 date system. */
const UNIX_EPOCH_SERIAL = 25569;

/** A t="d" cell (ISO 8601, rare: Excel writes serial numbers) as a serial number, like a typed date. */
function isoToSerial(text: string): number | null {
  const zoned = /[zZ]|[+-]\d\d:?\d\d$/.test(text) || !text.includes('T') ? text : `${text}Z`;
  const ms = Date.parse(zoned);
  return Number.isFinite(ms) ? UNIX_EPOCH_SERIAL + ms / MS_PER_DAY : null;
}

const truthy = (v: string | undefined): boolean => v === '1' || v === 'true';

/**
 * xl/worksheets/sheetN.xml in one pass: values (cached results of formulas, shared strings by
 * index), hidden rows and columns, merges, the AutoFilter, struck-through cells and table
 * references. Data validations, conditional formats and everything else are skipped unread: a
 * whole-column dropdown costs nothing.
 */
export class SheetPart extends SaxPart {
  readonly builder = new GridBuilder();
  readonly tableRelIds: string[] = [];
  readonly hiddenRows: number[] = [];
  readonly hiddenColumns: CellRange[] = [];
  readonly merges: CellRange[] = [];
  readonly struckCells: [number, number][] = [];
  filter: CellRange | null = null;
  /** The AutoFilter has criteria: only then can it hide rows (an AutoFilter without criteria only shows its buttons). */
  private filterActive = false;
  private rowIndex = -1;
  private column = -1;
  private type = 'n';
  private struck = false;
  private hasValue = false;
  private inInline = false;
  private inPhonetic = false;

  /** `struckStyles`: cell style indices whose font is struck through (from styles.xml, read first). */
  constructor(private readonly struckStyles: ReadonlySet<number>) {
    super();
  }

  protected open(name: string, tag: Tag): void {
    const a = tag.attributes;
    switch (name) {
      case 'row': {
        const n = a.r ? parseInt(a.r, 10) - 1 : NaN;
        this.rowIndex = Number.isNaN(n) ? this.rowIndex + 1 : n;
        this.column = -1;
        if (truthy(a.hidden)) this.hiddenRows.push(this.rowIndex);
        break;
      }
      case 'c': {
        const c = a.r ? columnOf(a.r) : -1;
        this.column = c < 0 ? this.column + 1 : c;
        this.type = a.t ?? 'n';
        this.struck = a.s !== undefined && this.struckStyles.has(Number(a.s));
        this.text = '';
        this.hasValue = false;
        break;
      }
      case 'v':
        this.text = '';
        this.hasValue = true;
        this.collect(true);
        break;
      case 'is':
        this.text = '';
        this.hasValue = true;
        this.inInline = true;
        break;
      case 't':
        if (this.inInline && !this.inPhonetic) this.collect(true);
        break;
      case 'rPh':
        this.inPhonetic = true;
        break;
      case 'col': {
        const min = Number(a.min) - 1;
        const max = Math.min(MAX_COLUMN, Number(a.max) - 1);
        if (truthy(a.hidden) && min >= 0 && max >= min) this.hiddenColumns.push({ top: 0, bottom: MAX_ROW, left: min, right: max });
        break;
      }
      case 'mergeCell': {
        const range = a.ref ? rangeOf(a.ref) : null;
        if (range) this.merges.push(range);
        break;
      }
      case 'autoFilter':
        this.filter = a.ref ? rangeOf(a.ref) : null;
        break;
      case 'filterColumn':
        this.filterActive = true;
        break;
      case 'tablePart': {
        const id = relIdOf(a);
        if (id) this.tableRelIds.push(id);
        break;
      }
    }
  }

  protected close(name: string): void {
    switch (name) {
      case 'v':
      case 't':
        this.collect(false);
        break;
      case 'is':
        this.inInline = false;
        break;
      case 'rPh':
        this.inPhonetic = false;
        break;
      case 'c':
        if (this.hasValue) this.cell();
        break;
    }
  }

  /** Converts the finished cell by its type; formulas need nothing special: <v> is the cached result. */
  private cell(): void {
    const { builder, rowIndex, column, text } = this;
    if (this.struck) this.struckCells.push([rowIndex, column]);
    switch (this.type) {
      case 's': {
        const index = parseInt(text, 10);
        if (index >= 0) builder.setShared(rowIndex, column, index);
        break;
      }
      case 'str':
      case 'inlineStr':
        builder.set(rowIndex, column, decodeEscapes(text) || null);
        break;
      case 'b':
        if (text !== '') builder.set(rowIndex, column, text === '1' || text === 'true');
        break;
      case 'e':
        if (text !== '') builder.set(rowIndex, column, { error: text });
        break;
      case 'd':
        builder.set(rowIndex, column, isoToSerial(text));
        break;
      default: {
        if (text === '') break;
        const n = Number(text);
        builder.set(rowIndex, column, Number.isFinite(n) ? n : null);
      }
    }
  }

  /**
   * What the sheet shows beyond values. Rows hidden inside an active filter (the sheet's AutoFilter
   * or a table's, with criteria) count as filtered, not hidden; the filter's header row never does.
   */
  layout(hidden: boolean, struckStrings: ReadonlySet<number>, tableFilters: readonly CellRange[] = []): SheetLayout {
    const filter = this.filter;
    const active = [...(filter !== null && this.filterActive ? [filter] : []), ...tableFilters];
    const inFilter = (row: number) => active.some((f) => row > f.top && row <= f.bottom);
    const struckCells = [...this.struckCells];
    if (struckStrings.size > 0) {
      this.builder.forEachShared((row, column, index) => {
        if (struckStrings.has(index)) struckCells.push([row, column]);
      });
    }
    return {
      hidden,
      hiddenRows: this.hiddenRows.filter((r) => !inFilter(r)),
      filteredRows: this.hiddenRows.filter(inFilter),
      hiddenColumns: this.hiddenColumns,
      struckCells,
      merges: this.merges,
      filter: active[0],
    };
  }
}
