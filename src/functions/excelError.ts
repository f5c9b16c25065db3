import { CellError } from '../core/grid';
import { Message } from './messages';

/** The Excel errors the FH functions return. Only #VALUE! and #N/A can carry a message in Excel. */
export type ErrorKind = 'value' | 'na' | 'div0' | 'num';

/**
 * A CustomFunctions.Error for the cell. The class and the ErrorCode enum are read from the global
 * at call time, so in Excel the runtime's own class is used (a test installs a double).
 * The message is German first, then English: Excel shows it in the error indicator menu.
 */
export function excelError(kind: ErrorKind, message?: Message): CustomFunctions.Error {
  const codes = CustomFunctions.ErrorCode;
  switch (kind) {
    case 'value':
      return new CustomFunctions.Error(codes.invalidValue, message ? bilingual(message) : undefined);
    case 'na':
      return new CustomFunctions.Error(codes.notAvailable, message ? bilingual(message) : undefined);
    case 'div0':
      return new CustomFunctions.Error(codes.divisionByZero);
    case 'num':
      return new CustomFunctions.Error(codes.invalidNumber);
  }
}

function bilingual(message: Message): string {
  return `${message.de} | ${message.en}`;
}

/** Excel's error strings as CustomFunctions.ErrorCode spells them ("#N/A", "#DIV/0!"). */
const CODE_OF_TEXT: Readonly<Record<string, string>> = {
  '#NV': '#N/A',
  '#WERT!': '#VALUE!',
  '#BEZUG!': '#REF!',
  '#ZAHL!': '#NUM!',
  '#NAME?': '#NAME?',
  '#NULL!': '#NULL!',
  '#DIV/0!': '#DIV/0!',
};

/**
 * Passes an error cell of an argument on to the result, as Excel's own functions do. Codes Excel
 * does not accept as a custom-function result (#REF!, #NAME?, German spellings, #SPILL! …) become #VALUE!.
 */
export function propagate(cell: CellError): CustomFunctions.Error {
  const codes = CustomFunctions.ErrorCode;
  const code = CODE_OF_TEXT[cell.error.toUpperCase()] ?? cell.error.toUpperCase();
  switch (code) {
    case codes.notAvailable:
      return new CustomFunctions.Error(codes.notAvailable);
    case codes.divisionByZero:
      return new CustomFunctions.Error(codes.divisionByZero);
    case codes.invalidNumber:
      return new CustomFunctions.Error(codes.invalidNumber);
    case codes.nullReference:
      return new CustomFunctions.Error(codes.nullReference);
    default:
      return new CustomFunctions.Error(codes.invalidValue);
  }
}
