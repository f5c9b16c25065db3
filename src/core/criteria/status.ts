import { CellValue, isCellError } from '../grid';
import { fold } from '../text';

/** A criterion's state as the planner assessed it. */
export type CriterionStatus = 'erfuellt' | 'teilweise' | 'nicht_erfuellt' | 'offen';

export const CRITERION_STATUSES: readonly CriterionStatus[] = ['erfuellt', 'teilweise', 'nicht_erfuellt', 'offen'];

// Spellings after statusKey(): folded (lower case, umlauts spelled out), brackets and quotes dropped,
// spaces around dots removed, trailing dots dropped. Whole-cell matches only: a text like
// "ja, aber nur teilweise" is left unread (null) rather than guessed.
const SPELLINGS: Readonly<Record<CriterionStatus, readonly string[]>> = {
  erfuellt: [
    'erfuellt', 'voll erfuellt', 'vollstaendig erfuellt', 'vollstaendig', 'umgesetzt', 'vollstaendig umgesetzt',
    'ja', 'j', 'x', '✓', '✔', '☑', '✅', 'true', 'wahr', 'erledigt', 'vorhanden', 'ok',
    'met', 'fully met', 'fulfilled', 'yes', 'y', 'done', 'complete', 'completed',
  ],
  teilweise: [
    'teilweise', 'teilweise erfuellt', 'teilweise umgesetzt', 'teilw', 'tlw', 'teils', 'zum teil', 'z.t', 'zt',
    'in arbeit', 'in umsetzung', 'begonnen', '½', '1/2',
    'partially', 'partial', 'partly', 'partially met', 'in progress', 'ongoing', 'started',
  ],
  nicht_erfuellt: [
    'nicht erfuellt', 'unerfuellt', 'nicht umgesetzt', 'nicht vorhanden', 'nein', 'n', 'fehlt', 'falsch', 'false',
    '-', '–', '—', '✗', '✘', '❌', 'not met', 'no', 'missing', 'not done',
  ],
  offen: [
    'offen', 'noch offen', 'n.b', 'nb', 'nicht bewertet', 'noch nicht bewertet', 'nicht beurteilt', '?', '??',
    'open', 'tbd', 'to do', 'todo', 'not assessed', 'pending',
  ],
};

const BY_SPELLING: ReadonlyMap<string, CriterionStatus> = new Map(
  (Object.keys(SPELLINGS) as CriterionStatus[]).flatMap((status) => SPELLINGS[status].map((s) => [s, status] as const)),
);

function statusKey(text: string): string {
  return fold(text.replace(/[()[\]"'„“”‚‘’«»]/g, ''))
    .replace(/\s*\.\s*/g, '.')
    .replace(/\.+$/, '');
}

// Planners score 1 / 0.5 / 0 (or 100 % / 50 % / 0 %, which Excel stores the same way).
function fromNumber(value: number): CriterionStatus | null {
  if (value === 1) return 'erfuellt';
  if (value === 0.5) return 'teilweise';
  if (value === 0) return 'nicht_erfuellt';
  return null;
}

/** Reads a status as planners type it (erfüllt, teilweise, nicht erfüllt, offen, ja/nein, x, ✓, English too); null when empty or unclear. */
export function parseCriterionStatus(value: CellValue): CriterionStatus | null {
  if (value === null || isCellError(value)) return null;
  if (typeof value === 'boolean') return value ? 'erfuellt' : 'nicht_erfuellt';
  if (typeof value === 'number') return fromNumber(value);
  const key = statusKey(value);
  if (key === '') return null;
  const known = BY_SPELLING.get(key);
  if (known) return known;
  // Numbers typed as text: "1", "0,5", "0.5".
  return /^\d+(?:[.,]\d+)?$/.test(key) ? fromNumber(Number(key.replace(',', '.'))) : null;
}

const CREDIT: Readonly<Partial<Record<CriterionStatus, number>>> = { erfuellt: 1, teilweise: 0.5, nicht_erfuellt: 0 };

/** Share met (teilweise counts half) of assessed statuses; null when none is assessed (offen/empty do not count). */
export function criteriaScore(statuses: readonly (CriterionStatus | null)[]): number | null {
  let assessed = 0;
  let met = 0;
  for (const status of statuses) {
    const credit = status === null ? undefined : CREDIT[status];
    if (credit === undefined) continue;
    assessed += 1;
    met += credit;
  }
  return assessed === 0 ? null : met / assessed;
}
