/*
 * npm start, as Office add-in projects do it: dev certificates, the webpack dev server on
 * https://localhost:3000 and sideloading into Excel on the desktop (office-addin-debugging).
 * Where Excel has no desktop version (Linux) it says so in one line and explains Excel on the web.
 * `npm stop` ends a desktop debugging session.
 */
import { spawn } from 'child_process';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '..');
const BIN = path.join(ROOT, 'node_modules', '.bin');

export const WEB_INSTRUCTIONS = {
  de: [
    'So nutzen Sie Excel im Web:',
    '  1. Lassen Sie diesen Server laufen (https://localhost:3000). Öffnen Sie https://localhost:3000/taskpane.html einmal im Browser und vertrauen Sie dem Entwicklerzertifikat.',
    '  2. Öffnen Sie eine Arbeitsmappe in Excel im Web (https://www.office.com).',
    '  3. Einfügen > Add-Ins > Meine Add-Ins > Mein Add-In hochladen, dann manifest.xml aus diesem Ordner wählen.',
    '  4. Die Registerkarte „Frühe Hilfen“ erscheint; „Prüfen“ öffnet den Aufgabenbereich.',
  ],
  en: [
    'To use Excel on the web instead:',
    '  1. Keep this server running (https://localhost:3000). Open https://localhost:3000/taskpane.html once in the browser and trust the developer certificate.',
    '  2. Open a workbook in Excel on the web (https://www.office.com).',
    '  3. Insert > Add-ins > My Add-ins > Upload My Add-in, then choose manifest.xml from this folder.',
    '  4. The "Frühe Hilfen" tab appears; "Check" opens the task pane.',
  ],
};

/** True where Excel has a desktop app office-addin-debugging can sideload into. */
export function hasExcelDesktop(platform: NodeJS.Platform = process.platform): boolean {
  return platform === 'win32' || platform === 'darwin';
}

function run(command: string, args: string[]): void {
  const child = spawn(path.join(BIN, command), args, { cwd: ROOT, stdio: 'inherit', shell: process.platform === 'win32' });
  child.on('exit', (code) => {
    process.exitCode = code ?? 1;
  });
}

function main(): void {
  if (hasExcelDesktop()) {
    run('office-addin-debugging', ['start', 'manifest.xml', 'desktop', '--app', 'excel', '--dev-server', 'npm run dev-server', '--dev-server-port', '3000']);
    return;
  }
  console.log(`Excel für den Desktop gibt es auf ${process.platform} nicht; der Dev-Server startet ohne Sideloading. / Excel has no desktop app on ${process.platform}; starting the dev server without sideloading.`);
  console.log([...WEB_INSTRUCTIONS.de, '', ...WEB_INSTRUCTIONS.en, '', 'Ohne Excel / without Excel: npm run preview'].join('\n'));
  run('webpack', ['serve', '--mode', 'development']);
}

if (require.main === module) main();
