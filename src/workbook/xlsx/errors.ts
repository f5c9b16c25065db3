import * as path from 'path';

export type WorkbookReadErrorCode = 'not-found' | 'not-xlsx' | 'unreadable' | 'too-large';

/** Why a file could not be read, with a sentence in German and English that names the file and says what to do. */
export class WorkbookReadError extends Error {
  readonly code: WorkbookReadErrorCode;
  readonly path: string;
  readonly messageDe: string;
  readonly messageEn: string;

  constructor(code: WorkbookReadErrorCode, filePath: string, messageDe: string, messageEn: string, cause?: unknown) {
    super(messageEn);
    this.name = 'WorkbookReadError';
    this.code = code;
    this.path = filePath;
    this.messageDe = messageDe;
    this.messageEn = messageEn;
    if (cause !== undefined) (this as { cause?: unknown }).cause = cause;
  }
}

const ZIP_SIGNATURE = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const EMPTY_ZIP_SIGNATURE = Buffer.from([0x50, 0x4b, 0x05, 0x06]);
/** OLE2 compound file: old .xls, and also the container Excel uses for password-protected .xlsx. */
const CFB_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ENCRYPTION_STREAM = Buffer.from('EncryptionInfo', 'utf16le');

/** Refuses, with the right sentence, bytes that are not a zip: empty, old .xls, a password-protected .xlsx, anything else. */
export function checkSignature(buf: Buffer, label: string): void {
  if (buf.length === 0) throw errors.empty(label);
  if (buf.subarray(0, 8).equals(CFB_SIGNATURE)) {
    throw buf.includes(ENCRYPTION_STREAM) ? errors.encrypted(label) : errors.oldXls(label);
  }
  const head = buf.subarray(0, 4);
  if (!head.equals(ZIP_SIGNATURE) && !head.equals(EMPTY_ZIP_SIGNATURE)) throw errors.notXlsx(label);
}

export function fileSystemError(filePath: string, e: unknown): WorkbookReadError {
  const code = (e as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return errors.notFound(filePath);
  if (code === 'EISDIR') return errors.directory(filePath);
  return errors.unreadable(filePath, e);
}

const name = (label: string): string => path.basename(label) || label;

export const errors = {
  notFound: (p: string) =>
    new WorkbookReadError('not-found', p, `Die Datei „${p}“ wurde nicht gefunden. Prüfen Sie den Pfad.`, `The file "${p}" was not found. Check the path.`),
  directory: (p: string) =>
    new WorkbookReadError(
      'not-xlsx',
      p,
      `„${p}“ ist ein Ordner, keine Excel-Datei. Geben Sie den Pfad einer .xlsx-Datei an.`,
      `"${p}" is a folder, not an Excel file. Give the path of an .xlsx file.`,
    ),
  empty: (p: string) =>
    new WorkbookReadError(
      'not-xlsx',
      p,
      `Die Datei „${name(p)}“ ist leer. Speichern Sie die Arbeitsmappe in Excel erneut als .xlsx und versuchen Sie es noch einmal.`,
      `The file "${name(p)}" is empty. Save the workbook again as .xlsx in Excel and try again.`,
    ),
  oldXls: (p: string) =>
    new WorkbookReadError(
      'not-xlsx',
      p,
      `Die Datei „${name(p)}“ ist im alten Excel-Format (.xls). Öffnen Sie sie in Excel, speichern Sie sie als .xlsx und versuchen Sie es noch einmal.`,
      `The file "${name(p)}" is in the old Excel format (.xls). Open it in Excel, save it as .xlsx and try again.`,
    ),
  encrypted: (p: string) =>
    new WorkbookReadError(
      'unreadable',
      p,
      `Die Datei „${name(p)}“ ist mit einem Kennwort geschützt. Speichern Sie in Excel eine Kopie ohne Kennwort und prüfen Sie diese.`,
      `The file "${name(p)}" is password-protected. Save a copy without a password in Excel and check that copy.`,
    ),
  notXlsx: (p: string) =>
    new WorkbookReadError(
      'not-xlsx',
      p,
      `Die Datei „${name(p)}“ ist keine Excel-Arbeitsmappe (.xlsx). Speichern Sie sie in Excel als .xlsx und versuchen Sie es noch einmal.`,
      `The file "${name(p)}" is not an Excel workbook (.xlsx). Save it as .xlsx in Excel and try again.`,
    ),
  tooLarge: (p: string, limitMb: number) =>
    new WorkbookReadError(
      'too-large',
      p,
      `Die Datei „${name(p)}“ würde entpackt mehr als ${limitMb} MB belegen und wird nicht gelesen (Schutz vor Zip-Bomben). Ist sie eine echte Arbeitsmappe, erlaubt --max-unzipped-mb mehr.`,
      `The file "${name(p)}" would unpack to more than ${limitMb} MB and is not read (zip-bomb protection). If it is a real workbook, --max-unzipped-mb allows more.`,
    ),
  unreadable: (p: string, cause: unknown) =>
    new WorkbookReadError(
      'unreadable',
      p,
      `Die Datei „${name(p)}“ konnte nicht gelesen werden (beschädigt oder nicht zugreifbar). Öffnen Sie sie in Excel, speichern Sie sie erneut als .xlsx und versuchen Sie es noch einmal.`,
      `The file "${name(p)}" could not be read (damaged or not accessible). Open it in Excel, save it again as .xlsx and try again.`,
      cause,
    ),
};

