import { CellValue, isCellError } from '../grid';
import { NetworkField } from '../reader/model';
import { networkFromRange } from '../reader/networkRange';
import { detectNetworkLayout, NetworkLayout } from '../reader/networkLayout';
import { GENERIC_PRACTICE, moreSpecific, readNetworkRows, typeFromContact } from '../reader/networkRows';
import { isArchiveHeading } from '../reader/formerPartners';
import { splitSozialraeume } from '../reader/sozialraumCell';
import { cellText, filledCells } from '../reader/values';
import { ACTOR_TYPES, ActorType, ActorTypeId } from '../taxonomy/actorTypes';
import { Classification, classifyActor } from '../taxonomy/classifier';

type Classify = (name: string, typeText: string | null) => Classification;
import { StringIds } from '../stringIds';
import { fold } from '../text';
import { coverageOf, presentTypes, requirementLists } from './coverage';
import { isDistrictWide } from './sozialraeume';

export interface RangeCoverageOptions {
  /** Only this Sozialraum's partners (and district-wide ones); null, blank or district-wide = all. */
  readonly sozialraum?: string | null;
  /** The planner's required types (ids, labels or spellings); null or empty = the default list. */
  readonly required?: readonly string[] | null;
  /** Saved column mapping (0-based within the range) for a range without recognisable header. */
  readonly columns?: Readonly<Partial<Record<NetworkField, number>>> | null;
  /** The classifier with what the planner taught (see teachClassifier); default: the rules alone. */
  readonly classify?: (name: string, typeText: string | null) => Classification;
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
 *
 * The rows and types are those networkFromRange reads (a test holds the two together), but only the
 * name, type and Sozialraum cells are read, and each distinct (name, type) pair of strings is decided
 * once per call: on a 100,000-row list a row costs about two string lookups (see bench/functions.ts).
 */
export function rangeCoverage(values: readonly (readonly CellValue[])[], options: RangeCoverageOptions = {}): RangeCoverage {
  const columns = options.columns ?? null;
  const classify = options.classify ?? classifyActor;
  const wanted = options.sozialraum === undefined || options.sozialraum === null ? '' : fold(options.sozialraum);
  const filter = wanted !== '' && !isDistrictWide(wanted);
  const present = new Set<ActorTypeId>();
  let networkPartners = 0;
  let partners = 0;
  const layout = rangeLayout(values, columns);
  if (layout && needsFullReader(layout)) {
    // Status, end-date and matrix columns are rare in ranges handed to a function: the reader itself decides.
    const all = networkFromRange(values, null, columns, classify);
    networkPartners = all.length;
    const own = filter ? networkFromRange(values, options.sozialraum ?? null, columns, classify) : all;
    const rows = new Set(own.map((a) => a.row));
    const counted = filter ? [...own, ...all.filter((a) => !rows.has(a.row) && a.sozialraeume.some(isDistrictWide))] : all;
    partners = counted.length;
    for (const a of counted) if (a.actorTypeId !== null) present.add(a.actorTypeId);
  } else if (layout) {
    const scan = scanRows(values, layout, filter ? wanted : null, classify);
    networkPartners = scan.networkPartners;
    partners = scan.partners;
    scan.found.forEach((f, i) => f && present.add(ACTOR_TYPES[i].id));
    if (filter && layout.columns.sozialraum === undefined) {
      // No Sozialraum column: the reader takes the rows that name the Sozialraum in any cell.
      present.clear();
      const named = networkFromRange(values, options.sozialraum ?? null, columns, classify);
      partners = named.length;
      for (const a of named) if (a.actorTypeId !== null) present.add(a.actorTypeId);
    }
  }
  const lists = requirementLists(options.required ?? null, null);
  // As in the audit: a listed Geburtsklinik also counts as a hospital, an ASD also as the Jugendamt.
  const { coverage, missing } = coverageOf(presentTypes(present), lists.required);
  return { coverage, missing, networkPartners, partners, unknownRequired: lists.unknown };
}

/** A row's verdict: the index of its actor type in ACTOR_TYPES, or one of these. */
const UNTYPED = -1;
const BLANK = -2;
const SUM = -3;
const SECTION_IF_ALONE = -4;
/** "Archiv", "ehemalige Partner": alone in its row, the rows below are former partners. */
const ARCHIVE_IF_ALONE = -5;

interface Scan {
  readonly networkPartners: number;
  readonly partners: number;
  /** Per ACTOR_TYPES index: a counted partner has this type. */
  readonly found: readonly boolean[];
}

/**
 * The hot loop, in a function of its own: V8 optimises it once and keeps it, where a loop inside a
 * larger function would be re-optimised on every call. It calls no closure made per call.
 */
function scanRows(values: readonly (readonly CellValue[])[], layout: NetworkLayout, wanted: string | null, classify: Classify): Scan {
  const { name: nameColumn = -1, type: typeColumn = -1, sozialraum: sozialraumColumn = -1, contact: contactColumn = -1 } = layout.columns;
  const reader = new RowReader(nameColumn, typeColumn, classify);
  const places = wanted !== null && sozialraumColumn >= 0 ? new SozialraumFilter(wanted, reader.ids) : null;
  const found: boolean[] = new Array<boolean>(ACTOR_TYPES.length).fill(false);
  const genericPractice = ACTOR_TYPES.findIndex((t) => t.id === GENERIC_PRACTICE);
  let networkPartners = 0;
  let partners = 0;
  for (let r = layout.headerIndex === null ? 0 : layout.headerIndex + 1; r < values.length; r++) {
    const row = values[r];
    let verdict = reader.verdict(row);
    if (verdict === BLANK || verdict === SUM || (verdict === SECTION_IF_ALONE && filledCells(row) === 1)) continue;
    if (verdict === ARCHIVE_IF_ALONE && filledCells(row) === 1) break;
    networkPartners++;
    if (places !== null && !places.serves(row[sozialraumColumn])) continue;
    partners++;
    if ((verdict < 0 || verdict === genericPractice) && contactColumn >= 0) {
      const contact = textOf(row[contactColumn]);
      const type = contact === null ? null : typeFromContact(contact);
      if (type !== null && (verdict < 0 || type.id !== GENERIC_PRACTICE)) verdict = ACTOR_TYPES.indexOf(type);
    }
    if (verdict >= 0) found[verdict] = true;
  }
  return { networkPartners, partners, found };
}

/** Ids below this make a pair key under 2^30, which V8 keeps unboxed; rarer pairs are read each time. */
const PAIR_BASE = 1 << 14;

/**
 * Reads a row's name and type cells as the reader does and gives its verdict. Rows repeat a few
 * hundred labels, so the verdict is worked out once per distinct (name, type) pair of strings.
 */
class RowReader {
  readonly ids: StringIds;
  private readonly pairs: Map<number, number>;
  private readonly nameColumn: number;
  private readonly typeColumn: number;

  constructor(
    nameColumn: number,
    typeColumn: number,
    private readonly classify: Classify,
  ) {
    this.ids = new StringIds();
    this.pairs = new Map();
    this.nameColumn = nameColumn;
    this.typeColumn = typeColumn;
  }

  verdict(row: readonly CellValue[]): number {
    const nameValue = this.nameColumn < 0 ? null : row[this.nameColumn];
    const typeValue = this.typeColumn < 0 ? null : row[this.typeColumn];
    const nameId = typeof nameValue === 'string' && nameValue !== '' ? this.ids.id(nameValue) : -1;
    const typeId = typeof typeValue === 'string' && typeValue !== '' ? this.ids.id(typeValue) : -1;
    // Strings get a cached verdict; numbers, booleans, blanks and errors are rare enough to read each time.
    const cacheable = (nameId >= 0 || !isFilled(nameValue)) && (typeId >= 0 || !isFilled(typeValue)) && nameId < PAIR_BASE && typeId < PAIR_BASE;
    const key = (nameId + 1) * PAIR_BASE + typeId + 1;
    if (cacheable) {
      const known = this.pairs.get(key);
      if (known !== undefined) return known;
    }
    const result = rowVerdict(textOf(nameValue), textOf(typeValue), this.classify);
    if (cacheable) this.pairs.set(key, result);
    return result;
  }
}

/** A cell that is neither empty nor an error: its text matters. */
function isFilled(value: CellValue | undefined): boolean {
  return value !== undefined && value !== null && value !== '' && !isCellError(value);
}

function rowVerdict(name: string | null, typeText: string | null, classify: Classify): number {
  const label = name ?? typeText;
  if (label === null) return BLANK;
  const type = moreSpecific(classify(label, name === null ? null : typeText), name, typeText, classify).actorType;
  if (type !== null) return ACTOR_TYPES.indexOf(type);
  return labelRule(label);
}

/** Columns whose reading the fast scan does not repeat: with them the reader reads the range itself. */
function needsFullReader(layout: NetworkLayout): boolean {
  const c = layout.columns;
  return c.status !== undefined || c.until !== undefined || c.note !== undefined || (layout.sozialraumColumns?.length ?? 0) > 0;
}

/** The layout networkFromRange uses: the header found by content, else the planner's saved mapping. */
function rangeLayout(values: readonly (readonly CellValue[])[], columns: RangeCoverageOptions['columns']): NetworkLayout | null {
  const layout = detectNetworkLayout({ name: '', values, originRow: 0, originColumn: 0 });
  if ((!layout || layout.headerIndex === null) && columns && Object.keys(columns).length > 0) return { headerIndex: null, columns, score: 1 };
  return layout;
}

/** The reader's text of a cell: null when empty or an error. */
function textOf(value: CellValue | undefined): string | null {
  if (value === undefined || value === null || isCellError(value)) return null;
  const text = cellText(value);
  return text === '' ? null : text;
}

/** Bounds memory in a long Excel session, as the classifier's memo does. */
const MEMO_LIMIT = 100_000;
const rules = new Map<string, number>();
const PROBE: NetworkLayout = { headerIndex: null, columns: { name: 0 }, score: 1 };

/**
 * Whether the reader skips a row of no recognised type with this label: as a sum row ("Summe",
 * "Gesamt" …) always, as a Kernbereich section heading when the label is the row's only cell.
 * Asked of the reader itself on a one-row probe, once per distinct label, so its rules keep one
 * definition.
 */
function labelRule(label: string): number {
  let rule = rules.get(label);
  if (rule === undefined) {
    const probe = (values: CellValue[][]) => readNetworkRows({ name: '', values, originRow: 0, originColumn: 0 }, PROBE, []).actors.length > 0;
    rule = !probe([[label, 'x']]) ? SUM : isArchiveHeading(label) ? ARCHIVE_IF_ALONE : !probe([[label]]) ? SECTION_IF_ALONE : UNTYPED;
    if (rules.size >= MEMO_LIMIT) rules.clear();
    rules.set(label, rule);
  }
  return rule;
}

/** Empties the per-label memo (for cold benchmarks, beside clearClassifierMemo). */
export function clearRangeCoverageMemo(): void {
  rules.clear();
}

/** Whether a partner's Sozialraum cell puts it in the wanted Sozialraum; each spelling is decided once per call. */
class SozialraumFilter {
  private readonly wanted: string;
  private readonly ids: StringIds;
  private readonly verdicts: boolean[];

  constructor(wanted: string, ids: StringIds) {
    this.wanted = wanted;
    this.ids = ids;
    this.verdicts = [];
  }

  serves(cell: CellValue | undefined): boolean {
    if (typeof cell !== 'string' || cell === '') return this.decide(textOf(cell));
    const id = this.ids.id(cell);
    let verdict = this.verdicts[id];
    if (verdict === undefined) verdict = this.verdicts[id] = this.decide(textOf(cell));
    return verdict;
  }

  private decide(text: string | null): boolean {
    if (text === null) return false;
    const folded = fold(text);
    return folded === this.wanted || splitSozialraeume(text).some((s) => isDistrictWide(s) || fold(s) === this.wanted);
  }
}
