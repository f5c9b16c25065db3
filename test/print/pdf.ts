/**
 * Printing an HTML report to PDF as a planner's browser does: Debian's chromium on the command line
 * (--print-to-pdf, a fresh profile, no network), then poppler's pdfinfo/pdftotext/pdftoppm to read
 * the result. Used by the print test and by scripts/screenshots.ts.
 */
import { execFileSync, execSync } from 'child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { CHROMIUM, ensureChromium } from '../browser/chromium';

export function ensurePoppler(): void {
  if (existsSync('/usr/bin/pdfinfo')) return;
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) throw new Error('pdfinfo fehlt: sudo apt-get install -y poppler-utils / pdfinfo is missing');
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq poppler-utils', { stdio: 'ignore', timeout: 600_000 });
}

/** Writes `html` to `dir/name.html` and prints it to `dir/name.pdf` (A4 from the report's own @page rule). */
export function printToPdf(html: string, dir: string, name: string): string {
  ensureChromium();
  ensurePoppler();
  const file = path.join(dir, `${name}.html`);
  const pdf = path.join(dir, `${name}.pdf`);
  writeFileSync(file, html);
  const profile = mkdtempSync(path.join(os.tmpdir(), 'fh-print-profile-'));
  try {
    execFileSync(
      CHROMIUM,
      [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        `--user-data-dir=${profile}`,
        `--print-to-pdf=${pdf}`,
        '--no-pdf-header-footer',
        pathToFileURL(file).href,
      ],
      { stdio: 'ignore', timeout: 120_000 },
    );
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  return pdf;
}

export function pdfPages(pdf: string): number {
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? NaN);
}

/** The PDF's text in reading order, one line per printed line. */
export function pdfText(pdf: string): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });
}

/** One page as PNG at `dpi` (pdftoppm), written to `png`. */
export function pdfPagePng(pdf: string, page: number, png: string, dpi = 60): void {
  const stem = png.replace(/\.png$/, '');
  execFileSync('pdftoppm', ['-png', '-r', String(dpi), '-f', String(page), '-l', String(page), '-singlefile', pdf, stem]);
}

const LETTERS = /[\p{L}\u00ad]+/gu;
const HYPHENS = /[-\u2010\u00ad]$/;

/** The words of an HTML report's running text, each with the places a soft hyphen allows a break. */
export function sourceWords(html: string): Map<string, Set<number>> {
  const text = html
    .replace(/<style>[\s\S]*?<\/style>/g, ' ')
    .replace(/<wbr>/g, '\u200b')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
  const words = new Map<string, Set<number>>();
  for (const [token] of text.matchAll(LETTERS)) {
    const points = new Set<number>();
    let plain = '';
    for (const ch of token) {
      if (ch === '\u00ad') points.add(plain.length);
      else plain += ch;
    }
    const known = words.get(plain) ?? new Set<number>();
    for (const p of points) known.add(p);
    words.set(plain, known);
  }
  return words;
}

/**
 * Line breaks inside a word that the source does not allow: a line ending in a fragment that, joined
 * with the next line's first letters, is a word of the source, broken without a hyphen ("Heidekam" /
 * "p"), or with a hyphen where no soft hyphen stood. Real hyphens ("Mutter-Kind-Kur") and breaks at
 * soft hyphens pass.
 */
export function wordsSplitOutsideHyphenation(text: string, words: Map<string, Set<number>>): string[] {
  const lines = text.split('\n').map((l) => l.trim());
  const wrong: string[] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    const tail = /([\p{L}]+)([-\u2010\u00ad]?)$/u.exec(lines[i]);
    const head = /^([\p{L}]+)/u.exec(lines[i + 1]);
    if (!tail || !head) continue;
    const [, before, hyphen] = tail;
    const joined = before + head[1];
    // A hyphen the source wrote itself ("Kinder-" / "und") joins to no word of the source: skipped here.
    const allowed = words.get(joined);
    if (!allowed) continue;
    const partsAreWords = words.has(before) && words.has(head[1]);
    if (hyphen && HYPHENS.test(hyphen) ? !allowed.has(before.length) && !partsAreWords : !partsAreWords) wrong.push(`${before}${hyphen}|${head[1]}`);
  }
  return wrong;
}
