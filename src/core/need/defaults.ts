/**
 * Documented defaults of the need model. Each is overridable in the workbook's settings sheet
 * (Einstellungen); README and shared/DOMAIN.md give the sources.
 */
export interface NeedDefault {
  readonly value: number;
  readonly label: { readonly de: string; readonly en: string };
  readonly source: { readonly de: string; readonly en: string };
  /** True when no published figure exists and the value is our assumption. */
  readonly assumption: boolean;
}

export const NEED_DEFAULTS: { readonly burdenShare: NeedDefault; readonly costPerFamily: NeedDefault } = {
  burdenShare: {
    value: 0.15,
    label: { de: 'Anteil belasteter Familien', en: 'Share of burdened families' },
    source: {
      de: 'Fachkräfte in Geburtskliniken schätzen die gesunde Entwicklung des Kindes bei durchschnittlich 15 % der Familien als gefährdet ein (NZFH ZuFa 2024; Einschätzung, keine gemessene Häufigkeit); 16,5 % der unter Dreijährigen lebten in SGB-II-Haushalten (2017)',
      en: 'birth-clinic staff judge the healthy development of the child endangered in 15 % of families on average (NZFH ZuFa 2024; a staff estimate, not a measured prevalence); 16.5 % of under-3s lived in SGB II households (2017)',
    },
    assumption: false,
  },
  costPerFamily: {
    value: 2500,
    label: { de: 'Kosten je begleiteter Familie und Jahr', en: 'Cost per supported family and year' },
    source: {
      de: 'Annahme: rund 75.000 € je Vollzeitstelle Familienhebamme (Hagen 2023) bei angenommen 30 begleiteten Familien je Stelle und Jahr; es gibt keine veröffentlichte Norm',
      en: 'assumption: about €75,000 per full-time family midwife (Hagen 2023) with an assumed 30 supported families per post and year; no published norm exists',
    },
    assumption: true,
  },
};
