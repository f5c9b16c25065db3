import { DIALOGUE_QUESTIONS, DIMENSIONS, GAP_TOPICS, GapTopic, pickDialogueQuestions } from '../../../src/core/criteria/dimensions';
import { SEED_FILES, SEED_MISSING, bulletsBetween, readSeed, sharedRun, wordRuns } from './seeds';

const DIALOGUE = 'Dialog mit Akteuren der strategisch-politischen Ebene';

describe('DIMENSIONS', () => {
  it('holds dimensions 1 and 5 with three themes each and goals in both languages', () => {
    expect(DIMENSIONS.map((d) => d.id)).toEqual([1, 5]);
    expect(DIMENSIONS.map((d) => d.title.de)).toEqual(['Grundidee', 'Politisch-strukturelle Verankerung']);
    expect(DIMENSIONS.map((d) => d.themes.map((theme) => theme.goals.length))).toEqual([
      [3, 6, 5],
      [4, 6, 4],
    ]);
    const texts = DIMENSIONS.flatMap((d) => [d.title, ...d.themes.flatMap((theme) => [theme.title, ...theme.goals])]);
    for (const text of texts) {
      expect(text.de.trim()).not.toBe('');
      expect(text.en.trim()).not.toBe('');
    }
  });
});

describe('DIALOGUE_QUESTIONS', () => {
  it('has 9 questions for dimension 1 and 14 for dimension 5 with stable ids', () => {
    expect(DIALOGUE_QUESTIONS.filter((q) => q.dimension === 1).map((q) => q.id)).toEqual(
      Array.from({ length: 9 }, (_, i) => `D1-${i + 1}`),
    );
    expect(DIALOGUE_QUESTIONS.filter((q) => q.dimension === 5).map((q) => q.id)).toEqual(
      Array.from({ length: 14 }, (_, i) => `D5-${i + 1}`),
    );
  });

  it('gives every question text in both languages and at least one known topic', () => {
    for (const q of DIALOGUE_QUESTIONS) {
      expect(q.text.de).toMatch(/\?$/);
      expect(q.text.en).toMatch(/\?$/);
      expect(q.topics.length).toBeGreaterThan(0);
      for (const topic of q.topics) expect(GAP_TOPICS).toContain(topic);
      expect(new Set(q.topics).size).toBe(q.topics.length);
    }
  });
});

describe('pickDialogueQuestions', () => {
  const weigh = (entries: [GapTopic, number][]) => new Map(entries);

  it.each(GAP_TOPICS)('finds at least one question for %s, all tagged with it', (topic) => {
    const found = pickDialogueQuestions(weigh([[topic, 1]]), 50);
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((q) => q.topics.includes(topic))).toBe(true);
  });

  it('returns nothing for no gaps', () => {
    expect(pickDialogueQuestions(new Map())).toEqual([]);
  });

  it('asks at most five, one per gap kind first, weightiest first, in catalogue order, each once', () => {
    const weights = weigh([['coverage', 9], ['health', 6], ['resources', 4], ['spatial', 2], ['cooperation', 1], ['political', 1]]);
    const found = pickDialogueQuestions(weights);
    const ids = found.map((q) => q.id);
    expect(found).toHaveLength(5);
    expect(new Set(ids).size).toBe(ids.length);
    const order = DIALOGUE_QUESTIONS.map((q) => q.id);
    expect(ids).toEqual(order.filter((id) => ids.includes(id)));
    // The five weightiest gap kinds each get a question before any gets a second.
    for (const topic of ['coverage', 'health', 'resources', 'spatial'] as const) expect(found.some((q) => q.topics.includes(topic))).toBe(true);
  });

  it('a lighter gap loses its place to a heavier one when five are asked', () => {
    const light = pickDialogueQuestions(weigh([['participation', 1], ['coverage', 5], ['health', 5], ['resources', 5], ['spatial', 5], ['cooperation', 5]]));
    expect(light.some((q) => q.topics.length === 1 && q.topics[0] === 'participation')).toBe(false);
  });
});

describe.each([
  [1, SEED_FILES.dimension1, 'Passendes Praxismaterial'],
  [5, SEED_FILES.dimension5, 'Weitere Informationen'],
] as const)('dimension %i is paraphrased from its seed', (dimension, file, afterDialogue) => {
  const seed = readSeed(file);
  const run = seed ? it : it.skip;
  const note = seed ? '' : ` (${SEED_MISSING})`;
  const runs = seed ? wordRuns(seed, 8) : new Set<string>();
  const ours = DIMENSIONS.find((d) => d.id === dimension)!;
  const questions = DIALOGUE_QUESTIONS.filter((q) => q.dimension === dimension);

  run(`the check finds a copied goal${note}`, () => {
    const copied = bulletsBetween(seed!, 'Themen und Ziele', DIALOGUE)[0];
    expect(sharedRun(copied, runs, 8)).not.toBeNull();
  });

  run(`covers every goal and dialogue question of the seed${note}`, () => {
    expect(ours.themes.flatMap((theme) => theme.goals)).toHaveLength(bulletsBetween(seed!, 'Themen und Ziele', DIALOGUE).length);
    expect(questions).toHaveLength(bulletsBetween(seed!, DIALOGUE, afterDialogue).length);
  });

  run(`words each question shorter than the source question${note}`, () => {
    const source = bulletsBetween(seed!, DIALOGUE, afterDialogue);
    questions.forEach((q, i) => expect({ id: q.id, shorter: q.text.de.length < source[i].length }).toEqual({ id: q.id, shorter: true }));
  });

  run(`shares no run of 8 words with the seed${note}`, () => {
    const texts = [
      ours.title,
      ...ours.themes.flatMap((theme) => [theme.title, ...theme.goals]),
      ...questions.map((q) => q.text),
    ].flatMap((text) => [text.de, text.en]);
    expect(texts.map((text) => sharedRun(text, runs, 8)).filter((hit) => hit !== null)).toEqual([]);
  });
});
