import { READER_FINDING_CODES } from '../../reader/model';
import { defineRule } from '../rule';

/**
 * What the reader noticed (error cells, unclear marks, unreadable amounts, a saved sheet that is
 * gone) and every choice it made (which sheets and year, which columns, which rows not counted).
 */
export const reading = defineRule({
  name: 'reading',
  codes: READER_FINDING_CODES,
  needs: ['model'],
  run: ({ model }) => model.findings,
});
