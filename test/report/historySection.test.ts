import { AuditResult } from '../../src/core/audit/result';
import { compareSnapshots, HistoryComparison } from '../../src/core/history/compare';
import { historySnapshotOf } from '../../src/core/history/snapshot';
import { buildReport } from '../../src/report/buildReport';
import { renderHtml } from '../../src/report/render/html';
import { renderText } from '../../src/report/render/text';
import { auditSnapshot } from '../../src/workbook/auditSnapshot';
import { EXPECTED, exampleSheets, oneYearLater } from '../fixtures/history/oneYearLater';

let later: AuditResult;
let comparison: HistoryComparison;
beforeAll(async () => {
  const example = await exampleSheets();
  const earlier = auditSnapshot({ sheets: example, settings: {} }).result;
  later = auditSnapshot({ sheets: oneYearLater(example), settings: {} }).result;
  comparison = compareSnapshots(historySnapshotOf(earlier, '2026-11-16'), historySnapshotOf(later, '2027-11-15'));
});

const date = new Date(2027, 10, 15);
/** One section of the text output, with Intl's no-break spaces ("618.602 €") as plain ones. */
const sectionText = (text: string, title: string) => {
  const start = text.indexOf(`\n${title}\n`);
  expect(start).toBeGreaterThan(0);
  return text.slice(start + 1, text.indexOf('\n\n', start + 1)).replace(/[\u00a0\u202f]/g, ' ');
};

describe('“Entwicklung seit …” in the report and the text output', () => {
  it('says in German exactly what changed since the last report: a box right after the Kurzfassung, the details in the body', () => {
    const text = renderText(buildReport(later, { lang: 'de', date, comparison }));
    const box = sectionText(text, 'Entwicklung seit 16.11.2026');
    const details = sectionText(text, 'Entwicklung seit 16.11.2026 im Einzelnen');
    expect(text.indexOf('Handlungsempfehlungen')).toBeLessThan(text.indexOf('Entwicklung seit 16.11.2026 im Einzelnen'));
    expect(text.indexOf('Kurzfassung')).toBeLessThan(text.indexOf('Entwicklung seit 16.11.2026'));
    expect(text.indexOf('Entwicklung seit 16.11.2026')).toBeLessThan(text.indexOf('Handlungsempfehlungen'));
    expect(box).toContain(
      'Seit dem Prüfbericht vom 16.11.2026 (Berichtsjahr 2027): 3 Partner gewonnen, 2 nicht mehr in der Liste, 1 unter neuem Namen wiedererkannt; neu vertreten: Kinderärzt:innen und Frauenärzt:innen; Budget 618.602 € → 636.602 € (+18.000 €).',
    );
    for (const p of EXPECTED.won) expect(details).toMatch(new RegExp(`gewonnen +\\S.* +${p.name}`));
    for (const p of EXPECTED.lost) expect(details).toMatch(new RegExp(`nicht mehr dabei +\\S.* +${p.name}`));
    expect(details).toMatch(/umbenannt +Familienzentrum +Familienzentrum Neuenmoor → Familienzentrum Neuenmoor \(AWO\)/);
    expect(box).toMatch(/Pflicht-Akteurstypen vertreten +11 von 14 +13 von 14 +\+2/);
    expect(box).toMatch(/Budget +618\.602 € +636\.602 € +\+18\.000 €/);
    expect(details).toContain('– Pflicht-Akteurstypen neu vertreten: Kinderärzt:innen und Frauenärzt:innen.');
    expect(details).toContain('– Empfohlene Akteurstypen neu vertreten: Lotsendienst/Babylotsen.');
    expect(details).toContain('– Lücken vor Ort geschlossen: Neuenmoor (Gesundheitsbereich) und Hafenviertel (Gesundheitsbereich).');
    expect(details).toContain('– Lücken vor Ort neu: Hafenviertel (Psychosoziale Beratungsstellen/Dienste).');
    expect(details).toContain('– Kriterium 5.12 Alltagsnahe Beratung und gezielte Vermittlung: nicht erfüllt → teilweise.');
    // Exactly these changes: six partner rows, five other lines, nothing lost.
    expect(details.split('\n').filter((l) => /^ {2}(gewonnen|nicht mehr dabei|umbenannt) /.test(l))).toHaveLength(6);
    expect(details.split('\n').filter((l) => l.startsWith('  – '))).toHaveLength(5);
    expect(`${box}${details}`).not.toMatch(/nicht mehr vertreten/);
  });

  it('says it in English too, and in the HTML report', () => {
    const doc = buildReport(later, { lang: 'en', date, comparison });
    const text = renderText(doc);
    expect(sectionText(text, 'Changes since 16 Nov 2026')).toContain('Since the report of 16 Nov 2026 (report year 2027): 3 partners won, 2 no longer listed, 1 recognised under a new name');
    expect(sectionText(text, 'Changes since 16 Nov 2026 in detail')).toContain('Required actor types newly present: Paediatricians and Gynaecologists.');
    expect(renderHtml(doc)).toContain('Changes since 16 Nov 2026');
  });

  it('has no such section without an earlier audit, and says so when nothing changed', () => {
    expect(buildReport(later, { lang: 'de', date }).sections.map((s) => s.id)).not.toContain('history');
    const same = compareSnapshots({ ...comparison.after, date: '2027-01-10' }, comparison.after);
    const text = renderText(buildReport(later, { lang: 'de', date, comparison: same }));
    expect(sectionText(text, 'Entwicklung seit 10.01.2027')).toContain(
      'Seit dem Prüfbericht vom 10.01.2027 (Berichtsjahr 2028) hat sich an Partnern, Akteurstypen, Sozialräumen, Budget und Kriterien nichts geändert.',
    );
  });

  it('names gaps and criteria briefly in the box when partners, types and budget stayed the same', () => {
    const after = comparison.after;
    // Two Kernbereiche one Sozialraum lacked before and has now, one criterion with another status.
    const [first, ...rest] = after.sozialraeume;
    const lacked = (['jugendhilfe', 'gesundheit', 'beratung', 'weitere'] as const).filter((k) => !first.missing.includes(k)).slice(0, 2);
    expect(lacked).toHaveLength(2);
    const before = {
      ...after,
      date: '2027-01-10',
      sozialraeume: [{ ...first, missing: [...first.missing, ...lacked] }, ...rest],
      criteria: { ...after.criteria, '5.12': after.criteria?.['5.12'] === 'erfuellt' ? ('offen' as const) : ('erfuellt' as const) },
    };
    const gapsOnly = compareSnapshots(before, after);
    for (const [lang, title, sentence] of [
      ['de', 'Entwicklung seit 10.01.2027', 'Seit dem Prüfbericht vom 10.01.2027 (Berichtsjahr 2028): 2 Lücken vor Ort geschlossen; 1 Kriterium mit neuem Stand – Einzelheiten unten.'],
      ['en', 'Changes since 10 Jan 2027', 'Since the report of 10 Jan 2027 (report year 2028): 2 gaps on site closed; 1 criterion with a new status – details below.'],
    ] as const) {
      const box = sectionText(renderText(buildReport(later, { lang, date, comparison: gapsOnly })), title);
      expect(box).toContain(sentence);
      expect(box).not.toMatch(/gewonnen|won/);
    }
  });

  it('does not call a change in the number of required types "nothing changed"', () => {
    const after = comparison.after;
    const changed = compareSnapshots({ ...after, date: '2027-01-10', requiredTotal: after.requiredTotal + 1 }, after);
    const box = sectionText(renderText(buildReport(later, { lang: 'de', date, comparison: changed })), 'Entwicklung seit 10.01.2027');
    expect(box).not.toContain('nichts geändert');
    expect(box).toContain(`Zahl der Pflicht-Akteurstypen ${after.requiredTotal + 1} → ${after.requiredTotal}`);
  });
});
