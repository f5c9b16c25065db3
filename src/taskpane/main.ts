/*
 * Entry of the shared-runtime page: picks the workbook port (Office.js inside Excel, where
 * Office.onReady reports the host; the in-memory workbook the preview server embeds otherwise),
 * builds controller and view, and hands the controller to the ribbon commands. The only place that
 * decides between Excel and the preview.
 */
import { Lang } from '../core/lang';
import { MemoryWorkbook } from '../workbook/memory';
import { connectOffice } from '../workbook/office';
import { PREVIEW_ELEMENT_ID, PrintTarget, ReportPrinter, WorkbookPort, WorkbookSnapshot } from '../workbook/port';
import { provideApp } from './app';
import { PaneController } from './controller';
import { langOf } from './strings';
import { PaneView } from './view';

/**
 * The printable report in a new window of the pane's own origin (about:blank), written from memory:
 * nothing is requested or sent. In Excel on the web and in the preview this is a browser tab; where a
 * host gives an add-in no window (some desktop hosts), `open` returns null and the pane says so.
 * Office's dialog API would need a second page and DialogApi 1.2 (messageChild) to pass a 100 KB
 * document; a window needs neither, and the manifest's requirement sets stay as they are.
 */
const windowPrinter: ReportPrinter = {
  open(): PrintTarget | null {
    const win = window.open('', '_blank');
    if (!win) return null;
    return {
      show(html: string): void {
        const doc = win.document;
        doc.open();
        doc.write(html);
        doc.close();
        // The window shares the pane's Content-Security-Policy, which refuses inline <style>: the
        // report's own style sheet goes in through CSSOM, which that policy allows.
        const css = Array.from(doc.querySelectorAll('style'), (s) => s.textContent ?? '').join('\n');
        const sheet = new (win as unknown as { CSSStyleSheet: typeof CSSStyleSheet }).CSSStyleSheet();
        sheet.replaceSync(css);
        doc.adoptedStyleSheets = [sheet];
        win.focus();
      },
      cancel(): void {
        win.close();
      },
    };
  },
};

async function boot(): Promise<void> {
  const root = document.getElementById('app');
  if (!root) return;
  // The preview server embeds the workbook it read; Excel never serves that element.
  const embedded = document.getElementById(PREVIEW_ELEMENT_ID);
  const office = embedded ? null : await connectOffice();
  let port: WorkbookPort;
  let lang: Lang;
  let previewFile: string | null = null;
  if (office) {
    port = office.port;
    lang = langOf(office.displayLanguage);
    office.followTheme((dark) => {
      document.documentElement.dataset.theme = dark ? 'dark' : 'light';
    });
    await office.port.open();
  } else {
    // Browser preview (or a browser without Office): the in-memory workbook, no Office.js involved.
    const snapshot: WorkbookSnapshot = embedded ? (JSON.parse(embedded.textContent ?? '{}') as WorkbookSnapshot) : { name: null, sheets: [], settings: {} };
    port = new MemoryWorkbook(snapshot);
    previewFile = snapshot.name ?? '–';
    lang = langOf(new URLSearchParams(location.search).get('lang') ?? navigator.language);
    (window as unknown as { fhPreview: { port: WorkbookPort } }).fhPreview = { port };
  }
  const controller = new PaneController(port, lang, { printer: windowPrinter });
  new PaneView(root, controller, { previewFile });
  provideApp(controller);
  // In Excel the pane audits when a command asks or it becomes visible (see commands); the preview at once.
  if (!office) await controller.audit();
}

void boot();
