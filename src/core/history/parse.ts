import { Indicators } from '../audit/indicators';
import { CRITERIA, CriterionId } from '../criteria/catalog';
import { CRITERION_STATUSES, CriterionStatus } from '../criteria/status';
import { NeedRange } from '../need/parameters';
import { NEED_PARAMETER_IDS, NeedParameterId } from '../needParameterIds';
import { ActorTypeId, isActorTypeId } from '../taxonomy/actorTypes';
import { Kernbereich, KERNBEREICHE } from '../taxonomy/kernbereich';
import { HistorySnapshot, SnapshotPartner, SnapshotSozialraum, typeOrder } from './snapshot';

/**
 * A snapshot from plain data (a `--json` result's `snapshot`, a row of the sheet "FH-Verlauf"), checked
 * field by field: every id must be one we know, every figure a number. Anything else gives null, so a
 * damaged or foreign record is never compared as if it were an audit.
 */
export function snapshotFromJson(value: unknown): HistorySnapshot | null {
  try {
    return parse(value);
  } catch (e) {
    if (e instanceof Invalid) return null;
    throw e;
  }
}

class Invalid extends Error {}

const fail = (): never => {
  throw new Invalid();
};

type Obj = Readonly<Record<string, unknown>>;

const obj = (v: unknown): Obj => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Obj) : fail());
const arr = (v: unknown): readonly unknown[] => (Array.isArray(v) ? v : fail());
const num = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) ? v : fail());
const count = (v: unknown): number => (Number.isInteger(num(v)) && (v as number) >= 0 ? (v as number) : fail());
const str = (v: unknown): string => (typeof v === 'string' ? v : fail());
const orNull = <T>(v: unknown, read: (x: unknown) => T): T | null => (v === null || v === undefined ? null : read(v));

const typeId = (v: unknown): ActorTypeId => {
  const s = str(v);
  return isActorTypeId(s) ? s : fail();
};
const kernbereich = (v: unknown): Kernbereich => (KERNBEREICHE as readonly unknown[]).includes(v) ? (v as Kernbereich) : fail();
const status = (v: unknown): CriterionStatus => (CRITERION_STATUSES as readonly unknown[]).includes(v) ? (v as CriterionStatus) : fail();
const parameterId = (v: unknown): NeedParameterId => (NEED_PARAMETER_IDS as readonly unknown[]).includes(v) ? (v as NeedParameterId) : fail();
const range = (v: unknown): NeedRange => {
  const o = obj(v);
  return { low: num(o.low), mid: num(o.mid), high: num(o.high) };
};

function parse(value: unknown): HistorySnapshot {
  const o = obj(value);
  const date = str(o.date);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) fail();
  const kb = obj(o.kernbereiche);
  const kernbereiche = Object.fromEntries(KERNBEREICHE.map((k) => [k, count(kb[k])])) as Record<Kernbereich, number>;
  const byType: Partial<Record<ActorTypeId, number>> = {};
  const types = Object.entries(obj(o.byType)).map(([id, n]) => [typeId(id), count(n)] as const);
  for (const [id, n] of [...types].sort((a, b) => typeOrder(a[0]) - typeOrder(b[0]))) byType[id] = n;
  return {
    date,
    reportYear: orNull(o.reportYear, count),
    partners: count(o.partners),
    kernbereiche,
    byType,
    requiredTotal: count(o.requiredTotal),
    missingRequired: arr(o.missingRequired).map(typeId),
    missingRecommended: arr(o.missingRecommended).map(typeId),
    sozialraeume: arr(o.sozialraeume).map((s): SnapshotSozialraum => {
      const so = obj(s);
      return { name: str(so.name), missing: arr(so.missing).map(kernbereich) };
    }),
    budget: orNull(o.budget, num),
    need: orNull(o.need, range),
    criteria: orNull(o.criteria, criteriaOf),
    indicators: indicatorsOf(obj(o.indicators)),
    names: orNull(o.names, (v) =>
      arr(v).map((p): SnapshotPartner => {
        const po = obj(p);
        return { name: str(po.name), type: orNull(po.type, typeId) };
      }),
    ),
  };
}

function criteriaOf(v: unknown): Partial<Record<CriterionId, CriterionStatus>> {
  const o = obj(v);
  const known = new Set<string>(CRITERIA.map((c) => c.id));
  if (Object.keys(o).some((id) => !known.has(id))) fail();
  // Catalog order, whatever order the source kept.
  const out: Partial<Record<CriterionId, CriterionStatus>> = {};
  for (const c of CRITERIA) if (o[c.id] !== undefined) out[c.id] = status(o[c.id]);
  return out;
}

function indicatorsOf(o: Obj): Indicators {
  return {
    partners: count(o.partners),
    partnersPer1000Births: orNull(o.partnersPer1000Births, num),
    requiredPresent: num(o.requiredPresent),
    withAgreement: orNull(o.withAgreement, num),
    budgetPerBirth: orNull(o.budgetPerBirth, num),
    needCovered: orNull(o.needCovered, range),
    labFtePer1000Births: orNull(o.labFtePer1000Births, num),
    criteriaMet: orNull(o.criteriaMet, num),
    ownParameters: arr(o.ownParameters).map(parameterId),
  };
}
