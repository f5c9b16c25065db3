import { ReaderOverrides } from '../core/reader/model';
import { isReportYear } from '../workbook/port';
import { PaneState } from './controller';
import { el, uid } from './dom';
import { Strings } from './strings';

/** The year the last audit read: the one its year choices name, else the Einstellungen's, else none. */
function yearRead(state: PaneState): number | null {
  for (const f of state.result?.findings ?? []) {
    if (f.code === 'network-year-chosen' || f.code === 'budget-column-chosen' || f.code === 'budget-rows-chosen' || f.code === 'budget-sheet-chosen') return (f.values as { year: number }).year;
  }
  return state.overrides.reportYear ?? state.model?.settings.reportYear ?? null;
}

/**
 * The Berichtsjahr: which year's network sheet and budget column the audit reads. Empty means the
 * Einstellungen sheet's year, else the newest. Saved with the column choice in the workbook.
 */
export function reportYearForm(t: Strings, state: PaneState, save: (overrides: ReaderOverrides) => void): HTMLFormElement {
  const saved = state.overrides;
  const id = uid('year');
  const hintId = uid('year-hint');
  const read = yearRead(state);
  const input = el('input', { id, type: 'number', min: '1990', max: '2100', step: '1', inputmode: 'numeric', 'aria-describedby': hintId, value: saved.reportYear === undefined ? '' : String(saved.reportYear) });
  const error = el('p', { class: 'form-error', role: 'alert', hidden: true });
  const form = el(
    'form',
    { class: 'mapping', novalidate: true },
    el('div', { class: 'field' }, el('label', { for: id }, t.reportYear), input),
    el('p', { id: hintId, class: 'hint' }, t.reportYearHint(read)),
    error,
    el('div', { class: 'form-actions' }, el('button', { type: 'submit', class: 'button' }, t.saveReportYear)),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const text = input.value.trim();
    if (text === '') return save(withYear(saved, undefined));
    const year = Number(text);
    if (!isReportYear(year)) {
      error.textContent = t.reportYearInvalid;
      error.hidden = false;
      input.focus();
      return;
    }
    error.hidden = true;
    save(withYear(saved, year));
  });
  return form;
}

function withYear(saved: ReaderOverrides, reportYear: number | undefined): ReaderOverrides {
  const next: { -readonly [K in keyof ReaderOverrides]: ReaderOverrides[K] } = { ...saved };
  if (reportYear === undefined) delete next.reportYear;
  else next.reportYear = reportYear;
  return next;
}
