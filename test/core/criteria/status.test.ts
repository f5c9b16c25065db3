import { CriterionStatus } from '../../../src/core/criteria/status';
import { CellValue } from '../../../src/core/grid';
import { criteriaScore, parseCriterionStatus } from '../../../src/core/criteria/status';

const SPELLINGS: readonly (readonly [CellValue, CriterionStatus | null])[] = [
  ['erfüllt', 'erfuellt'],
  ['erfuellt', 'erfuellt'],
  ['Erfüllt', 'erfuellt'],
  ['ERFÜLLT', 'erfuellt'],
  ['Erfu\u0308llt', 'erfuellt'], // decomposed umlaut, as some Mac inputs store it
  ['  erfüllt  ', 'erfuellt'],
  ['ja', 'erfuellt'],
  ['Ja', 'erfuellt'],
  ['x', 'erfuellt'],
  ['X', 'erfuellt'],
  ['✓', 'erfuellt'],
  ['✔', 'erfuellt'],
  ['true', 'erfuellt'],
  ['vollständig', 'erfuellt'],
  ['umgesetzt', 'erfuellt'],
  ['met', 'erfuellt'],
  ['yes', 'erfuellt'],
  ['Done', 'erfuellt'],
  ['teilweise', 'teilweise'],
  ['Teilweise', 'teilweise'],
  ['tlw.', 'teilweise'],
  ['teilw.', 'teilweise'],
  ['zum Teil', 'teilweise'],
  ['z.T.', 'teilweise'],
  ['z. T.', 'teilweise'],
  ['in Arbeit', 'teilweise'],
  ['in Umsetzung', 'teilweise'],
  ['teilweise erfüllt', 'teilweise'],
  ['(teilweise erfüllt)', 'teilweise'],
  ['partially', 'teilweise'],
  ['partial', 'teilweise'],
  ['in progress', 'teilweise'],
  ['½', 'teilweise'],
  ['nicht erfüllt', 'nicht_erfuellt'],
  ['Nicht erfüllt', 'nicht_erfuellt'],
  ['NICHT ERFUELLT', 'nicht_erfuellt'],
  ['nein', 'nicht_erfuellt'],
  ['Nein', 'nicht_erfuellt'],
  ['-', 'nicht_erfuellt'],
  ['–', 'nicht_erfuellt'],
  ['✗', 'nicht_erfuellt'],
  ['false', 'nicht_erfuellt'],
  ['fehlt', 'nicht_erfuellt'],
  ['nicht umgesetzt', 'nicht_erfuellt'],
  ['not met', 'nicht_erfuellt'],
  ['no', 'nicht_erfuellt'],
  ['offen', 'offen'],
  ['noch offen', 'offen'],
  ['n.b.', 'offen'],
  ['n. b.', 'offen'],
  ['nicht bewertet', 'offen'],
  ['?', 'offen'],
  ['open', 'offen'],
  ['TBD', 'offen'],
  ['', null],
  ['   ', null],
  [null, null],
  [{ error: '#N/A' }, null],
  [{ error: '#WERT!' }, null],
  ['vielleicht', null],
  ['ja, aber nur teilweise', null],
  ['erfüllt?!', null],
  ['nicht', null],
  ['siehe Anlage', null],
  [1, 'erfuellt'],
  [0.5, 'teilweise'],
  [0, 'nicht_erfuellt'],
  ['1', 'erfuellt'],
  ['0,5', 'teilweise'],
  ['0', 'nicht_erfuellt'],
  [2, null],
  [0.3, null],
  [-1, null],
  [true, 'erfuellt'],
  [false, 'nicht_erfuellt'],
];

describe('parseCriterionStatus', () => {
  it.each(SPELLINGS)('reads %j as %p', (input, expected) => {
    expect(parseCriterionStatus(input)).toBe(expected);
  });

  it('never reads a negated or partial "erfüllt" as met', () => {
    for (const trap of ['nicht erfüllt', 'Nicht Erfüllt', 'teilweise erfüllt', 'nicht umgesetzt', 'nicht vorhanden']) {
      expect(parseCriterionStatus(trap)).not.toBe('erfuellt');
    }
  });
});

describe('criteriaScore', () => {
  it.each([
    [['erfuellt', 'teilweise', 'nicht_erfuellt', 'offen', null], 0.5],
    [['erfuellt', 'erfuellt', 'erfuellt'], 1],
    [['nicht_erfuellt', 'offen'], 0],
    [['teilweise'], 0.5],
    [['erfuellt', 'nicht_erfuellt', 'nicht_erfuellt', 'nicht_erfuellt'], 0.25],
    [['erfuellt', 'teilweise', null, null, null], 0.75],
  ] as const)('scores %j as %p', (statuses, score) => {
    expect(criteriaScore(statuses)).toBeCloseTo(score, 10);
  });

  it.each([[[]], [['offen', 'offen']], [[null, 'offen', null]]] as const)('is null when nothing is assessed: %j', (statuses) => {
    expect(criteriaScore(statuses)).toBeNull();
  });
});
