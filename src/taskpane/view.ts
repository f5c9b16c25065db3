import { placeOf } from '../core/address';
import { AuditResult } from '../core/audit/result';
import { Severity } from '../core/findings/finding';
import { Lang } from '../core/lang';
import { ReaderOverrides } from '../core/reader/model';
import { findingText } from '../report/findingText';
import { formatPercent } from '../report/format';
import { SEVERITY_GROUPS } from '../report/labels';
import { Block, Cell, ReportDoc, ReportFinding, Section, TableBlock } from '../report/model';
import { cellText } from '../report/render/cells';
import { ownedSheets } from '../workbook/port';
import { PaneController, PaneState } from './controller';
import { append, el, uid } from './dom';
import { mapTable } from '../report/mapTable';
import { hyphenate } from '../report/render/hyphenate';
import { networkMapTree } from '../report/render/networkMapSvg';
import { SVG_NS, SvgNode } from '../report/render/svgTree';
import { trendChartTree } from '../report/render/trendChartSvg';
import { MappingForm } from './mappingForm';
import { reportYearForm } from './reportYearForm';
import { teachTypesCard } from './teachTypes';
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
          action(t.print, t.printHint, () => controller.printReport()),
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
    if (state.result && state.doc && state.result !== this.shown) {
      this.shown = state.result;
      this.results.replaceChildren(...this.resultSections(state, state.result, state.doc));
      if (!this.firstResultMarked) {
        this.firstResultMarked = true;
        performance.mark('fh-findings-shown');
      }
    }
  }

  /** The report model's sections, as cards; without a network list, the mapping form first. */
  private resultSections(state: PaneState, result: AuditResult, doc: ReportDoc): Node[] {
    if (result.networkSheet === null) {
      const notFound = result.findings.find((f) => f.code === 'network-sheet-not-found');
      const findings = doc.sections.find((s) => s.id === 'findings');
      return [this.mapping(state, notFound ? findingText(notFound, this.lang) : '', true), ...(findings ? [this.section(findings)] : [])];
    }
    const sections = doc.sections.map((s) => this.section(s));
    const teach = teachTypesCard(
      this.t,
      this.lang,
      result,
      (label, actorType) => void this.controller.teachType(label, actorType),
      (p) => void this.controller.select(p),
    );
    // After the overview and the missing types: the partners whose type could close a gap.
    if (teach) sections.splice(Math.min(2, sections.length), 0, teach);
    return [...sections, this.mapping(state, null, false)];
  }

  private section(section: Section): HTMLElement {
    const body = section.blocks.map((b) => this.block(b, section.title));
    if (section.detail) {
      return el('section', { class: 'card card--quiet', 'aria-label': section.title }, el('details', {}, el('summary', {}, section.title), ...body));
    }
    const id = uid('section');
    return el('section', { class: 'card', 'aria-labelledby': id }, el('h2', { id, class: 'card__title' }, section.title), ...body);
  }

  private text(cell: Cell): string {
    return cellText(cell, this.lang);
  }

  /** One block of the report model; `label` names it for assistive technology where it needs a name. */
  private block(b: Block, label: string): Node {
    switch (b.kind) {
      case 'paragraph':
        return el('p', { class: b.tone ? `tone--${b.tone}` : undefined }, b.text);
      case 'facts':
        return el('dl', { class: 'figures' }, ...b.items.flatMap((i) => [el('dt', {}, i.label), el('dd', {}, this.text(i.value))]));
      case 'tiles':
        return el(
          'ul',
          { class: 'tiles' },
          ...b.items.map((i) =>
            el(
              'li',
              { class: `tile tile--${i.tone}` },
              i.icon ? el('span', { class: 'tile__icon', 'aria-hidden': 'true' }, i.icon) : null,
              el('span', { class: 'tile__value' }, this.text(i.value)),
              // Two tiles share 320 px: long German words get break points, never a cut ("Kooperations-vereinbarung").
              el('span', { class: 'tile__label' }, hyphenate(i.label, this.lang)),
              i.reason ? el('span', { class: 'tile__reason' }, hyphenate(i.reason, this.lang)) : null,
              i.share === undefined || i.share === null ? null : el('span', { class: 'meter', 'aria-hidden': 'true' }, this.fill(i.share)),
            ),
          ),
        );
      case 'table':
        return this.table(b, label);
      case 'list':
        return el(b.ordered ? 'ol' : 'ul', { class: 'list' }, ...b.items.map((i) => el('li', {}, i)));
      case 'chart':
        return this.bars(b.table, b.series);
      case 'map':
        return this.figure('map-figure', networkMapTree(b, this.lang, { narrow: true }), b.caption, this.t.mapAsTable, mapTable(b, this.lang), b.title);
      case 'trend':
        return this.figure('trend-figure', trendChartTree(b, this.lang, { narrow: true }), b.caption, b.table.caption ?? b.title, b.table, b.title);
      case 'findings':
        return this.findings(b.items);
    }
  }

  /** A picture, and the same facts as a table folded below it, for screen readers and a closer look. */
  private figure(cls: string, tree: SvgNode, caption: string, summary: string, t: TableBlock, label: string): Node {
    return el('figure', { class: cls }, svgElement(tree), el('figcaption', {}, caption), el('details', { class: 'more' }, el('summary', {}, summary), this.table(t, label)));
  }

  private table(t: TableBlock, label: string): Node {
    const t9 = this.t;
    const head = el(
      'tr',
      {},
      ...t.columns.map((c) =>
        el('th', { scope: 'col', class: c.numeric ? 'num' : undefined, 'aria-label': c.short ? c.label : undefined }, c.short ? el('abbr', { title: c.label }, c.short) : c.label),
      ),
    );
    const rows = t.rows.map((row) =>
      el(
        'tr',
        { class: row.emphasis ? 'total' : undefined },
        ...row.cells.map((c, i) => {
          const zero = c !== null && typeof c === 'object' && c.kind === 'count' && c.value === 0;
          const numeric = c !== null && typeof c === 'object';
          const text = this.text(c);
          if (i === 0) return el('th', { scope: 'row' }, text);
          return el('td', { class: numeric ? (zero ? 'num zero' : 'num') : undefined }, text, zero ? el('span', { class: 'sr-only' }, ` ${t9.missingMark}`) : null);
        }),
      ),
    );
    // A scrolling region must be reachable by keyboard (WCAG 2.1.1): focusable, with a name.
    const table = el('div', { class: 'table-scroll', tabindex: '0', role: 'region', 'aria-label': t.caption ?? label }, el('table', { class: 'grid' }, el('thead', {}, head), el('tbody', {}, ...rows)));
    return t.detail ? el('details', { class: 'more' }, el('summary', {}, t.caption ?? t9.showAll(t.rows.length)), table) : table;
  }

  /** A chart's table as labelled bars: first series against the second (budget against need). */
  private bars(t: TableBlock, series: readonly number[]): Node {
    const [first, second] = series;
    const value = (c: Cell | undefined) => (c !== null && c !== undefined && typeof c === 'object' ? c.value : null);
    return el(
      'ul',
      { class: 'bars' },
      ...t.rows.map((row) => {
        const a = value(row.cells[first]);
        const b = second === undefined ? null : value(row.cells[second]);
        const share = a !== null && b ? a / b : null;
        const text = b === null ? this.text(row.cells[first]) : this.t.budgetOf(this.text(row.cells[first]), this.text(row.cells[second]), share === null ? '–' : formatPercent(share, this.lang));
        return el(
          'li',
          { class: 'bars__item' },
          el('span', { class: 'bars__name' }, this.text(row.cells[0])),
          el('span', { class: 'bars__text' }, text),
          share === null ? null : el('span', { class: 'meter', 'aria-hidden': 'true' }, this.fill(share)),
        );
      }),
    );
  }

  private findings(items: readonly ReportFinding[]): Node {
    const groups = SEVERITIES.map((severity) => {
      const group = items.filter((f) => f.severity === severity);
      if (group.length === 0) return null;
      return el(
        'details',
        { class: `group group--${severity}`, open: severity !== 'info' },
        el('summary', {}, el('span', { class: `badge badge--${severity}`, 'aria-hidden': 'true' }), `${SEVERITY_GROUPS[this.lang][severity]} (${group.length})`),
        el('ul', { class: 'findings' }, ...group.map((f) => this.finding(f))),
      );
    });
    return el('div', {}, ...groups);
  }

  private finding(f: ReportFinding): HTMLElement {
    const t = this.t;
    const criterion = f.criterion ? el('span', { class: 'finding__criterion' }, t.criterion(f.criterion)) : null;
    if (f.sheet && f.cell) {
      const place = placeOf(f.sheet, f.cell);
      const button = el('button', { type: 'button', class: 'finding__link', 'data-sheet': f.sheet, 'data-cell': f.cell }, el('span', { class: 'finding__text' }, f.text), el('span', { class: 'finding__place' }, el('span', { class: 'sr-only' }, `${t.goTo(place)}: `), place), criterion);
      button.addEventListener('click', () => void this.controller.select(f));
      return el('li', { class: `finding finding--${f.severity}` }, button);
    }
    return el('li', { class: `finding finding--${f.severity}` }, el('span', { class: 'finding__text' }, f.text), f.sheet ? el('span', { class: 'finding__place' }, f.sheet) : null, criterion);
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
    const own = new Set(ownedSheets(state.snapshot?.settings ?? {}).map((n) => n.toLowerCase()));
    const sheets = (state.snapshot?.sheets ?? []).filter((s) => !own.has(s.name.toLowerCase()));
    const save = (overrides: ReaderOverrides) => void this.controller.saveMapping(overrides);
    const form = new MappingForm(t, sheets, state, save);
    const year = reportYearForm(t, state, save);
    const body = [sentence ? el('p', { class: 'alert', role: 'alert' }, sentence) : null, el('p', {}, t.mappingIntro), form.element, year];
    if (open) {
      const id = uid('section');
      return el('section', { class: 'card', 'aria-labelledby': id }, el('h2', { id, class: 'card__title' }, t.mappingTitle), ...body);
    }
    return el('section', { class: 'card card--quiet', 'aria-label': t.mappingTitle }, el('details', {}, el('summary', {}, t.mappingTitle), ...body));
  }
}

/** DOM from a picture's element tree: attributes set one by one, text as text nodes, never parsed markup. */
function svgElement(node: SvgNode | string): Node {
  if (typeof node === 'string') return document.createTextNode(node);
  const element = document.createElementNS(SVG_NS, node.tag);
  for (const [name, value] of Object.entries(node.attrs ?? {})) if (value !== undefined) element.setAttribute(name, String(value));
  for (const child of node.children ?? []) element.appendChild(svgElement(child));
  return element;
}
