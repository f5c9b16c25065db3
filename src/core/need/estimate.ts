import { NEED_PARAMETER_IDS, NeedParameterId } from '../needParameterIds';
import { NEED_PARAMETERS, NeedRange, single } from './parameters';

/** Where the yearly births come from: stated, or estimated from children under 3 (÷ 3, said so). */
export type BirthsBasis = 'settings' | 'children' | 'population' | 'budget';

export type MeasureId = 'lab' | 'lotsen' | 'coordination' | 'welcome';

/** Why a measure adds nothing: the district has no birth clinic listed, or offers no welcome visits. */
export type MeasureLeftOut = 'no-birth-clinic' | 'not-offered';

export interface MeasureEstimate {
  readonly id: MeasureId;
  /** Families (LaB), posts (Lotsendienst, coordination) or visits (welcome), as the arithmetic counts them. */
  readonly quantity: NeedRange;
  readonly quantityUnit: 'families' | 'fte' | 'visits';
  /** Full-time posts the measure needs (LaB, Lotsendienst, coordination); null for visits. */
  readonly fte: NeedRange | null;
  readonly cost: NeedRange;
  /** Null when the measure counts; else why it adds nothing. */
  readonly leftOut: MeasureLeftOut | null;
  /** Measures whose need lies in the Sozialräume (per birth); the others are district-wide. */
  readonly local: boolean;
}

export interface ResolvedParameter {
  readonly id: NeedParameterId;
  readonly value: NeedRange;
  /** The planner's value from Einstellungen, or our documented default. */
  readonly origin: 'settings' | 'default';
}

export interface MeasureNeed {
  readonly model: 'measures';
  readonly births: number;
  readonly birthsBasis: BirthsBasis;
  /** Births in the district's birth clinics, the Lotsendienst's base; 'births' = assumed equal to the district's births. */
  readonly clinicBirths: number | null;
  readonly clinicBirthsBasis: 'settings' | 'births' | null;
  readonly parameters: readonly ResolvedParameter[];
  readonly measures: readonly MeasureEstimate[];
  readonly total: NeedRange;
}

export interface MeasureNeedInput {
  /** Births a year (Einstellungen "Geburten"). */
  readonly births: number | null;
  /** Children under 3, with where the figure comes from: the fallback base, births ≈ children ÷ 3. */
  readonly children0to3: { readonly value: number; readonly basis: 'children' | 'population' | 'budget' } | null;
  readonly clinicBirths: number | null;
  /** A birth clinic is in the network list (the Lotsendienst works there). */
  readonly hasBirthClinic: boolean;
  readonly welcomeVisits: boolean | null;
  readonly overrides: Readonly<Partial<Record<NeedParameterId, number>>>;
}

const scale = (r: NeedRange, f: (v: number) => number): NeedRange => ({ low: f(r.low), mid: f(r.mid), high: f(r.high) });
const times = (a: NeedRange, b: NeedRange): NeedRange => ({ low: a.low * b.low, mid: a.mid * b.mid, high: a.high * b.high });
const plus = (a: NeedRange, b: NeedRange): NeedRange => ({ low: a.low + b.low, mid: a.mid + b.mid, high: a.high + b.high });
const ZERO = single(0);

/**
 * Yearly need as the sum of a few measures, each quantity × unit cost, from births:
 * LaB (births × share needing it ÷ families per post × cost per post), the Lotsendienst in the
 * birth clinics (clinic births ÷ 1,000 × posts × cost per post), a base of network coordination,
 * and welcome visits where the district offers them. A range (low | middle | high) from the
 * spread of the LaB share; every parameter overridable. Null when births are not known in any way.
 */
export function estimateMeasureNeed(input: MeasureNeedInput): MeasureNeed | null {
  const base = birthsOf(input);
  if (base === null) return null;
  const { births, basis } = base;
  const parameters = NEED_PARAMETER_IDS.map((id): ResolvedParameter => {
    const own = input.overrides[id];
    return own === undefined ? { id, value: NEED_PARAMETERS[id].value, origin: 'default' } : { id, value: single(own), origin: 'settings' };
  });
  const p = (id: NeedParameterId): NeedRange => (parameters.find((x) => x.id === id) as ResolvedParameter).value;

  const labFamilies = scale(p('labShare'), (s) => births * s);
  const labFte = { low: labFamilies.low / p('labFamiliesPerFte').low, mid: labFamilies.mid / p('labFamiliesPerFte').mid, high: labFamilies.high / p('labFamiliesPerFte').high };
  const lab: MeasureEstimate = { id: 'lab', quantity: labFamilies, quantityUnit: 'families', fte: labFte, cost: times(labFte, p('labCostPerFte')), leftOut: null, local: true };

  const clinicBirths = input.clinicBirths ?? (input.hasBirthClinic ? births : null);
  const clinicBirthsBasis = input.clinicBirths !== null ? 'settings' : input.hasBirthClinic ? 'births' : null;
  const lotsenFte = clinicBirths === null ? ZERO : scale(p('lotsenFtePer1000Births'), (v) => (clinicBirths / 1000) * v);
  const lotsen: MeasureEstimate = {
    id: 'lotsen',
    quantity: lotsenFte,
    quantityUnit: 'fte',
    fte: lotsenFte,
    cost: times(lotsenFte, p('lotsenCostPerFte')),
    leftOut: clinicBirths === null || clinicBirths === 0 ? 'no-birth-clinic' : null,
    local: false,
  };

  const coordinationFte = p('coordinationFte');
  const coordination: MeasureEstimate = { id: 'coordination', quantity: coordinationFte, quantityUnit: 'fte', fte: coordinationFte, cost: times(coordinationFte, p('coordinationCostPerFte')), leftOut: null, local: false };

  const offered = input.welcomeVisits === true;
  const visits = offered ? scale(p('welcomeReach'), (r) => births * r) : ZERO;
  const welcome: MeasureEstimate = { id: 'welcome', quantity: visits, quantityUnit: 'visits', fte: null, cost: times(visits, p('welcomeCostPerVisit')), leftOut: offered ? null : 'not-offered', local: true };

  const measures = [lab, lotsen, coordination, welcome];
  const total = measures.reduce((sum, m) => plus(sum, m.cost), ZERO);
  return { model: 'measures', births, birthsBasis: basis, clinicBirths, clinicBirthsBasis, parameters, measures, total };
}

function birthsOf(input: MeasureNeedInput): { births: number; basis: BirthsBasis } | null {
  if (input.births !== null && input.births > 0) return { births: input.births, basis: 'settings' };
  const children = input.children0to3;
  if (children === null || children.value <= 0) return null;
  // Children under 3 are about three years of births.
  return { births: children.value / 3, basis: children.basis };
}
