import { Text } from '../lang';
import { NeedParameterId } from '../needParameterIds';

export type NeedUnit = 'share' | 'euro' | 'families' | 'fte';

/** A value with the spread the sources give: low, middle, high (all three equal for a single figure). */
export interface NeedRange {
  readonly low: number;
  readonly mid: number;
  readonly high: number;
}

export interface NeedParameter {
  readonly id: NeedParameterId;
  readonly unit: NeedUnit;
  readonly value: NeedRange;
  readonly label: Text;
  /** Where the default comes from, in a few words; for an assumption, why this value. */
  readonly source: Text;
  /** True when no published figure gives the value: the output calls it an assumption (Annahme). */
  readonly assumption: boolean;
}

export const single = (v: number): NeedRange => ({ low: v, mid: v, high: v });

/**
 * The defaults of the need model, each with its source or marked as an assumption (DOMAIN.md,
 * "Money" and "Need indicators"). The README's table is this table. A planner overrides any of
 * them in the Einstellungen sheet; an override is a single value, so the range collapses to it.
 */
export const NEED_PARAMETERS: Readonly<Record<NeedParameterId, NeedParameter>> = {
  labShare: {
    id: 'labShare',
    unit: 'share',
    value: { low: 0.05, mid: 0.103, high: 0.15 },
    label: { de: 'Anteil der Geburten mit Bedarf an längerfristiger aufsuchender Betreuung (LaB)', en: 'Share of births needing longer-term home visiting (LaB)' },
    source: {
      de: 'niedrig 5 %: hoch belastete Familien (NZFH, KiD 0–3, 2015); mittel 10,3 %: Familien mit SGB-II-/Grundsicherungsbezug (KiD 0–3, 2022); hoch 15 %: durchschnittliche Einschätzung von Fachkräften in Geburtskliniken, die gesunde Entwicklung sei gefährdet (NZFH ZuFa 2024; Einschätzung, keine gemessene Häufigkeit)',
      en: 'low 5 %: highly burdened families (NZFH KiD 0–3, 2015); middle 10.3 %: families receiving SGB II/basic income support (KiD 0–3, 2022); high 15 %: birth-clinic staff judging healthy development endangered, on average (NZFH ZuFa 2024; a staff estimate, not a measured prevalence)',
    },
    assumption: false,
  },
  labFamiliesPerFte: {
    id: 'labFamiliesPerFte',
    unit: 'families',
    value: single(30),
    label: { de: 'Begleitete Familien je Vollzeitstelle LaB und Jahr', en: 'Families supported per full-time LaB post and year' },
    source: { de: 'Annahme: Es gibt keine veröffentlichte Norm für die Fallzahl einer Familienhebamme', en: 'assumption: no published norm exists for a family midwife’s caseload' },
    assumption: true,
  },
  labCostPerFte: {
    id: 'labCostPerFte',
    unit: 'euro',
    value: single(75_000),
    label: { de: 'Kosten je Vollzeitstelle LaB (Familienhebamme/FGKiKP) und Jahr', en: 'Cost per full-time LaB post (family midwife/nurse) and year' },
    source: { de: 'Stadt Hagen 2023: rund 75.000 € je Vollzeitstelle Familienhebamme (berechnet)', en: 'City of Hagen 2023: about €75,000 per full-time family midwife (calculated)' },
    assumption: false,
  },
  lotsenFtePer1000Births: {
    id: 'lotsenFtePer1000Births',
    unit: 'fte',
    value: single(1),
    label: { de: 'Vollzeitstellen Lotsendienst je 1.000 Geburten in den Geburtskliniken', en: 'Full-time pilot-service posts per 1,000 births in the birth clinics' },
    source: { de: 'Begründung des Bundesrats, BR-Drs. 623/19', en: 'Bundesrat reasoning, BR-Drs. 623/19' },
    assumption: false,
  },
  lotsenCostPerFte: {
    id: 'lotsenCostPerFte',
    unit: 'euro',
    value: single(75_000),
    label: { de: 'Kosten je Vollzeitstelle Lotsendienst und Jahr', en: 'Cost per full-time pilot-service post and year' },
    source: { de: 'Annahme: wie eine Vollzeitstelle Familienhebamme (Hagen 2023)', en: 'assumption: as a full-time family midwife (Hagen 2023)' },
    assumption: true,
  },
  coordinationFte: {
    id: 'coordinationFte',
    unit: 'fte',
    value: single(1),
    label: { de: 'Vollzeitstellen Netzwerkkoordination (Grundausstattung)', en: 'Full-time network coordination posts (base)' },
    source: { de: 'Annahme: Es gibt keine veröffentlichte Norm für die Ausstattung der Netzwerkkoordination', en: 'assumption: no published norm exists for network coordination staffing' },
    assumption: true,
  },
  coordinationCostPerFte: {
    id: 'coordinationCostPerFte',
    unit: 'euro',
    value: single(75_000),
    label: { de: 'Kosten je Vollzeitstelle Netzwerkkoordination und Jahr', en: 'Cost per full-time coordination post and year' },
    source: { de: 'Annahme: in der Größenordnung einer Fachkraftstelle wie in Hagen 2023', en: 'assumption: of the order of a specialist post as in Hagen 2023' },
    assumption: true,
  },
  welcomeReach: {
    id: 'welcomeReach',
    unit: 'share',
    value: single(0.6),
    label: { de: 'Anteil der Familien, die einen Willkommensbesuch annehmen', en: 'Share of families taking up a welcome visit' },
    source: { de: 'Annahme: Die Annahmequote ist von Ort zu Ort verschieden; tragen Sie Ihre eigene ein', en: 'assumption: take-up differs from place to place; enter your own' },
    assumption: true,
  },
  welcomeCostPerVisit: {
    id: 'welcomeCostPerVisit',
    unit: 'euro',
    value: single(150),
    label: { de: 'Kosten je Willkommensbesuch', en: 'Cost per welcome visit' },
    source: { de: 'Annahme: rund zwei Fachkraftstunden mit Vor- und Nachbereitung und Fahrt', en: 'assumption: about two specialist hours including preparation and travel' },
    assumption: true,
  },
};
