/**
 * Documented defaults of the need model. Each is overridable in the workbook's settings sheet
 * (Einstellungen); README and shared/DOMAIN.md give the sources.
 */
export interface NeedDefault {
  readonly value: number;
  readonly source: { readonly de: string; readonly en: string };
  /** True when no published figure exists and the value is our assumption. */
  readonly assumption: boolean;
}

export const NEED_DEFAULTS: { readonly burdenShare: NeedDefault; readonly costPerFamily: NeedDefault } = {
  burdenShare: {
    value: 0.15,
    source: {
      de: 'mindestens 15 % stark belastete Familien (Einschätzung von Geburtskliniken, NZFH ZuFa 2024); nahe an 16,5 % der unter Dreijährigen in SGB-II-Haushalten (2017)',
      en: 'at least 15 % of families strongly burdened (birth-clinic estimate, NZFH ZuFa 2024); close to 16.5 % of under-3s in SGB II households (2017)',
    },
    assumption: false,
  },
  costPerFamily: {
    value: 2500,
    source: {
      de: 'Annahme: rund 75.000 € je Vollzeitstelle Familienhebamme (Hagen 2023) bei angenommen 30 begleiteten Familien je Stelle und Jahr; es gibt keine veröffentlichte Norm',
      en: 'assumption: about €75,000 per full-time family midwife (Hagen 2023) with an assumed 30 supported families per post and year; no published norm exists',
    },
    assumption: true,
  },
};
