import { promises as fs } from 'fs';
import * as path from 'path';
import { isOverviewXlsx } from './overviewFile';

async function isDirectory(p: string): Promise<boolean> {
  try {
    return (await fs.stat(p)).isDirectory();
  } catch {
    return false;
  }
}

/** Several inputs, a folder, or an overview to write: the audit runs over many workbooks. */
export async function isBatchRun(inputs: readonly string[], overview: string | null): Promise<boolean> {
  return inputs.length > 1 || overview !== null || (inputs.length === 1 && (await isDirectory(inputs[0])));
}

const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Every .xlsx under a folder, in name order folder by folder; hidden files and Excel's lock files (~$…) left out. */
async function workbooksIn(dir: string, out: string[]): Promise<void> {
  const entries = (await fs.readdir(dir, { withFileTypes: true })).sort((a, b) => byName(a.name, b.name));
  for (const e of entries) {
    if (e.name.startsWith('.') || e.name.startsWith('~$')) continue;
    const p = path.join(dir, e.name);
    if (e.isDirectory()) await workbooksIn(p, out);
    else if (e.isFile() && /\.xlsx$/i.test(e.name) && !(await isOverviewXlsx(p))) out.push(p);
  }
}

/**
 * The files to audit, in the order given; a folder stands for the workbooks in it (and its
 * subfolders), less the overviews fh-check wrote there. Files named one by one are all taken: one
 * that is missing or no workbook is reported with its reason, like any file that cannot be read.
 */
export async function expandInputs(inputs: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const input of inputs) {
    if (await isDirectory(input)) await workbooksIn(input, files);
    else files.push(input);
  }
  return files;
}
