/*
 * Entry of the shared-runtime page: picks the workbook port (Office.js inside Excel, where
 * Office.onReady reports the host; the in-memory workbook the preview server embeds otherwise),
 * builds controller and view, and hands the controller to the ribbon commands. The only place that
 * decides between Excel and the preview.
 */
import { Lang } from '../core/lang';
import { MemoryWorkbook } from '../workbook/memory';
import { connectOffice } from '../workbook/office';
import { PREVIEW_ELEMENT_ID, WorkbookPort, WorkbookSnapshot } from '../workbook/port';
import { provideApp } from './app';
import { PaneController } from './controller';
import { langOf } from './strings';
import { PaneView } from './view';

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
  const controller = new PaneController(port, lang);
  new PaneView(root, controller, { previewFile });
  provideApp(controller);
  // In Excel the pane audits when a command asks or it becomes visible (see commands); the preview at once.
  if (!office) await controller.audit();
}

void boot();
