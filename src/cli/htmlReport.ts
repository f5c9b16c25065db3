import { AuditResult, Lang, Severity } from '../core/audit/result';
import { gapTopicsOf } from '../core/audit/gapTopics';
import { dialogueQuestionsFor } from '../core/criteria/dimensions';
import { KERNBEREICHE, KERNBEREICH_LABELS } from '../core/taxonomy/kernbereich';
import { NEED_DEFAULTS } from '../core/need/defaults';
import { formatEuro, formatList, formatNumber, formatPercent } from '../core/i18n/format';
import { budgetChartSvg } from './budgetChartSvg';
import { escapeHtml as h } from './escapeHtml';
import { place } from './textSummary';
import { REPORT_LABELS, SEVERITY_LABELS, STATUS_LABELS, reportDate } from '../report/labels';

/** Words only the HTML report uses; everything shared with the Prüfbericht sheet comes from src/report/labels.ts. */
const HTML_LABELS = {
  de: {
    missing: 'Fehlende Akteurstypen',
    complete: '–',
    covered: 'Deckungsgrad',
    sources: { bundesstiftung: 'Bundesstiftung Frühe Hilfen', kommunal: 'kommunale Mittel', land: 'Landesmittel', sonstige: 'sonstige', unbekannt: 'ohne Angabe' },
    modelText: (c: string, s: string, k: string, n: string) => `Bedarf = ${c} Kinder von 0–3 Jahren × ${s} Familien mit Unterstützungsbedarf × ${k} je begleiteter Familie und Jahr = ${n}.`,
    where: 'Ort',
    na: '–',
  },
  en: {
    missing: 'Missing actor types',
    complete: '–',
    covered: 'Need covered',
    sources: { bundesstiftung: 'Federal foundation', kommunal: 'municipal funds', land: 'state funds', sonstige: 'other', unbekannt: 'unspecified' },
    modelText: (c: string, s: string, k: string, n: string) => `Need = ${c} children aged 0–3 × ${s} families needing support × ${k} per supported family and year = ${n}.`,
    where: 'Place',
    na: '–',
  },
};

const CSS = `
@page { size: A4; margin: 18mm 16mm; }
body { font-family: "Segoe UI", Arial, Helvetica, sans-serif; color: #1b1b1b; font-size: 10.5pt; line-height: 1.4; max-width: 180mm; margin: 0 auto; padding: 8mm 0; }
h1 { font-size: 18pt; margin: 0 0 4pt; } h2 { font-size: 13pt; margin: 16pt 0 6pt; border-bottom: 1px solid #999; padding-bottom: 2pt; break-after: avoid; }
table { border-collapse: collapse; width: 100%; margin: 4pt 0 8pt; } th, td { border: 1px solid #bbb; padding: 3pt 5pt; text-align: left; vertical-align: top; }
th { background: #eee; } td, th { overflow-wrap: anywhere; } tr { break-inside: avoid; } td.num, th.num { text-align: right; white-space: nowrap; }
.meta { color: #444; } .figures { display: grid; grid-template-columns: repeat(4, 1fr); gap: 6pt; }
.figure { border: 1px solid #bbb; padding: 6pt; } .figure b { display: block; font-size: 16pt; }
.error { color: #a4262c; font-weight: 600; } .warning { color: #8a5300; font-weight: 600; } .info { color: #444; }
.chart { width: 100%; max-width: 170mm; height: auto; } footer { margin-top: 16pt; font-size: 8.5pt; color: #555; }
`;

/** The Prüfbericht as one self-contained HTML file: inline CSS and SVG, no script, no external asset, A4 print layout. */
export function renderHtmlReport(result: AuditResult, lang: Lang, today: Date = new Date()): string {
  const t = { ...REPORT_LABELS[lang], ...HTML_LABELS[lang] };
  const statuses = STATUS_LABELS[lang];
  const severities = SEVERITY_LABELS[lang];
  const pct = (n: number | null) => (n === null ? '–' : formatPercent(n, lang));
  const s: string[] = [];
  s.push(`<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${h(t.title)}</title><style>${CSS}</style></head><body>`);
  s.push(`<h1>${h(t.title)}</h1><p class="meta">${h(t.date)}: ${h(reportDate(today, lang))}${result.file ? ` · ${h(t.file)}: ${h(result.file)}` : ''}${result.networkSheet ? ` · ${h(t.networkSheet)}: ${h(result.networkSheet)}` : ''}</p><p>${h(t.intro)}</p>`);

  s.push(`<h2>${h(t.keyFigures)}</h2><div class="figures">`);
  s.push(`<div class="figure"><b>${result.actors}</b>${h(t.partners)}</div>`);
  s.push(`<div class="figure"><b>${h(pct(result.coverage))}</b>${h(t.coverage)}</div>`);
  s.push(`<div class="figure"><b>${h(pct(result.budget?.coverage ?? null))}</b>${h(t.budgetCovered)}</div>`);
  s.push(`<div class="figure"><b>${h(pct(result.criteria?.score ?? null))}</b>${h(t.score)}</div></div>`);

  s.push(`<h2>${h(t.kernbereiche)}</h2><table><thead><tr><th>${h(t.kernbereiche)}</th><th class="num">${h(t.count)}</th></tr></thead><tbody>`);
  for (const k of KERNBEREICHE) s.push(`<tr><td>${h(KERNBEREICH_LABELS[k][lang])}</td><td class="num">${result.kernbereiche[k]}</td></tr>`);
  s.push('</tbody></table>');
  s.push(`<h2>${h(t.missing)}</h2>`);
  if (result.missingActorTypes.length === 0) s.push(`<p>${h(t.none)}</p>`);
  else {
    s.push(`<table><thead><tr><th>${h(t.missing)}</th><th>${h(t.kernbereiche)}</th><th></th></tr></thead><tbody>`);
    for (const m of result.missingActorTypes) s.push(`<tr><td>${h(m.label)}</td><td>${h(KERNBEREICH_LABELS[m.kernbereich][lang])}</td><td class="${m.severity}">${h(m.severity === 'error' ? t.required : t.recommended)}</td></tr>`);
    s.push('</tbody></table>');
  }
  if (result.sozialraeume.length > 0) {
    s.push(`<h2>${h(t.sozialraeume)}</h2><table><thead><tr><th>${h(t.sozialraum)}</th><th class="num">${h(t.count)}</th>${KERNBEREICHE.map((k) => `<th class="num">${h(KERNBEREICH_LABELS[k][lang === 'de' ? 'shortDe' : 'shortEn'])}</th>`).join('')}<th>${h(t.lacks)}</th></tr></thead><tbody>`);
    for (const z of result.sozialraeume) {
      s.push(`<tr><td>${h(z.name)}</td><td class="num">${z.actors}</td>${KERNBEREICHE.map((k) => `<td class="num">${z.kernbereiche[k]}</td>`).join('')}<td>${h(z.missingKernbereiche.length ? formatList(z.missingKernbereiche.map((k) => KERNBEREICH_LABELS[k][lang]), lang) : t.complete)}</td></tr>`);
    }
    s.push('</tbody></table>');
  }

  s.push(`<h2>${h(t.budget)}</h2>`);
  const b = result.budget;
  if (!b) s.push(`<p>${h(t.noBudget)}</p>`);
  else {
    s.push(`<table><tbody><tr><th>${h(t.total)}</th><td class="num">${h(formatEuro(b.total, lang))}</td></tr>`);
    for (const k of Object.keys(b.bySource) as (keyof typeof b.bySource)[]) if (b.bySource[k] > 0) s.push(`<tr><td>&nbsp;&nbsp;${h(t.sources[k])}</td><td class="num">${h(formatEuro(b.bySource[k], lang))}</td></tr>`);
    if (b.need !== null) {
      s.push(`<tr><th>${h(t.need)}</th><td class="num">${h(formatEuro(b.need, lang))}</td></tr><tr><th>${h(t.gap)}</th><td class="num">${h(formatEuro(b.gap ?? 0, lang))}</td></tr><tr><th>${h(t.covered)}</th><td class="num">${h(pct(b.coverage))}</td></tr>`);
    }
    s.push('</tbody></table>');
    if (b.parameters && b.need !== null) {
      const p = b.parameters;
      const src = (k: keyof typeof p.sources) => (p.sources[k] === 'settings' ? t.fromSettings : p.sources[k] === 'budget' ? t.fromBudget : t.fromDefault);
      s.push(`<p><b>${h(t.model)}:</b> ${h(t.modelText(formatNumber(p.children0to3, lang), formatPercent(p.burdenShare, lang, 1), formatEuro(p.costPerFamily, lang), formatEuro(b.need, lang)))}</p><ul>`);
      s.push(`<li>${h(t.children)} ${h(formatNumber(p.children0to3, lang))}: ${h(src('children0to3'))}</li>`);
      s.push(`<li>${h(t.burdenShare)} ${h(formatPercent(p.burdenShare, lang, 1))}: ${h(src('burdenShare'))}${p.sources.burdenShare === 'default' ? ` – ${h(NEED_DEFAULTS.burdenShare.source[lang])}` : ''}</li>`);
      s.push(`<li>${h(t.costPerFamily)} ${h(formatEuro(p.costPerFamily, lang))}: ${h(src('costPerFamily'))}${p.sources.costPerFamily === 'default' ? ` – ${h(NEED_DEFAULTS.costPerFamily.source[lang])}` : ''}</li></ul>`);
    } else s.push(`<p>${h(t.noNeed)}</p>`);
    if (b.bySozialraum.length > 0) s.push(budgetChartSvg(b.bySozialraum.map((z) => ({ name: z.name, budget: z.budget, need: z.need })), lang));
  }

  if (result.criteria) {
    s.push(`<h2>${h(t.criteria)}</h2><table><thead><tr><th>${h(t.criterion)}</th><th>${h(t.level)}</th><th>${h(t.status)}</th><th>${h(t.data)}</th></tr></thead><tbody>`);
    for (const c of result.criteria.items) {
      s.push(`<tr><td>${h(c.id)} ${h(c.title)}</td><td>${h(c.level)}</td><td>${h(c.status ? statuses[c.status] : t.na)}</td><td>${h(c.evidence === null ? t.na : c.evidence ? t.yes : t.no)}</td></tr>`);
    }
    s.push('</tbody></table>');
  }

  s.push(`<h2>${h(t.findings)}</h2><table><thead><tr><th></th><th>${h(t.where)}</th><th>${h(t.finding)}</th></tr></thead><tbody>`);
  for (const f of result.findings) s.push(`<tr><td class="${f.severity}">${h(severities[f.severity])}</td><td>${h(place(f))}</td><td>${h(f.message)}</td></tr>`);
  s.push('</tbody></table>');

  const questions = dialogueQuestionsFor(gapTopicsOf(result));
  if (questions.length > 0) {
    s.push(`<h2>${h(t.dialogue)}</h2><p>${h(t.dialogueIntro)}</p><ol>`);
    for (const q of questions) s.push(`<li>${h(q.text[lang])} <span class="meta">(${h(t.dimension)} ${q.dimension})</span></li>`);
    s.push('</ol>');
  }
  s.push(`<footer>${h(t.footer)}</footer></body></html>`);
  return s.join('\n');
}
