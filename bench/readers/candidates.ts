import { Reader } from './types';

export interface Candidate {
  label: string;
  /** Loaded on demand, so a child process pays only for the library it measures. */
  load: () => Promise<Reader>;
}

export const CANDIDATES = {
  'exceljs-model': { label: 'exceljs full model (today)', load: async () => (await import('./exceljsModel')).readExcelJsModel },
  'exceljs-stream': { label: 'a. exceljs streaming reader', load: async () => (await import('./exceljsStream')).readExcelJsStream },
  sheetjs: { label: 'b. SheetJS dense', load: async () => (await import('./sheetjs')).readSheetJs },
  direct: { label: 'c. fflate Unzip + saxes, capped', load: async () => (await import('./direct')).readDirect },
  floor: { label: 'd. FLOOR: zlib + saxes', load: async () => (await import('./floor')).readFloor },
  'fh-check': { label: 'fh-check reader (chosen: d + layout, settings)', load: async () => (await import('./fhCheck')).readFhCheck },
  'fh-check-audit': { label: 'fh-check audit (reader + audit)', load: async () => (await import('./fhCheck')).auditFhCheck },
} satisfies Record<string, Candidate>;

export type CandidateName = keyof typeof CANDIDATES;
export const CANDIDATE_NAMES = Object.keys(CANDIDATES) as CandidateName[];

export function isCandidateName(name: string): name is CandidateName {
  return Object.prototype.hasOwnProperty.call(CANDIDATES, name);
}
