import { ACTOR_TYPES } from '../../../src/core/taxonomy/actorTypes';
import { classifyLabel, resolveActorType } from '../../../src/core/taxonomy/classifier';
import { matchKey } from '../../../src/core/taxonomy/normalize';
import { CONTEXT_RULES, CUE_SPELLINGS } from '../../../src/core/taxonomy/cues';
import { LABEL_NON_TYPES, WORD_NON_TYPES } from '../../../src/core/taxonomy/nonTypes';
import { SPELLINGS } from '../../../src/core/taxonomy/spellings';

const stripWildcards = (spelling: string): string => spelling.replace(/^\*/, '').replace(/\*$/, '');
const allSpellings = SPELLINGS.flatMap((g) => g.spellings.map((spelling) => ({ typeId: g.typeId, spelling })));

describe('spellings', () => {
  test('every actor type has at least one spelling and every spelling names a known type', () => {
    const ids = new Set(ACTOR_TYPES.map((t) => t.id));
    const spelled = new Set(SPELLINGS.filter((g) => g.spellings.length > 0).map((g) => g.typeId));
    expect(ACTOR_TYPES.map((t) => t.id).filter((id) => !spelled.has(id))).toEqual([]);
    expect(SPELLINGS.map((g) => g.typeId).filter((id) => !ids.has(id))).toEqual([]);
    expect(CONTEXT_RULES.map((r) => r.typeId).filter((id) => !ids.has(id))).toEqual([]);
  });

  test("every spelling's own text classifies back to its type", () => {
    const wrong = allSpellings
      .map(({ typeId, spelling }) => ({ spelling, expected: typeId, got: classifyLabel(stripWildcards(spelling)).actorType?.id ?? null }))
      .filter((r) => r.got !== r.expected);
    expect(wrong).toEqual([]);
  });

  test('no normalised spelling is claimed by two types', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const { typeId, spelling } of allSpellings) {
      const key = `${spelling.startsWith('*')}|${matchKey(stripWildcards(spelling))}|${spelling.endsWith('*')}`;
      const previous = owner.get(key);
      if (previous && previous !== typeId) clashes.push(`${spelling}: ${previous} / ${typeId}`);
      owner.set(key, typeId);
    }
    expect(clashes).toEqual([]);
  });

  test("every non-type word's own text classifies to nothing, and it hides no spelling of the same text", () => {
    const nonTypes = [...WORD_NON_TYPES, ...LABEL_NON_TYPES].map(stripWildcards);
    expect(nonTypes.filter((text) => classifyLabel(text).actorType !== null)).toEqual([]);
    const spelled = new Set(allSpellings.map(({ spelling }) => matchKey(stripWildcards(spelling))));
    expect(nonTypes.filter((text) => spelled.has(matchKey(text)))).toEqual([]);
  });

  test('every spelling and cue is non-empty after normalisation', () => {
    const cues = Object.values(CUE_SPELLINGS).flat();
    expect([...allSpellings.map((s) => s.spelling), ...cues].filter((s) => matchKey(stripWildcards(s)) === '')).toEqual([]);
  });

  test("every type's German and English label and id resolve to the type; the German label also classifies to it", () => {
    for (const t of ACTOR_TYPES) {
      expect([t.id, classifyLabel(t.label).actorType?.id]).toEqual([t.id, t.id]);
      for (const text of [t.id, t.label, t.labelEn]) expect([text, resolveActorType(text)?.id]).toEqual([text, t.id]);
    }
  });
});
