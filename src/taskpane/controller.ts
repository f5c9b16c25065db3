import { placeOf } from '../core/address';
import { AuditResult } from '../core/audit/result';
import { recordSnapshot } from '../core/history/compare';
import { HistorySnapshot } from '../core/history/snapshot';
import { Lang } from '../core/lang';
import { ReaderOverrides, WorkbookModel } from '../core/reader/model';
import { buildReport } from '../report/buildReport';
import { ReportDoc } from '../report/model';
import { renderHtml } from '../report/render/html';
import { renderBudgetChartSheet, renderSheet } from '../report/render/sheet';
import { buildTemplate } from '../report/template';
import { auditSnapshot } from '../workbook/auditSnapshot';
import { HistoryRead, historyOf, historySheet } from '../workbook/historySheet';
import { ReportPrinter, overridesToSettings, taughtFromSettings, taughtToSettings, WorkbookPort, WorkbookSnapshot } from '../workbook/port';
import { STRINGS } from './strings';

export type Busy = 'audit' | 'report' | 'print' | 'chart' | 'template' | 'mapping' | null;

export interface Status {
  readonly kind: 'info' | 'success' | 'error';
  readonly text: string;
}

export interface PaneState {
  readonly lang: Lang;
  readonly busy: Busy;
  readonly status: Status | null;
  readonly snapshot: WorkbookSnapshot | null;
  readonly model: WorkbookModel | null;
  readonly result: AuditResult | null;
  /** The Prüfbericht of the last audit: what the pane shows. */
  readonly doc: ReportDoc | null;
  readonly overrides: ReaderOverrides;
}

type Listener = (state: PaneState) => void;

/**
 * What the pane and the ribbon commands do, on the workbook port and core only (no Office.js, no
 * DOM). Each action reads the workbook afresh (1 sync) so an edit in Excel is always seen, and a
 * writing action adds exactly one write (1 sync).
 */
export class PaneController {
  private state: PaneState;
  private readonly listeners: Listener[] = [];

  private readonly today: () => Date;
  private readonly printer: ReportPrinter | null;

  constructor(
    private readonly port: WorkbookPort,
    lang: Lang,
    options: { today?: () => Date; printer?: ReportPrinter } = {},
  ) {
    this.today = options.today ?? (() => new Date());
    this.printer = options.printer ?? null;
    this.state = { lang, busy: null, status: null, snapshot: null, model: null, result: null, doc: null, overrides: {} };
  }

  get current(): PaneState {
    return this.state;
  }

  subscribe(listener: Listener): void {
    this.listeners.push(listener);
  }

  async audit(): Promise<AuditResult | null> {
    return this.run('audit', async () => {
      const { result } = await this.readAndAudit();
      const count = (s: string) => result.findings.filter((f) => f.severity === s).length;
      this.set({ status: { kind: 'info', text: this.t.audited(result.actors, count('error'), count('warning')) } });
      return result;
    });
  }

  /**
   * Writes the Prüfbericht and, in the same write, records the audit's snapshot in the add-in's sheet
   * FH-Verlauf (one entry per day: a second report of the day replaces the first), which the next
   * audit compares itself with.
   */
  async writeReport(): Promise<string | null> {
    return this.run('report', async () => {
      const { doc, history, current } = await this.readAndAudit();
      const { sheet, charts } = renderSheet(doc, this.today());
      const sheets = current ? [sheet, historySheet(history, recordSnapshot(history.snapshots, current), this.state.lang)] : [sheet];
      this.set({ status: { kind: 'info', text: this.t.writing } });
      const [name, recorded] = await this.port.writeSheets(sheets, charts);
      this.set({ status: { kind: 'success', text: this.t.reportWritten(name, recorded ?? null) } });
      return name;
    });
  }

  /**
   * "Prüfbericht drucken / als PDF": the same report as the HTML file of fh-check --report, opened in
   * a window of its own for the browser's print dialog. The window opens first, in the click (a
   * browser allows it only then), and gets the document once the audit is done.
   */
  async printReport(): Promise<boolean> {
    if (this.state.busy) return false;
    const target = this.printer?.open() ?? null;
    if (!target) {
      this.set({ status: { kind: 'error', text: this.t.printBlocked } });
      return false;
    }
    const shown = await this.run('print', async () => {
      const { doc } = await this.readAndAudit();
      target.show(renderHtml(doc));
      this.set({ status: { kind: 'success', text: this.t.printOpened } });
      return true;
    });
    if (!shown) target.cancel();
    return shown === true;
  }

  async budgetChart(): Promise<string | null> {
    return this.run('chart', async () => {
      const { doc } = await this.readAndAudit();
      const built = renderBudgetChartSheet(doc);
      if (!built) {
        this.set({ status: { kind: 'error', text: this.t.noBudget } });
        return null;
      }
      this.set({ status: { kind: 'info', text: this.t.writing } });
      const [name] = await this.port.writeSheets([built.sheet], [built.chart]);
      this.set({ status: { kind: 'success', text: this.t.chartWritten(name) } });
      return name;
    });
  }

  async insertTemplate(): Promise<string[] | null> {
    return this.run('template', async () => {
      const snapshot = await this.port.readWorkbook();
      this.set({ snapshot });
      const sheets = buildTemplate(this.state.lang, snapshot.sheets);
      this.set({ status: { kind: 'info', text: this.t.writing } });
      const names = await this.port.writeSheets(sheets);
      this.set({ status: { kind: 'success', text: this.t.templateWritten(names.join(', ')) } });
      return names;
    });
  }

  async select(finding: { readonly sheet: string | null; readonly cell: string | null }): Promise<void> {
    if (!finding.sheet || !finding.cell) return;
    const { sheet, cell } = finding;
    await this.run(null, async () => {
      await this.port.selectCell(sheet, cell);
      this.set({ status: { kind: 'info', text: this.t.selected(placeOf(sheet, cell)) } });
    });
  }

  /**
   * Teaches the type of a partner no rule recognises ("Bethesda" → Geburtsklinik), saved in the
   * workbook where the FH functions and fh-check read it too, then audits with it. A later choice
   * for the same label replaces the earlier one; null removes the label's teaching.
   */
  async teachType(label: string, actorType: string | null): Promise<AuditResult | null> {
    const saved = await this.run('mapping', async () => {
      const before = taughtFromSettings(this.state.snapshot?.settings ?? {}).filter((t) => t.label !== label);
      await this.port.saveSettings(taughtToSettings(actorType === null ? before : [...before, { label, actorType }]));
      return true;
    });
    return saved ? this.audit() : null;
  }

  /** Saves the planner's sheet and column choice in the workbook, then audits with it ({} = detect again). */
  async saveMapping(overrides: ReaderOverrides): Promise<AuditResult | null> {
    const saved = await this.run('mapping', async () => {
      // Stored in the workbook, where the FH.* functions and fh-check read it too.
      await this.port.saveSettings(overridesToSettings(overrides));
      return true;
    });
    return saved ? this.audit() : null;
  }

  private get t() {
    return STRINGS[this.state.lang];
  }

  /** Reads and audits the workbook, and compares the audit with the latest entry of an earlier day in FH-Verlauf. */
  private async readAndAudit(): Promise<{ result: AuditResult; doc: ReportDoc; history: HistoryRead; current: HistorySnapshot | null }> {
    this.set({ status: { kind: 'info', text: this.t.working } });
    const snapshot = await this.port.readWorkbook();
    const { model, result, overrides } = auditSnapshot(snapshot);
    const { history, current, comparison } = historyOf(snapshot, result, this.today());
    const doc = buildReport(result, { lang: this.state.lang, date: this.today(), workbookName: snapshot.name ?? null, comparison });
    this.set({ snapshot, model, result, doc, overrides });
    return { result, doc, history, current };
  }

  /** One action at a time; an error becomes a sentence in the status line, never an exception in the UI. */
  private async run<T>(busy: Busy, action: () => Promise<T>): Promise<T | null> {
    if (this.state.busy) return null;
    this.set({ busy });
    try {
      return await action();
    } catch (e) {
      this.set({ status: { kind: 'error', text: this.t.failed(e instanceof Error ? e.message : String(e)) } });
      return null;
    } finally {
      this.set({ busy: null });
    }
  }

  private set(patch: Partial<PaneState>): void {
    this.state = { ...this.state, ...patch };
    for (const listener of this.listeners) listener(this.state);
  }
}

