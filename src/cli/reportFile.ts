import { constants, promises as fs } from 'fs';
import * as path from 'path';
import { REPORT_MARKER } from '../report/render/html';
import { UsageError } from './usageError';

async function realOrNull(p: string): Promise<string | null> {
  try {
    return await fs.realpath(p);
  } catch {
    return null;
  }
}

/** The first bytes of a file, or null when it cannot be read. */
export async function headOf(p: string, bytes = 4096): Promise<Buffer | null> {
  let handle: fs.FileHandle | null = null;
  try {
    handle = await fs.open(p, constants.O_RDONLY);
    const head = Buffer.alloc(bytes);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    return head.subarray(0, bytesRead);
  } catch {
    return null;
  } finally {
    await handle?.close();
  }
}

/** A kind of file fh-check writes, how it knows its own, and how a refusal names it. */
export interface OwnFileKind {
  /** The option that names the target, e.g. --report. */
  readonly option: string;
  /** A file name to suggest. */
  readonly example: { readonly de: string; readonly en: string };
  /** "kein Prüfbericht von fh-check" / "not an fh-check report". */
  readonly notOurs: { readonly de: string; readonly en: string };
  /** The refusal of an earlier file of ours without --force. */
  readonly earlier: (shown: string) => { readonly de: string; readonly en: string };
  /** True when the existing file (its real path) is one fh-check wrote of this kind. */
  readonly isOurs: (realPath: string) => Promise<boolean>;
}

const REPORT: OwnFileKind = {
  option: '--report',
  example: { de: 'pruefbericht.html', en: 'report.html' },
  notOurs: { de: 'kein Prüfbericht von fh-check', en: 'not an fh-check report' },
  earlier: (shown) => ({
    de: `${shown} ist ein früherer Prüfbericht. Mit --force wird er ersetzt, oder wählen Sie einen anderen Namen.`,
    en: `${shown} is an earlier report. Add --force to replace it, or choose another name.`,
  }),
  isOurs: async (p) => (await headOf(p))?.toString('utf8').includes(REPORT_MARKER) ?? false,
};

/**
 * Where a file of ours may be written without ever losing a planner's file: refuses a path that is
 * one of the inputs (however it is reached: ../, a symlink, another spelling) and any existing file
 * that is not an earlier one of ours of this kind; an earlier one is replaced only with --force.
 * Returns the path to write.
 */
export async function checkOwnTarget(target: string, inputs: readonly string[], force: boolean, kind: OwnFileKind): Promise<string> {
  const shown = path.basename(target);
  const realTarget = await realOrNull(target);
  if (realTarget === null) return path.resolve(target);
  const realInputs = await Promise.all(inputs.map(realOrNull));
  if (realInputs.includes(realTarget)) {
    const de = inputs.length === 1 ? 'die geprüfte Arbeitsmappe selbst' : 'eine der geprüften Arbeitsmappen';
    const en = inputs.length === 1 ? 'the audited workbook itself' : 'one of the audited workbooks';
    throw new UsageError(
      `${kind.option} ${shown} ist ${de}; sie wird nie überschrieben. Geben Sie einen neuen Dateinamen an, z. B. ${kind.option} ${kind.example.de}.`,
      `${kind.option} ${shown} is ${en}; it is never overwritten. Give a new file name, e.g. ${kind.option} ${kind.example.en}.`,
    );
  }
  const stat = await fs.stat(realTarget);
  if (!stat.isFile() || !(await kind.isOurs(realTarget))) {
    throw new UsageError(
      `${shown} gibt es schon und ist ${kind.notOurs.de}; die Datei bleibt unangetastet. Wählen Sie einen anderen Namen.`,
      `${shown} already exists and is ${kind.notOurs.en}; it is left untouched. Choose another name.`,
    );
  }
  if (!force) {
    const { de, en } = kind.earlier(shown);
    throw new UsageError(de, en);
  }
  return realTarget;
}

/** Checks the target as above, then writes a temporary file beside it and renames it, so an interrupted write leaves the old file whole. */
export async function writeOwnFile(target: string, data: string | Uint8Array, inputs: readonly string[], force: boolean, kind: OwnFileKind): Promise<void> {
  const finalPath = await checkOwnTarget(target, inputs, force, kind);
  const temp = path.join(path.dirname(finalPath), `.${path.basename(finalPath)}.${process.pid}.tmp`);
  try {
    await fs.writeFile(temp, data, { flag: 'wx' });
    await fs.rename(temp, finalPath);
  } catch (e) {
    await fs.rm(temp, { force: true });
    throw e;
  }
}

/** Writes the Prüfbericht; never over the input workbook or a file that is not an earlier report of ours. */
export async function writeReportFile(target: string, html: string, input: string | null, force: boolean): Promise<void> {
  await writeOwnFile(target, html, input === null ? [] : [input], force, REPORT);
}
