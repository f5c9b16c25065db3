import { finding, Finding } from '../../findings/finding';
import { defineRule } from '../rule';

/**
 * Sozialräume without a local partner of a Kernbereich (criterion 4.3). Youth welfare, health and
 * counselling belong in every Sozialraum (warning); "weitere" (Jobcenter, police) usually work
 * centrally (note). District-wide partners of the missing sector are named beside it.
 */
export const sozialraeume = defineRule({
  name: 'sozialraeume',
  codes: ['sozialraum-missing-kernbereich'],
  needs: ['network', 'sozialraeume'],
  run: ({ network, sozialraeume: analysis }) => {
    if (!network || analysis.summaries.length < 2) return [];
    const found: Finding<'sozialraum-missing-kernbereich'>[] = [];
    for (const s of analysis.summaries) {
      const core = s.missingKernbereiche.filter((k) => k !== 'weitere');
      const minor = s.missingKernbereiche.filter((k) => k === 'weitere');
      for (const [missing, severity] of [[core, 'warning'], [minor, 'info']] as const) {
        if (missing.length === 0) continue;
        found.push(
          finding(
            'sozialraum-missing-kernbereich',
            severity,
            { sozialraum: s.name, missing, districtWide: missing.filter((k) => analysis.districtWide[k] > 0) },
            { criterion: '4.3', topics: ['spatial'], sheet: network.sheet, row: analysis.firstRows.get(s.name) ?? network.headerRow, column: network.columns.sozialraum },
          ),
        );
      }
    }
    return found;
  },
});
