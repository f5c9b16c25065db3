import { finding, Finding } from '../../findings/finding';
import { actorPlace, columnPlace } from '../places';
import { defineRule } from '../rule';

/**
 * Criterion 4.3: partners at the level that suits them. Kitas, Familienzentren and the other youth
 * welfare services belong in each Sozialraum: a Sozialraum without one gets a warning. Clinics, the
 * Gesundheitsamt and most counselling services work district-wide, so a Sozialraum without a local
 * health or counselling partner gets a note naming the district-wide ones; "weitere Akteure"
 * (Jobcenter, police, court) work centrally and are not expected locally.
 */
export const sozialraeume = defineRule({
  name: 'sozialraeume',
  codes: ['sozialraum-missing-kernbereich'],
  needs: ['network', 'sozialraeume'],
  run: ({ network, sozialraeume: analysis }) => {
    if (!network || analysis.summaries.length < 2) return [];
    const found: Finding<'sozialraum-missing-kernbereich'>[] = [];
    // The Sozialraum's first partner, on its own sheet; its Sozialraum cell where the sheet has one.
    const place = (name: string) => {
      const first = analysis.firstActors.get(name);
      return first ? actorPlace(network, first, 'sozialraum', 'name') : columnPlace(network, 'sozialraum');
    };
    for (const s of analysis.summaries) {
      const core = s.missingKernbereiche.filter((k) => k === 'jugendhilfe');
      const minor = s.missingKernbereiche.filter((k) => k === 'gesundheit' || k === 'beratung');
      for (const [missing, severity] of [[core, 'warning'], [minor, 'info']] as const) {
        if (missing.length === 0) continue;
        found.push(
          finding(
            'sozialraum-missing-kernbereich',
            severity,
            { sozialraum: s.name, missing, districtWide: missing.filter((k) => analysis.districtWide[k] > 0) },
            { criterion: '4.3', topics: ['spatial'], ...place(s.name) },
          ),
        );
      }
    }
    return found;
  },
});
