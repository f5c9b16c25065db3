import { columnLetters } from '../core/address';
import { SheetGrid } from '../core/grid';
import { NETWORK_FIELDS, NetworkField, ReaderOverrides } from '../core/reader/model';
import { cellText as sheetCellText } from '../core/reader/values';
import { PaneState } from './controller';
import { el, uid } from './dom';
import { Strings } from './strings';

/** The mapping form: sheet, header row and one dropdown per network field, options from the chosen header row. */
export class MappingForm {
  readonly element: HTMLFormElement;
  private readonly sheetSelect: HTMLSelectElement;
  private readonly headerInput: HTMLInputElement;
  private readonly fieldSelects = new Map<NetworkField, HTMLSelectElement>();
  private readonly error: HTMLElement;

  constructor(
    private readonly t: Strings,
    private readonly sheets: readonly SheetGrid[],
    state: PaneState,
    save: (overrides: ReaderOverrides) => void,
  ) {
    const saved = state.overrides;
    const detected = state.model?.network ?? null;
    const initialSheet = saved.networkSheet ?? detected?.sheet ?? sheets[0]?.name ?? '';
    const sheetId = uid('sheet');
    const headerId = uid('header');
    this.sheetSelect = el('select', { id: sheetId }, ...sheets.map((s) => el('option', { value: s.name, selected: s.name === initialSheet }, s.name)));
    this.headerInput = el('input', { id: headerId, type: 'number', min: '1', inputmode: 'numeric' });
    this.error = el('p', { class: 'form-error', role: 'alert', hidden: true });
    const fields = el('fieldset', { class: 'fields' }, el('legend', {}, t.columns));
    for (const field of NETWORK_FIELDS) {
      const id = uid(`field-${field}`);
      const select = el('select', { id });
      this.fieldSelects.set(field, select);
      fields.append(el('div', { class: 'field' }, el('label', { for: id }, t.fields[field]), select));
    }
    const reset = el('button', { type: 'button', class: 'button' }, t.resetMapping);
    // Resetting the columns keeps the Berichtsjahr: it is a choice of its own.
    const year = saved.reportYear === undefined ? {} : { reportYear: saved.reportYear };
    reset.addEventListener('click', () => save(year));
    this.element = el(
      'form',
      { class: 'mapping', novalidate: true },
      el('div', { class: 'field' }, el('label', { for: sheetId }, t.sheet), this.sheetSelect),
      el('div', { class: 'field' }, el('label', { for: headerId }, t.headerRow), this.headerInput),
      fields,
      this.error,
      el('div', { class: 'form-actions' }, el('button', { type: 'submit', class: 'button button--primary' }, t.saveMapping), reset),
    );

    const defaultsFor = (sheet: string): { header: number | null; columns: Partial<Record<NetworkField, number>> } => {
      if (saved.networkSheet === sheet && (saved.headerRow !== undefined || saved.columns)) return { header: saved.headerRow ?? detected?.headerRow ?? null, columns: saved.columns ?? {} };
      if (detected?.sheet === sheet) return { header: detected.headerRow, columns: detected.columns };
      return { header: null, columns: {} };
    };
    const apply = (sheet: string) => {
      const d = defaultsFor(sheet);
      const grid = this.grid(sheet);
      const header = d.header ?? (grid ? guessHeaderRow(grid) : 0);
      this.headerInput.value = String(header + 1);
      this.fillColumns(d.columns);
    };
    this.sheetSelect.addEventListener('change', () => apply(this.sheetSelect.value));
    this.headerInput.addEventListener('change', () => this.fillColumns(this.chosenColumns()));
    this.element.addEventListener('submit', (event) => {
      event.preventDefault();
      const columns = this.chosenColumns();
      if (columns.name === undefined && columns.type === undefined) {
        this.error.textContent = t.mappingNeedsName;
        this.error.hidden = false;
        this.fieldSelects.get('name')?.focus();
        return;
      }
      this.error.hidden = true;
      const header = Number(this.headerInput.value);
      save({ ...year, networkSheet: this.sheetSelect.value, headerRow: Number.isInteger(header) && header >= 1 ? header - 1 : undefined, columns });
    });
    apply(initialSheet);
  }

  private grid(sheet: string): SheetGrid | undefined {
    return this.sheets.find((s) => s.name === sheet);
  }

  private chosenColumns(): Partial<Record<NetworkField, number>> {
    const columns: Partial<Record<NetworkField, number>> = {};
    for (const [field, select] of this.fieldSelects) if (select.value !== '') columns[field] = Number(select.value);
    return columns;
  }

  /** Options "B – Träger" from the header row the planner named (1-based sheet row). */
  private fillColumns(selected: Partial<Record<NetworkField, number>>): void {
    const grid = this.grid(this.sheetSelect.value);
    const headerIndex = Number(this.headerInput.value) - 1 - (grid?.originRow ?? 0);
    const row = grid?.values[headerIndex] ?? [];
    const width = grid ? grid.values.reduce((w, r) => Math.max(w, r.length), 0) : 0;
    const options = Array.from({ length: width }, (_, i) => {
      const column = (grid?.originColumn ?? 0) + i;
      const text = sheetCellText(row[i] ?? null);
      return { column, label: text ? `${columnLetters(column)} – ${text.slice(0, 40)}` : columnLetters(column) };
    });
    for (const [field, select] of this.fieldSelects) {
      select.replaceChildren(el('option', { value: '' }, this.t.noColumn), ...options.map((o) => el('option', { value: String(o.column), selected: selected[field] === o.column }, o.label)));
    }
  }
}

/** First row with at least two text cells: usually the header, as a 0-based sheet row. */
function guessHeaderRow(grid: SheetGrid): number {
  const index = grid.values.findIndex((row) => row.filter((v) => typeof v === 'string' && v.trim() !== '').length >= 2);
  return grid.originRow + Math.max(0, index);
}
