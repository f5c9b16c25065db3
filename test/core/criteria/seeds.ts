import * as fs from 'fs';
import * as path from 'path';

// The source texts live beside the repository (../shared on a dev machine), never inside it.
const SEED_DIRS = [path.resolve(__dirname, '../../../../shared/seeds'), '/work/shared/seeds'];

export const SEED_FILES = {
  dimension1: '001_04896e041f9e855f.txt',
  criteria: '002_af9d033b2c78d647.txt',
  dimension5: '003_2e813bd1445b5c67.txt',
} as const;

/** The seed's text, or null when it is not on this machine (the caller skips and says so). */
export function readSeed(file: string): string | null {
  for (const dir of SEED_DIRS) {
    const full = path.join(dir, file);
    if (fs.existsSync(full)) return fs.readFileSync(full, 'utf8');
  }
  return null;
}

export const SEED_MISSING = `skipped: seed file not found in ${SEED_DIRS.join(' or ')}`;

/**
 * Words of a text, lower case. The seeds come from PDFs: undo line-break hyphenation
 * ("Unterstüt-\nzungsbedarfe") and split ligatures ("Qualifi zierung") so a copied phrase is still found.
 */
export function words(text: string): string[] {
  const repaired = text.replace(/-\s*\n\s*(?=\p{Ll})/gu, '').replace(/(f[il]) (?=\p{Ll})/gu, '$1');
  return repaired.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Every run of n consecutive words of the source. */
export function wordRuns(source: string, n: number): Set<string> {
  const w = words(source);
  const runs = new Set<string>();
  for (let i = 0; i + n <= w.length; i++) runs.add(w.slice(i, i + n).join(' '));
  return runs;
}

/** The first run of n words that `text` shares with the source runs, or null. */
export function sharedRun(text: string, runs: Set<string>, n: number): string | null {
  const w = words(text);
  for (let i = 0; i + n <= w.length; i++) {
    const run = w.slice(i, i + n).join(' ');
    if (runs.has(run)) return run;
  }
  return null;
}

/** The bullet items ("•") of a seed between two headings, joined across wrapped lines. */
export function bulletsBetween(text: string, start: string, end: string): string[] {
  const from = text.indexOf(start);
  const to = text.indexOf(end, from + start.length);
  if (from < 0 || to < 0) throw new Error(`headings not found: ${start} … ${end}`);
  return text
    .slice(from + start.length, to)
    .split('•')
    .slice(1)
    .map((item) => item.replace(/\s+/g, ' ').trim());
}
