import { CellValue } from '../grid';
import { networkFromRange } from '../reader/networkRange';
import { NetworkActor, NetworkField } from '../reader/model';
import { ActorType } from '../taxonomy/actorTypes';
import { fold } from '../text';
import { coverageOf, requirementLists } from './coverage';
import { isDistrictWide } from './sozialraeume';

export interface RangeCoverageOptions {
  /** Only this Sozialraum's partners (and district-wide ones); null, blank or district-wide = all. */
  readonly sozialraum?: string | null;
  /** The planner's required types (ids, labels or spellings); null or empty = the default list. */
  readonly required?: readonly string[] | null;
  /** Saved column mapping (0-based within the range) for a range without recognisable header. */
  readonly columns?: Readonly<Partial<Record<NetworkField, number>>> | null;
}

export interface RangeCoverage {
  /** Share 0..1 of required types present among the counted partners. */
  readonly coverage: number;
  /** Required types not present, in list order. */
  readonly missing: readonly ActorType[];
  /** Partner rows of the whole range; 0 means the range is no partner list. */
  readonly networkPartners: number;
  /** Partner rows counted for the Sozialraum (all rows without one). */
  readonly partners: number;
  /** Entries of `required` that name no actor type. */
  readonly unknownRequired: readonly string[];
}

/**
 * Coverage of required actor types by the partners of a bare range (a custom-function argument).
 * For one Sozialraum, its own partners count together with the district-wide ones (they serve every
 * Sozialraum, as in the audit); a partner listed for several Sozialräume ("Nord / Süd") counts in each.
 */
export function rangeCoverage(values: readonly (readonly CellValue[])[], options: RangeCoverageOptions = {}): RangeCoverage {
  const columns = options.columns ?? null;
  const all = networkFromRange(values, null, columns);
  const wanted = options.sozialraum === undefined || options.sozialraum === null ? '' : fold(options.sozialraum);
  let counted: readonly NetworkActor[] = all;
  if (wanted !== '' && !isDistrictWide(wanted)) {
    counted = all.some((a) => a.sozialraum !== null)
      ? all.filter(servesSozialraum(wanted))
      : // No Sozialraum column: the reader takes the rows that name it in any cell.
        networkFromRange(values, options.sozialraum ?? null, columns);
  }
  const lists = requirementLists(options.required ?? null, []);
  const present = new Set<string>();
  for (const a of counted) if (a.actorTypeId !== null) present.add(a.actorTypeId);
  const { coverage, missing } = coverageOf(present, lists.required);
  return { coverage, missing, networkPartners: all.length, partners: counted.length, unknownRequired: lists.unknown };
}

/** Several Sozialräume in one cell: "Nord / Süd", "Nord, Süd", "Nord; Süd", "Nord + Süd", "Nord und Süd". */
const SOZIALRAUM_LIST = /\s*(?:[/,;+&]|\bund\b|\band\b)\s*/;

function servesSozialraum(wanted: string): (actor: NetworkActor) => boolean {
  // Few distinct Sozialraum spellings repeat over many rows: decide each spelling once.
  const verdicts = new Map<string, boolean>();
  return (actor) => {
    const cell = actor.sozialraum;
    if (cell === null) return false;
    let verdict = verdicts.get(cell);
    if (verdict === undefined) {
      const folded = fold(cell);
      verdict = folded === wanted || isDistrictWide(folded) || folded.split(SOZIALRAUM_LIST).includes(wanted);
      verdicts.set(cell, verdict);
    }
    return verdict;
  };
}
