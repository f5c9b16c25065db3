import { constants, promises as fs } from 'fs';
import * as path from 'path';
import { REPORT_MARKER } from '../report/render/html';
import { UsageError } from './args';

async function realOrNull(p: string): Promise<string | null> {
  try {
    return await fs.realpath(p);
  } catch {
    return null;
  }
}

async function isOurReport(p: string): Promise<boolean> {
  let handle: fs.FileHandle | null = null;
  try {
    handle = await fs.open(p, constants.O_RDONLY);
    const head = Buffer.alloc(4096);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    return head.subarray(0, bytesRead).toString('utf8').includes(REPORT_MARKER);
  } catch {
    return false;
  } finally {
    await handle?.close();
  }
}

/**
 * Writes the report without ever losing a planner's file: refuses the input workbook (however it is
 * reached: ../, a symlink, another spelling) and any existing file that is not an earlier report of
 * ours; an earlier report is replaced only with --force. Writes a temporary file beside the target
 * and renames it, so an interrupted write leaves the old file whole.
 */
export async function writeReportFile(target: string, html: string, input: string | null, force: boolean): Promise<void> {
  const shown = path.basename(target);
  const realInput = input === null ? null : await realOrNull(input);
  const realTarget = await realOrNull(target);
  if (realTarget !== null) {
    if (realInput !== null && realTarget === realInput) {
      throw new UsageError(
        `--report ${shown} ist die geprüfte Arbeitsmappe selbst; sie wird nie überschrieben. Geben Sie einen neuen Dateinamen an, z. B. --report pruefbericht.html.`,
        `--report ${shown} is the audited workbook itself; it is never overwritten. Give a new file name, e.g. --report report.html.`,
      );
    }
    const stat = await fs.stat(realTarget);
    if (!stat.isFile() || !(await isOurReport(realTarget))) {
      throw new UsageError(
        `${shown} gibt es schon und ist kein Prüfbericht von fh-check; die Datei bleibt unangetastet. Wählen Sie einen anderen Namen.`,
        `${shown} already exists and is not an fh-check report; it is left untouched. Choose another name.`,
      );
    }
    if (!force) {
      throw new UsageError(
        `${shown} ist ein früherer Prüfbericht. Mit --force wird er ersetzt, oder wählen Sie einen anderen Namen.`,
        `${shown} is an earlier report. Add --force to replace it, or choose another name.`,
      );
    }
  }
  const finalPath = realTarget ?? path.resolve(target);
  const temp = path.join(path.dirname(finalPath), `.${path.basename(finalPath)}.${process.pid}.tmp`);
  try {
    await fs.writeFile(temp, html, { encoding: 'utf8', flag: 'wx' });
    await fs.rename(temp, finalPath);
  } catch (e) {
    await fs.rm(temp, { force: true });
    throw e;
  }
}
