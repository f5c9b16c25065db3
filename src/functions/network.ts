import { RangeCoverage, rangeCoverage } from '../core/audit/rangeCoverage';
import { gridWidth, optionalText, requiredTypes, toGrid } from './args';
import { excelError } from './excelError';
import { MESSAGES } from './messages';
import { savedColumnsForRange } from './savedColumns';
import { workbookClassifier } from './taughtTypes';

/** The arguments FH.COVERAGE and FH.MISSING share, converted and handed to the engine. */
export function networkCoverage(
  network: unknown,
  sozialraum: unknown,
  required: unknown,
  invocation: CustomFunctions.Invocation | undefined,
): RangeCoverage | CustomFunctions.Error {
  const place = optionalText(sozialraum, MESSAGES.sozialraumNotText);
  if (place !== null && typeof place !== 'string') return place;
  const list = requiredTypes(required);
  if (list !== null && !Array.isArray(list)) return list;
  const grid = toGrid(network);
  const columns = savedColumnsForRange(invocation?.parameterAddresses?.[0], gridWidth(grid));
  const result = rangeCoverage(grid, { sozialraum: place, required: list, columns, classify: workbookClassifier().classifyActor });
  if (result.unknownRequired.length > 0) return excelError('value', MESSAGES.unknownTypes(result.unknownRequired));
  if (result.networkPartners === 0) return excelError('na', MESSAGES.noPartners);
  return result;
}
