import { placeOf, sheetRef } from '../core/address';
import { AuditResult, Finding, Lang, Severity } from '../core/audit/result';
import { KERNBEREICHE, KERNBEREICH_LABELS } from '../core/taxonomy/kernbereich';
import { formatEuro, formatList, formatNumber, formatPercent } from '../core/i18n/format';
import { STATUS_LABELS } from '../report/labels';

const T = {
  de: {
    file: 'Arbeitsmappe',
    sheet: 'Netzwerkblatt',
    partners: 'Partner',
    noNetwork: 'keins gefunden',
    kernbereiche: 'Kernbereiche',
    coverage: 'Abdeckung der Pflicht-Akteurstypen',
    missingRequired: 'Es fehlen (Pflicht)',
    missingRecommended: 'Es fehlen (empfohlen)',
    none: 'keine',
    sozialraeume: 'Sozialräume',
    lacks: 'ohne',
    complete: 'alle Kernbereiche vor Ort',
    budget: 'Budget und Bedarf',
    total: 'Budget gesamt',
    need: 'Bedarf (Modell)',
    gap: 'Lücke',
    surplus: 'Überdeckung',
    covered: 'Deckungsgrad',
    children: 'Kinder 0–3',
    noBudget: 'kein Budgetblatt gefunden',
    unknownNeed: 'Bedarf unbekannt (Kinder 0–3 fehlen)',
    sources: { bundesstiftung: 'Bundesstiftung', kommunal: 'kommunal', land: 'Land', sonstige: 'sonstige', unbekannt: 'ohne Angabe' },
    criteria: 'NZFH-Kriterien',
    criteriaNone: 'kein Kriterienblatt; nur aus den Daten geprüft',
    score: 'Erfüllungsgrad',
    findings: 'Befunde',
    severity: { error: 'FEHLER', warning: 'WARNUNG', info: 'HINWEIS' } as Record<Severity, string>,
    counts: (e: number, w: number, i: number) => `${e} Fehler, ${w} Warnungen, ${i} Hinweise`,
  },
  en: {
    file: 'Workbook',
    sheet: 'Network sheet',
    partners: 'partners',
    noNetwork: 'none found',
    kernbereiche: 'Core areas (Kernbereiche)',
    coverage: 'Coverage of required actor types',
    missingRequired: 'Missing (required)',
    missingRecommended: 'Missing (recommended)',
    none: 'none',
    sozialraeume: 'Sozialräume',
    lacks: 'lacks',
    complete: 'all core areas present locally',
    budget: 'Budget and need',
    total: 'Total budget',
    need: 'Need (model)',
    gap: 'Shortfall',
    surplus: 'Surplus',
    covered: 'Need covered',
    children: 'children 0–3',
    noBudget: 'no budget sheet found',
    unknownNeed: 'need unknown (children 0–3 missing)',
    sources: { bundesstiftung: 'federal foundation', kommunal: 'municipal', land: 'state', sonstige: 'other', unbekannt: 'unspecified' },
    criteria: 'NZFH criteria',
    criteriaNone: 'no criteria sheet; checked from the data only',
    score: 'Score',
    findings: 'Findings',
    severity: { error: 'ERROR', warning: 'WARNING', info: 'NOTE' } as Record<Severity, string>,
    counts: (e: number, w: number, i: number) => `${e} errors, ${w} warnings, ${i} notes`,
  },
};

export function place(f: Finding): string {
  if (!f.sheet) return '';
  return f.cell ? placeOf(f.sheet, f.cell) : sheetRef(f.sheet);
}

/** The readable summary `fh-check audit` prints: the picture a coordinator needs before the committee meeting. */
export function renderTextSummary(result: AuditResult, lang: Lang): string {
  const t = T[lang];
  const out: string[] = [];
  const pct = (n: number) => formatPercent(n, lang);
  if (result.file) out.push(`${t.file}: ${result.file}`);
  out.push(`${t.sheet}: ${result.networkSheet ? `„${result.networkSheet}“ · ${result.actors} ${t.partners}` : t.noNetwork}`);
  if (result.networkSheet) {
    out.push('', t.kernbereiche);
    for (const k of KERNBEREICHE) out.push(`  ${KERNBEREICH_LABELS[k][lang].padEnd(40)} ${String(result.kernbereiche[k]).padStart(4)}`);
    const required = result.missingActorTypes.filter((m) => m.severity === 'error');
    const recommended = result.missingActorTypes.filter((m) => m.severity === 'warning');
    out.push('', `${t.coverage}: ${pct(result.coverage)}`);
    out.push(`${t.missingRequired}: ${required.length ? formatList(required.map((m) => m.label), lang) : t.none}`);
    out.push(`${t.missingRecommended}: ${recommended.length ? formatList(recommended.map((m) => m.label), lang) : t.none}`);
    if (result.sozialraeume.length > 0) {
      out.push('', t.sozialraeume);
      const width = Math.max(...result.sozialraeume.map((s) => s.name.length), 10);
      for (const s of result.sozialraeume) {
        const gaps = s.missingKernbereiche.length ? `${t.lacks} ${formatList(s.missingKernbereiche.map((k) => KERNBEREICH_LABELS[k][lang]), lang)}` : t.complete;
        out.push(`  ${s.name.padEnd(width)} ${String(s.actors).padStart(3)} ${t.partners}   ${gaps}`);
      }
    }
  }
  out.push('', t.budget);
  const b = result.budget;
  if (!b) out.push(`  ${t.noBudget}`);
  else {
    const sources = (Object.keys(b.bySource) as (keyof typeof b.bySource)[]).filter((k) => b.bySource[k] > 0).map((k) => `${t.sources[k]} ${formatEuro(b.bySource[k], lang)}`);
    out.push(`  ${t.total.padEnd(18)} ${formatEuro(b.total, lang).padStart(14)}   (${sources.join(', ')})`);
    if (b.need === null || !b.parameters) out.push(`  ${t.unknownNeed}`);
    else {
      const p = b.parameters;
      out.push(`  ${t.need.padEnd(18)} ${formatEuro(b.need, lang).padStart(14)}   = ${formatNumber(p.children0to3, lang)} ${t.children} × ${formatPercent(p.burdenShare, lang, 1)} × ${formatEuro(p.costPerFamily, lang)}`);
      const gap = b.gap ?? 0;
      out.push(`  ${(gap >= 0 ? t.gap : t.surplus).padEnd(18)} ${formatEuro(Math.abs(gap), lang).padStart(14)}   ${t.covered} ${pct(b.coverage ?? 0)}`);
      for (const s of b.bySozialraum) {
        const cov = s.need ? `  ${t.covered} ${pct(s.budget / s.need)}` : '';
        out.push(`    ${s.name.padEnd(16)} ${formatEuro(s.budget, lang).padStart(12)}${s.need !== null ? ` / ${formatEuro(s.need, lang)}` : ''}${cov}`);
      }
    }
  }
  if (result.criteria) {
    const c = result.criteria;
    out.push('', `${t.criteria}: ${c.sheet ? (Object.keys(c.counts) as (keyof typeof c.counts)[]).map((k) => `${c.counts[k]} ${STATUS_LABELS[lang][k]}`).join(' · ') : t.criteriaNone}${c.score !== null ? ` — ${t.score} ${pct(c.score)}` : ''}`);
  }
  const n = (s: Severity) => result.findings.filter((f) => f.severity === s).length;
  out.push('', `${t.findings} (${t.counts(n('error'), n('warning'), n('info'))})`);
  for (const f of result.findings) {
    const where = place(f);
    const crit = f.criterion ? ` [${f.criterion}]` : '';
    out.push(`  ${t.severity[f.severity].padEnd(8)} ${where ? `${where}  ` : ''}${f.message}${crit}`);
  }
  return out.join('\n');
}
