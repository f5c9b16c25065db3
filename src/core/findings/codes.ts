import { CriterionId } from '../criteria/catalog';
import { UnreadableLayout } from '../grid';
import { NeedParameterId } from '../needParameterIds';
import { ActorTypeId } from '../taxonomy/actorTypes';
import { Kernbereich } from '../taxonomy/kernbereich';

/** Why a listed partner does not count as present: status, end date, a remark, struck through, an archive block, a hidden row. */
export type FormerReason = 'status' | 'ended' | 'note' | 'struck' | 'archive' | 'hidden';

/** A model figure as a range: low, middle and high estimate. */
export interface Spread {
  readonly low: number;
  readonly mid: number;
  readonly high: number;
}

/** A need-model parameter left at its documented default: one of the model's, or the one-formula model's two. */
export type NeedDefaultId = NeedParameterId | 'burdenShare' | 'costPerFamily';

/** Values of a finding that needs none. */
export type NoValues = Readonly<Record<string, never>>;

/** Why the network list does not show a criterion the planner marked as met (the evidence rule that spoke). */
export type EvidenceGap =
  | { readonly kind: 'no-coordination' }
  | { readonly kind: 'no-youth-office' }
  | { readonly kind: 'steering-incomplete'; readonly missing: readonly Kernbereich[] }
  | { readonly kind: 'health-youth-not-bound'; readonly unbound: readonly Kernbereich[] };

/**
 * Every finding the engine can report, with its values: raw data (ids, counts, amounts in €,
 * shares 0..1, names as the planner wrote them), never words. Sentences are made at the surfaces,
 * one exhaustive function per language (src/report/findingText.ts).
 */
export interface FindingValues {
  // ── Reading the workbook ──
  'error-cell': { readonly error: string };
  'unclear-mark': { readonly value: string };
  'unreadable-amount': { readonly value: string };
  'override-sheet-missing': { readonly sheet: string };
  'layout-unreadable': { readonly sheet: string; readonly what: readonly UnreadableLayout[] };
  'sheet-clipped': { readonly sheet: string; readonly keptRows: number; readonly totalRows: number };
  'status-unclear': { readonly value: string };
  'settings-sheet-missing': { readonly sheet: string };
  // ── Choices the reader made (which sheets, which year, which rows) ──
  'network-year-chosen': { readonly year: number; readonly basis: 'settings' | 'newest'; readonly sheets: readonly string[]; readonly leftOut: readonly string[] };
  'network-year-missing': { readonly year: number; readonly available: readonly number[] };
  'network-sheets-combined': { readonly sheets: readonly string[]; readonly kernbereichFromName: readonly string[]; readonly sozialraumFromName: readonly string[] };
  /** `versionOf`: the sheet read instead, when this one is another version of the same list (a copy, an older year). */
  'network-sheet-left-out': { readonly sheet: string; readonly versionOf: string | null };
  'header-two-rows': { readonly sheet: string };
  'sozialraum-matrix': { readonly sheet: string; readonly sozialraeume: readonly string[] };
  'note-rows-skipped': { readonly count: number; readonly examples: readonly string[] };
  'former-partners': { readonly count: number; readonly reasons: Readonly<Partial<Record<FormerReason, number>>>; readonly examples: readonly string[] };
  'filtered-rows-counted': { readonly count: number };
  'partners-merged': { readonly count: number; readonly examples: readonly string[] };
  'type-from-contact': { readonly count: number; readonly examples: readonly string[] };
  'types-taught': { readonly count: number; readonly examples: readonly string[] };
  'activity-entries-unused': { readonly undated: number; readonly unknownKind: number; readonly examples: readonly string[] };
  'budget-in-thousands': { readonly header: string };
  'budget-section-chosen': { readonly spending: number; readonly income: number; readonly skipped: number };
  'budget-column-chosen': { readonly header: string; readonly year: number; readonly basis: 'settings' | 'newest'; readonly others: readonly string[] };
  'budget-year-missing': { readonly year: number; readonly available: readonly number[]; readonly scope: 'column' | 'sheet' | 'rows' };
  'budget-rows-chosen': { readonly header: string; readonly year: number; readonly basis: 'settings' | 'newest'; readonly others: readonly number[]; readonly skipped: number };
  'budget-sheet-chosen': { readonly sheet: string; readonly year: number; readonly basis: 'settings' | 'newest'; readonly others: readonly string[] };
  'criteria-tick-form': { readonly sheet: string };
  /** A tick form with `ticks` ≠ 1 ticked columns (value null), or a status text no spelling reads (`value`; ticks 0). */
  'criterion-status-unclear': { readonly criterion: CriterionId; readonly ticks: number; readonly value: string | null };
  'network-sheet-not-found': NoValues;
  'network-empty': { readonly sheet: string };
  'settings-unknown-type': { readonly value: string };
  'setting-unreadable': {
    readonly label: string;
    readonly value: string;
    readonly expected: 'number' | 'share' | 'year' | 'yesno' | 'model' | 'plausible';
    readonly range: readonly [number, number] | null;
  };
  // ── Partners, actor types, Kernbereiche, Sozialräume ──
  'missing-kernbereich': { readonly kernbereich: Kernbereich };
  'missing-actor-type': {
    readonly actorType: ActorTypeId;
    readonly kernbereich: Kernbereich;
    readonly requirement: 'required' | 'recommended';
    /** How common the type is in networks nationwide (NZFH Kommunalbefragung), where a source gives it. */
    readonly referenceRate: { readonly share: number; readonly year: number } | null;
    /** Former partners of this type still in the list (left, struck through, archived): a gap that opened. */
    readonly former: readonly string[];
  };
  'actor-type-absent': { readonly actorType: ActorTypeId; readonly instead: string | null };
  'sozialraum-missing-kernbereich': { readonly sozialraum: string; readonly missing: readonly Kernbereich[]; readonly districtWide: readonly Kernbereich[] };
  'unclassified-actor': { readonly name: string };
  'kernbereich-differs': { readonly name: string; readonly stated: Kernbereich; readonly nzfh: Kernbereich; readonly actorType: ActorTypeId };
  // ── What the list shows about criteria ──
  'no-coordination': NoValues;
  'steering-unknown': NoValues;
  'steering-incomplete': { readonly missing: readonly Kernbereich[] };
  'no-forum': NoValues;
  'forum-low': { readonly share: number };
  'no-agreements': NoValues;
  /** `unasked`: partners on sheets without an agreement column, not counted either way. */
  'agreements-missing': { readonly count: number; readonly total: number; readonly examples: readonly string[]; readonly unasked: number };
  'health-youth-not-bound': { readonly unbound: readonly Kernbereich[] };
  // ── The planner's criteria sheet ──
  'criteria-sheet-not-found': NoValues;
  'criteria-not-listed': { readonly sheet: string; readonly missing: readonly CriterionId[] };
  'criterion-duplicate': { readonly criterion: CriterionId };
  'criterion-met-contradicted': { readonly criterion: CriterionId; readonly gap: EvidenceGap };
  'criterion-met-without-evidence': { readonly criterion: CriterionId; readonly lastEntryMs: number | null; readonly months: number };
  'criterion-list-hint': { readonly criterion: CriterionId; readonly gap: EvidenceGap };
  // ── Budget and need ──
  'budget-not-found': NoValues;
  'need-unknown': NoValues;
  'budget-below-need': { readonly total: number; readonly need: Spread; readonly coverage: Spread };
  'budget-within-need-range': { readonly total: number; readonly need: Spread; readonly coverage: Spread };
  'budget-covers-need': { readonly total: number; readonly need: Spread };
  'budget-sozialraum-below-need': { readonly sozialraum: string; readonly budget: number; readonly need: number; readonly coverage: number };
  'need-defaults-used': { readonly sourced: readonly NeedDefaultId[]; readonly assumptions: readonly NeedDefaultId[] };
  'need-births-estimated': { readonly children: number; readonly births: number };
  'need-simple-model': NoValues;
  'need-settings-unused': { readonly keys: readonly ('burdenShare' | 'costPerFamily')[] };
  'budget-source-mix': { readonly bundesstiftung: number; readonly kommunal: number; readonly land: number };
}

export type FindingCode = keyof FindingValues;

// A record, not a list: the compiler refuses a code missing here or one that does not exist.
const CODES: Readonly<Record<FindingCode, true>> = {
  'error-cell': true,
  'unclear-mark': true,
  'unreadable-amount': true,
  'override-sheet-missing': true,
  'layout-unreadable': true,
  'sheet-clipped': true,
  'status-unclear': true,
  'settings-sheet-missing': true,
  'network-year-chosen': true,
  'network-year-missing': true,
  'network-sheets-combined': true,
  'network-sheet-left-out': true,
  'header-two-rows': true,
  'sozialraum-matrix': true,
  'note-rows-skipped': true,
  'former-partners': true,
  'filtered-rows-counted': true,
  'partners-merged': true,
  'type-from-contact': true,
  'types-taught': true,
  'activity-entries-unused': true,
  'budget-in-thousands': true,
  'budget-section-chosen': true,
  'budget-column-chosen': true,
  'budget-year-missing': true,
  'budget-rows-chosen': true,
  'budget-sheet-chosen': true,
  'criteria-tick-form': true,
  'criterion-status-unclear': true,
  'network-sheet-not-found': true,
  'network-empty': true,
  'settings-unknown-type': true,
  'setting-unreadable': true,
  'missing-kernbereich': true,
  'missing-actor-type': true,
  'actor-type-absent': true,
  'sozialraum-missing-kernbereich': true,
  'unclassified-actor': true,
  'kernbereich-differs': true,
  'no-coordination': true,
  'steering-unknown': true,
  'steering-incomplete': true,
  'no-forum': true,
  'forum-low': true,
  'no-agreements': true,
  'agreements-missing': true,
  'health-youth-not-bound': true,
  'criteria-sheet-not-found': true,
  'criteria-not-listed': true,
  'criterion-duplicate': true,
  'criterion-met-contradicted': true,
  'criterion-met-without-evidence': true,
  'criterion-list-hint': true,
  'budget-not-found': true,
  'need-unknown': true,
  'budget-within-need-range': true,
  'need-births-estimated': true,
  'need-simple-model': true,
  'need-settings-unused': true,
  'budget-below-need': true,
  'budget-covers-need': true,
  'budget-sozialraum-below-need': true,
  'need-defaults-used': true,
  'budget-source-mix': true,
};

export const FINDING_CODES = Object.keys(CODES) as readonly FindingCode[];
