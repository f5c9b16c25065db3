// CONTRACT STUB — to be implemented (criteria helper).
import { CriterionStatus } from '../reader/model';
import { CellValue } from '../grid';

/** Reads a status as planners type it (erfüllt, teilweise, nicht erfüllt, offen, ja/nein, x, ✓, English too); null when empty or unclear. */
export declare function parseCriterionStatus(value: CellValue): CriterionStatus | null;

/** Share met (teilweise counts half) of assessed statuses; null when none is assessed (offen/empty do not count). */
export declare function criteriaScore(statuses: readonly (CriterionStatus | null)[]): number | null;
