/**
 * A stand-in for the CustomFunctions global that Excel's runtime provides (Jest has none).
 * Importing this file installs it; the functions read the global at call time, so in Excel the
 * runtime's own class is used.
 */
export class CustomFunctionsErrorDouble {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

const ErrorCode = {
  invalidValue: '#VALUE!',
  notAvailable: '#N/A',
  divisionByZero: '#DIV/0!',
  invalidNumber: '#NUM!',
  nullReference: '#NULL!',
  invalidName: '#NAME?',
  invalidReference: '#REF!',
} as const;

(globalThis as unknown as { CustomFunctions: unknown }).CustomFunctions = { Error: CustomFunctionsErrorDouble, ErrorCode };

/** True for an error the functions returned; optionally of the given code ("#VALUE!", "#N/A", …). */
export function isErrorResult(value: unknown, code?: string): value is CustomFunctionsErrorDouble {
  return value instanceof CustomFunctionsErrorDouble && (code === undefined || value.code === code);
}
