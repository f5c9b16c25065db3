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
