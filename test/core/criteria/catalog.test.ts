import { CRITERIA, QUALITY_LEVEL_LABELS, QUALITY_LEVELS, criterionById } from '../../../src/core/criteria/catalog';
import { SEED_FILES, SEED_MISSING, readSeed, sharedRun, wordRuns } from './seeds';

const EXPECTED_IDS = [
  '3.1', '3.2', '3.3', '3.4', '3.5', '3.6',
  '4.1', '4.2', '4.3', '4.4', '4.5', '4.6', '4.7', '4.8',
  '5.1', '5.2', '5.3', '5.4', '5.5', '5.6', '5.7', '5.8', '5.9', '5.10', '5.11', '5.12', '5.13',
  '6.1', '6.2', '6.3', '6.4',
];

describe('CRITERIA', () => {
  it('holds the 31 criteria of the NZFH paper in order', () => {
    expect(CRITERIA.map((c) => c.id)).toEqual(EXPECTED_IDS);
  });

  it('puts each criterion on the level of its section', () => {
    const levelOf = (section: string) => CRITERIA.filter((c) => c.id.startsWith(`${section}.`)).map((c) => c.level);
    expect(levelOf('3')).toEqual(Array(6).fill('struktur'));
    expect(levelOf('4')).toEqual(Array(8).fill('prozess'));
    expect(levelOf('5')).toEqual(Array(13).fill('ergebnis'));
    expect(levelOf('6')).toEqual(Array(4).fill('konzept'));
  });

  it('marks 5.1–5.10 as about professionals, 5.11–5.13 as about families, the rest as neither', () => {
    const audience = Object.fromEntries(CRITERIA.map((c) => [c.id, c.audience]));
    expect(audience['5.1']).toBe('fachkraefte');
    expect(audience['5.10']).toBe('fachkraefte');
    expect(audience['5.11']).toBe('familien');
    expect(audience['5.13']).toBe('familien');
    expect(CRITERIA.filter((c) => c.audience === 'fachkraefte')).toHaveLength(10);
    expect(CRITERIA.filter((c) => c.audience === 'familien')).toHaveLength(3);
    expect(CRITERIA.filter((c) => !c.id.startsWith('5.')).every((c) => c.audience === null)).toBe(true);
  });

  it.each(CRITERIA.map((c) => [c.id, c] as const))('%s has short titles and summaries in German and English', (_id, c) => {
    for (const text of [c.title.de, c.title.en, c.summary.de, c.summary.en]) expect(text.trim()).not.toBe('');
    expect(c.title.de.length).toBeLessThanOrEqual(60);
    expect(c.title.en.length).toBeLessThanOrEqual(60);
    // One or two sentences, not a copied paragraph.
    expect(c.summary.de.length).toBeLessThanOrEqual(260);
    expect(c.summary.en.length).toBeLessThanOrEqual(260);
  });

  it('has distinct titles', () => {
    expect(new Set(CRITERIA.map((c) => c.title.de)).size).toBe(31);
    expect(new Set(CRITERIA.map((c) => c.title.en)).size).toBe(31);
  });

  it('labels every quality level in both languages', () => {
    expect(QUALITY_LEVELS.map((l) => QUALITY_LEVEL_LABELS[l].de)).toEqual([
      'Strukturen und Ressourcen',
      'Prozesse und Verlaufssteuerung',
      'Ergebnisse, Wirksamkeit und Nutzen',
      'Konzept und Orientierung',
    ]);
    for (const level of QUALITY_LEVELS) expect(QUALITY_LEVEL_LABELS[level].en).not.toBe('');
  });
});

describe('criteria texts are our own words', () => {
  const seed = readSeed(SEED_FILES.criteria);
  const run = seed ? it : it.skip;
  const runs = seed ? wordRuns(seed, 8) : new Set<string>();

  run(`the check finds a phrase copied from seed 002${seed ? '' : ` (${SEED_MISSING})`}`, () => {
    // Guards the check itself: a sentence lifted from criterion 3.6 (wrapped and hyphenated in the PDF) is caught.
    const copied = 'Qualifizierungsmöglichkeiten und interdisziplinäre Fortbildungen werden im Netzwerk angeboten.';
    expect(sharedRun(copied, runs, 8)).not.toBeNull();
  });

  run(`no title or summary shares 8 consecutive words with seed 002${seed ? '' : ` (${SEED_MISSING})`}`, () => {
    const copies = CRITERIA.flatMap((c) =>
      [c.title.de, c.summary.de, c.title.en, c.summary.en].map((text) => ({ id: c.id, run: sharedRun(text, runs, 8) })),
    ).filter((hit) => hit.run !== null);
    expect(copies).toEqual([]);
  });
});

describe('criterionById', () => {
  it.each([
    ['3.2', '3.2'],
    ['3,2', '3.2'],
    [' 3.2 ', '3.2'],
    ['Kriterium 3.2', '3.2'],
    ['kriterium 3.2', '3.2'],
    ['Krit. 3.2', '3.2'],
    ['Krit 3.2', '3.2'],
    ['K 3.2', '3.2'],
    ['K3.2', '3.2'],
    ['3.2.', '3.2'],
    ['Criterion 4.8', '4.8'],
    ['5.10', '5.10'],
    ['5,10', '5.10'],
    ['5.13', '5.13'],
    ['6.4', '6.4'],
  ])('reads %j as %s', (input, id) => {
    expect(criterionById(input)?.id).toBe(id);
  });

  it.each([
    [3.2, '3.2'],
    [6.4, '6.4'],
    [5.13, '5.13'],
    [5.11, '5.11'],
    // A number has no trailing zero: 5.10 is 5.1, so 5.10 must be written as text.
    [5.1, '5.1'],
    [5.10, '5.1'],
    [3.1, '3.1'],
    [4.1 + 1e-12, '4.1'],
  ])('reads the number %p as %s', (input, id) => {
    expect(criterionById(input)?.id).toBe(id);
  });

  it.each(['3.7', '7.1', '', '   ', 'abc', '3', '3.10', '2.1', '3.2.1', 'K', '0.5'])('returns undefined for %j', (input) => {
    expect(criterionById(input)).toBeUndefined();
  });

  it.each([3.7, 7, 0, -3.2, NaN, Infinity])('returns undefined for the number %p', (input) => {
    expect(criterionById(input)).toBeUndefined();
  });

  it('returns the catalogue entry itself', () => {
    expect(criterionById('Kriterium 6.3')).toBe(CRITERIA[29]);
  });
});
