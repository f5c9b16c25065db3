import { AuditResult, Finding, Lang, Severity } from '../core/audit/result';
import { columnLetters, placeOf } from '../core/address';
import { CRITERIA } from '../core/criteria/catalog';
import { SheetGrid } from '../core/grid';
import { formatEuro, formatPercent } from '../core/i18n/format';
import { NETWORK_FIELDS, NetworkField, ReaderOverrides } from '../core/reader/model';
import { OWN_SHEET } from '../core/reader/readWorkbook';
import { cellText } from '../core/reader/values';
import { KERNBEREICHE, KERNBEREICH_LABELS } from '../core/taxonomy/kernbereich';
import { STATUS_LABELS } from '../report/labels';
import { PaneController, PaneState } from './controller';
import { append, Child, el, uid } from './dom';
import { STRINGS, Strings } from './strings';

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

export interface ViewOptions {
  /** Set in the browser preview: the example file shown. */
  readonly previewFile?: string | null;
}

/** The task pane's DOM: built once, results re-rendered when the controller reports a new audit. */
export class PaneView {
  private readonly t: Strings;
  private readonly lang: Lang;
  private readonly status: HTMLElement;
  private readonly results: HTMLElement;
  private readonly buttons: HTMLButtonElement[] = [];
  private shown: AuditResult | null = null;
  private firstResultMarked = false;

  constructor(
    private readonly root: HTMLElement,
    private readonly controller: PaneController,
    options: ViewOptions = {},
  ) {
    this.lang = controller.current.lang;
    this.t = STRINGS[this.lang];
    const t = this.t;
    document.documentElement.lang = this.lang;
    document.title = t.appName;

    const action = (label: string, hint: string, run: () => unknown, primary = false) => {
      const hintId = uid('hint');
      const button = el('button', { type: 'button', class: primary ? 'button button--primary' : 'button', 'aria-describedby': hintId }, label);
      button.addEventListener('click', () => {
        if (button.getAttribute('aria-disabled') !== 'true') void run();
      });
      this.buttons.push(button);
      return el('li', {}, button, el('span', { id: hintId, class: 'sr-only' }, hint));
    };

    this.status = el('p', { class: 'status', role: 'status', 'aria-live': 'polite' });
    this.results = el('main', { class: 'results', id: 'results', 'aria-labelledby': 'app-title' });
    append(root, [
      el(
        'header',
        { class: 'header' },
        el('h1', { id: 'app-title', class: 'header__title' }, t.appName),
        el('p', { class: 'header__tagline' }, t.tagline),
      ),
      options.previewFile ? el('p', { class: 'preview', role: 'note' }, el('strong', {}, `${t.preview}: `), t.previewText(options.previewFile)) : null,
      el(
        'nav',
        { class: 'actions', 'aria-label': t.actions },
        el(
          'ul',
          { class: 'actions__list' },
          action(t.audit, t.auditHint, () => controller.audit(), true),
          action(t.report, t.reportHint, () => controller.writeReport()),
          action(t.chart, t.chartHint, () => controller.budgetChart()),
          action(t.template, t.templateHint, () => controller.insertTemplate()),
        ),
      ),
      this.status,
      this.results,
      el('footer', { class: 'footer' }, t.footer),
    ]);
    append(this.results, [el('p', { class: 'welcome' }, t.welcome)]);
    controller.subscribe((state) => this.render(state));
  }

  render(state: PaneState): void {
    this.status.textContent = state.status?.text ?? '';
    this.status.className = `status${state.status ? ` status--${state.status.kind}` : ''}`;
    for (const b of this.buttons) b.setAttribute('aria-disabled', state.busy ? 'true' : 'false');
    this.results.setAttribute('aria-busy', state.busy ? 'true' : 'false');
    if (state.result && state.result !== this.shown) {
      this.shown = state.result;
      this.results.replaceChildren(...this.resultSections(state, state.result));
      if (!this.firstResultMarked) {
        this.firstResultMarked = true;
        performance.mark('fh-findings-shown');
      }
    }
  }

  private resultSections(state: PaneState, r: AuditResult): Node[] {
    const sections: Node[] = [];
    if (r.networkSheet === null) {
      const notFound = r.findings.find((f) => f.id === 'network-sheet-not-found');
      sections.push(this.mapping(state, notFound?.message ?? '', true));
      sections.push(this.findings(r));
      return sections;
    }
    sections.push(this.summary(r), this.actorTypes(r), this.kernbereiche(r), this.budget(r), this.criteria(r), this.findings(r), this.mapping(state, null, false));
    return sections;
  }

  private section(title: string, ...children: Child[]): HTMLElement {
    const id = uid('section');
    return el('section', { class: 'card', 'aria-labelledby': id }, el('h2', { id, class: 'card__title' }, title), ...children);
  }

  private pct(share: number | null | undefined): string {
    return share === null || share === undefined ? this.t.notAvailable : formatPercent(share, this.lang);
  }

  private summary(r: AuditResult): HTMLElement {
    const t = this.t;
    const tile = (value: string, label: string) => el('li', { class: 'tile' }, el('span', { class: 'tile__value' }, value), el('span', { class: 'tile__label' }, label));
    return this.section(
      t.summary,
      el('ul', { class: 'tiles' }, tile(String(r.actors), t.partners), tile(this.pct(r.coverage), t.coverage), tile(this.pct(r.budget?.coverage), t.needCovered), tile(this.pct(r.criteria?.score), t.criteriaMet)),
    );
  }

  private actorTypes(r: AuditResult): HTMLElement {
    const t = this.t;
    const required = r.missingActorTypes.filter((m) => m.requirement === 'required');
    const recommended = r.missingActorTypes.filter((m) => m.requirement !== 'required');
    const list = (items: typeof required, cls: string) => el('ul', { class: `chips ${cls}` }, ...items.map((m) => el('li', { class: 'chip' }, m.label)));
    return this.section(
      t.actorTypes,
      el('p', {}, t.coverageText(this.pct(r.coverage))),
      el('div', { class: 'meter', 'aria-hidden': 'true' }, this.fill(r.coverage)),
      required.length === 0 ? el('p', { class: 'ok' }, t.allPresent) : el('h3', { class: 'subhead' }, t.missingRequired),
      required.length === 0 ? null : list(required, 'chips--error'),
      recommended.length > 0 ? el('details', { class: 'more' }, el('summary', {}, `${t.missingRecommended} (${recommended.length})`), list(recommended, 'chips--warning')) : null,
    );
  }

  private kernbereiche(r: AuditResult): HTMLElement {
    const t = this.t;
    const head = el(
      'tr',
      {},
      el('th', { scope: 'col' }, t.sozialraum),
      ...KERNBEREICHE.map((k) => el('th', { scope: 'col', class: 'num', 'aria-label': KERNBEREICH_LABELS[k][this.lang] }, el('abbr', { title: KERNBEREICH_LABELS[k][this.lang] }, t.kernbereichShort[k]))),
    );
    const row = (name: string, counts: Readonly<Record<string, number>>, total = false) =>
      el(
        'tr',
        { class: total ? 'total' : undefined },
        el('th', { scope: 'row' }, name),
        ...KERNBEREICHE.map((k) => el('td', { class: counts[k] === 0 ? 'num zero' : 'num' }, String(counts[k]), counts[k] === 0 ? el('span', { class: 'sr-only' }, ` ${t.missingMark}`) : null)),
      );
    return this.section(
      t.kernbereicheTitle,
      el('div', { class: 'table-scroll' }, el('table', { class: 'grid' }, el('thead', {}, head), el('tbody', {}, row(t.districtTotal, r.kernbereiche, true), ...r.sozialraeume.map((s) => row(s.name, s.kernbereiche))))),
    );
  }

  private budget(r: AuditResult): HTMLElement {
    const t = this.t;
    const b = r.budget;
    if (!b) return this.section(t.budgetTitle, el('p', {}, t.noBudgetSheet));
    const euro = (n: number | null) => (n === null ? t.notAvailable : formatEuro(n, this.lang));
    const figure = (label: string, value: string) => [el('dt', {}, label), el('dd', {}, value)];
    return this.section(
      t.budgetTitle,
      el('dl', { class: 'figures' }, ...figure(t.budgetTotal, euro(b.total)), ...figure(t.need, euro(b.need)), ...figure(t.gap, euro(b.gap))),
      b.need === null ? el('p', {}, t.needUnknown) : null,
      b.bySozialraum.length > 0
        ? el(
            'ul',
            { class: 'bars' },
            ...b.bySozialraum.map((s) => {
              const share = s.need ? s.budget / s.need : null;
              return el(
                'li',
                { class: 'bars__item' },
                el('span', { class: 'bars__name' }, s.name),
                el('span', { class: 'bars__text' }, s.need === null ? euro(s.budget) : t.budgetOf(euro(s.budget), euro(s.need), this.pct(share))),
                el('span', { class: 'meter', 'aria-hidden': 'true' }, this.fill(share)),
              );
            }),
          )
        : null,
    );
  }

  private criteria(r: AuditResult): HTMLElement {
    const t = this.t;
    const c = r.criteria;
    if (!c || c.sheet === null) return this.section(t.criteriaTitle, el('p', {}, t.criteriaNoSheet));
    const labels = STATUS_LABELS[this.lang];
    return this.section(
      t.criteriaTitle,
      el('p', {}, c.score === null ? t.criteriaNone : t.criteriaScore(this.pct(c.score), c.assessed, CRITERIA.length)),
      el('ul', { class: 'counts' }, ...(Object.keys(labels) as (keyof typeof labels)[]).map((s) => el('li', { class: `count count--${s}` }, el('span', { class: 'count__n' }, String(c.counts[s])), ` ${labels[s]}`))),
    );
  }

  private findings(r: AuditResult): HTMLElement {
    const t = this.t;
    if (r.findings.length === 0) return this.section(t.findingsTitle, el('p', {}, t.noFindings));
    const groups = SEVERITIES.map((severity) => {
      const items = r.findings.filter((f) => f.severity === severity);
      if (items.length === 0) return null;
      return el(
        'details',
        { class: `group group--${severity}`, open: severity !== 'info' },
        el('summary', {}, el('span', { class: `badge badge--${severity}`, 'aria-hidden': 'true' }), `${t.severityGroups[severity]} (${items.length})`),
        el('ul', { class: 'findings' }, ...items.map((f) => this.finding(f))),
      );
    });
    return this.section(t.findingsTitle, ...groups);
  }

  private finding(f: Finding): HTMLElement {
    const t = this.t;
    const criterion = f.criterion ? el('span', { class: 'finding__criterion' }, t.criterion(f.criterion)) : null;
    if (f.sheet && f.cell) {
      const place = placeOf(f.sheet, f.cell);
      const button = el('button', { type: 'button', class: 'finding__link', 'data-sheet': f.sheet, 'data-cell': f.cell }, el('span', { class: 'finding__text' }, f.message), el('span', { class: 'finding__place' }, el('span', { class: 'sr-only' }, `${t.goTo(place)}: `), place), criterion);
      button.addEventListener('click', () => void this.controller.select(f));
      return el('li', { class: `finding finding--${f.severity}` }, button);
    }
    return el('li', { class: `finding finding--${f.severity}` }, el('span', { class: 'finding__text' }, f.message), f.sheet ? el('span', { class: 'finding__place' }, f.sheet) : null, criterion);
  }

  private fill(share: number | null): HTMLElement {
    const fill = el('span', { class: 'meter__fill' });
    // CSSOM, not a style attribute: allowed under a strict Content-Security-Policy.
    fill.style.width = `${Math.round(Math.min(1, Math.max(0, share ?? 0)) * 100)}%`;
    return fill;
  }

  /** Sheet and column choice; open with one sentence when no network list was found. */
  private mapping(state: PaneState, sentence: string | null, open: boolean): HTMLElement {
    const t = this.t;
    const sheets = (state.snapshot?.sheets ?? []).filter((s) => !OWN_SHEET.test(s.name.trim()));
    const form = new MappingForm(t, sheets, state, (overrides) => void this.controller.saveMapping(overrides));
    const body = [sentence ? el('p', { class: 'alert', role: 'alert' }, sentence) : null, el('p', {}, t.mappingIntro), form.element];
    if (open) return this.section(t.mappingTitle, ...body);
    return el('section', { class: 'card card--quiet', 'aria-label': t.mappingTitle }, el('details', {}, el('summary', {}, t.mappingTitle), ...body));
  }
}

/** The mapping form: sheet, header row and one dropdown per network field, options from the chosen header row. */
class MappingForm {
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
    reset.addEventListener('click', () => save({}));
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
      save({ networkSheet: this.sheetSelect.value, headerRow: Number.isInteger(header) && header >= 1 ? header - 1 : undefined, columns });
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
      const text = cellText(row[i] ?? null);
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
