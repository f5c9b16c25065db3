import { matchPartners } from '../../../src/core/history/partnerMatch';
import { SnapshotPartner } from '../../../src/core/history/snapshot';
import { ActorTypeId } from '../../../src/core/taxonomy/actorTypes';

const p = (name: string, type: ActorTypeId | null): SnapshotPartner => ({ name, type });

describe('matchPartners', () => {
  it('matches the renames of the issue, not as lost and won', () => {
    const m = matchPartners(
      [p('Kita Sonnenschein', 'kita'), p('AWO Familienzentrum Nord', 'familienzentrum'), p('Jugendamt', 'jugendamt')],
      [p('Kita Sonnenschein gGmbH', 'kita'), p('Familienzentrum Nord (AWO)', 'familienzentrum'), p('Jugendamt Musterkreis', 'jugendamt')],
    );
    expect(m.won).toEqual([]);
    expect(m.lost).toEqual([]);
    // "Kita Sonnenschein gGmbH" is the same name once the legal form is dropped: not even a rename.
    expect(m.renamed).toEqual([
      { from: 'AWO Familienzentrum Nord', to: 'Familienzentrum Nord (AWO)', type: 'familienzentrum' },
      { from: 'Jugendamt', to: 'Jugendamt Musterkreis', type: 'jugendamt' },
    ]);
  });

  it('keeps the same name the same partner whatever type it was given (a type taught later)', () => {
    const m = matchPartners([p('Praxis Meier', null)], [p('Praxis Meier', 'kinderarzt')]);
    expect([m.won, m.lost, m.renamed]).toEqual([[], [], []]);
  });

  it('does not pair different partners of one type that share only the type word or the carrier', () => {
    const kitas = ['Kita Deichblick', 'Kita Moorwiese', 'Kita Hafenkinder'].map((n) => p(n, 'kita'));
    const m = matchPartners([...kitas, p('Kita St. Marien', 'kita')], [...kitas, p('Kita St. Josef', 'kita')]);
    expect(m.renamed).toEqual([]);
    expect(m.lost).toEqual([p('Kita St. Marien', 'kita')]);
    expect(m.won).toEqual([p('Kita St. Josef', 'kita')]);
    // Even with no other Kita to tell "Kita" is common, two of three words are not enough.
    expect(matchPartners([p('Kita St. Marien', 'kita')], [p('Kita St. Josef', 'kita')]).renamed).toEqual([]);
  });

  it('pairs only within one actor type', () => {
    const m = matchPartners([p('Caritas Beratungsstelle Nord', 'erziehungsberatung')], [p('Caritas Beratungsstelle Nord', 'schwangerschaftsberatung'), p('Caritas Nord', 'suchtberatung')]);
    // The exact name is the same partner; "Caritas Nord" is another type, so it is won, not a rename.
    expect(m.renamed).toEqual([]);
    expect(m.won).toEqual([p('Caritas Nord', 'suchtberatung')]);
    expect(m.lost).toEqual([]);
  });

  it('takes the best pair first and each partner once', () => {
    const m = matchPartners(
      [p('Familienzentrum Nord', 'familienzentrum')],
      [p('Familienzentrum Nord-Ost', 'familienzentrum'), p('Familienzentrum Nord (AWO)', 'familienzentrum')],
    );
    expect(m.renamed).toHaveLength(1);
    expect(m.won).toHaveLength(1);
    expect(m.lost).toEqual([]);
  });
});
