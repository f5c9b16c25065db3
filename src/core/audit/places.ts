import { NetworkField, NetworkSheet } from '../reader/model';

/** A cell of the network list: on the partner's own sheet (a network may span several), 0-based. */
export interface NetworkPlace {
  readonly sheet: string;
  readonly row: number;
  readonly column: number | null;
}

/**
 * Where a finding about one partner points: its row on its own sheet, in the first of `fields` that
 * sheet has. Every sheet of a network has its own columns, so they are looked up per sheet.
 */
export function actorPlace(network: NetworkSheet, actor: { readonly sheet: string; readonly row: number }, ...fields: NetworkField[]): NetworkPlace {
  const part = network.parts.find((p) => p.sheet === actor.sheet);
  const columns = part?.columns ?? network.columns;
  const field = fields.find((f) => columns[f] !== undefined);
  return { sheet: actor.sheet, row: actor.row, column: field === undefined ? null : (columns[field] as number) };
}

/** Whether any sheet of the network has this column: a network on several sheets may ask on some only. */
export function hasColumn(network: NetworkSheet, field: NetworkField): boolean {
  return network.parts.some((p) => p.columns[field] !== undefined);
}

/** Where a finding about a whole column points: its header on the first sheet that has it, else the network's first sheet. */
export function columnPlace(network: NetworkSheet, field: NetworkField): { readonly sheet: string; readonly row: number | null; readonly column: number | null } {
  const part = network.parts.find((p) => p.columns[field] !== undefined) ?? network.parts[0];
  return { sheet: part?.sheet ?? network.sheet, row: part?.headerRow ?? network.headerRow, column: part?.columns[field] ?? null };
}
