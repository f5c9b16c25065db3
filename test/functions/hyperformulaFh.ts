/**
 * The FH functions as a HyperFormula function plugin, so integration tests can write real formulas
 * (ranges, spills, fill-down, German names) into a workbook and recalculate it. Test-only:
 * HyperFormula is GPL-3.0 and a devDependency. The plugin does what Excel's runtime does around a
 * custom function: ranges become 2-D arrays (blanks ""), error cells CustomFunctions errors, and
 * results come back as values, spilled arrays or Excel errors.
 */
import { ArraySize, CellError, EmptyValue, ErrorType, FunctionArgumentType, FunctionPlugin, HyperFormula, SimpleRangeValue } from 'hyperformula';
import type { ImplementedFunctions } from 'hyperformula';
import { CustomFunctionsErrorDouble } from './customFunctionsDouble';
import { ACTOR_TYPES } from '../../src/core/taxonomy/actorTypes';

export interface FunctionMetadataLike {
  readonly id: string;
  readonly name: string;
  readonly parameters: readonly { readonly name: string; readonly dimensionality?: string; readonly optional?: boolean }[];
  readonly result: { readonly dimensionality?: string };
}

type CustomFunction = (...args: unknown[]) => unknown;

const TO_EXCEL: Partial<Record<ErrorType, string>> = {
  [ErrorType.DIV_BY_ZERO]: '#DIV/0!',
  [ErrorType.NA]: '#N/A',
  [ErrorType.NUM]: '#NUM!',
  [ErrorType.REF]: '#REF!',
  [ErrorType.NAME]: '#NAME?',
  [ErrorType.VALUE]: '#VALUE!',
};
const FROM_EXCEL: Record<string, ErrorType> = Object.fromEntries(Object.entries(TO_EXCEL).map(([type, code]) => [code, type as ErrorType]));

/** One value as Excel passes it to a custom function. */
function toExcel(value: unknown, blank: '' | null): unknown {
  if (value === EmptyValue || value === undefined) return blank;
  if (value instanceof CellError) return new CustomFunctionsErrorDouble(TO_EXCEL[value.type] ?? '#VALUE!', value.message);
  if (typeof value === 'object' && value !== null && typeof (value as { val?: unknown }).val === 'number') return (value as { val: number }).val;
  return value;
}

/** One result as HyperFormula stores it. */
function fromExcel(value: unknown): unknown {
  if (value instanceof CustomFunctionsErrorDouble) return new CellError(FROM_EXCEL[value.code] ?? ErrorType.ERROR, value.message);
  if (typeof value === 'number' && !Number.isFinite(value)) return new CellError(ErrorType.NUM, 'not a finite number');
  return value;
}

/**
 * Registers `implementations` (id → function) under the English names of `english` and, as aliases,
 * the German names of `german`, both with the FH. namespace Excel adds. Returns the names registered.
 */
export function registerFhPlugin(english: readonly FunctionMetadataLike[], german: readonly FunctionMetadataLike[], implementations: Readonly<Record<string, CustomFunction>>): string[] {
  const implemented: ImplementedFunctions = {};
  const aliases: Record<string, string> = {};
  const methods: Record<string, (this: FunctionPlugin, ast: never, state: never) => unknown> = {};
  for (const meta of english) {
    const formulaId = `FH.${meta.id}`;
    const method = `fh_${meta.id}`;
    const fn = implementations[meta.id];
    const matrixResult = meta.result.dimensionality === 'matrix';
    implemented[formulaId] = {
      method,
      parameters: meta.parameters.map((p) => ({
        // Ranges and anything Excel passes to an `any` parameter arrive unconverted.
        argumentType: p.dimensionality === 'matrix' ? FunctionArgumentType.ANY : FunctionArgumentType.SCALAR,
        optionalArg: p.optional === true,
      })),
      ...(matrixResult ? { sizeOfResultArrayMethod: `${method}_size`, vectorizationForbidden: true } : {}),
    };
    methods[method] = function (this: FunctionPlugin, ast: never, state: never) {
      const self = this as unknown as { runFunction: FunctionPlugin['runFunction'] & ((...a: unknown[]) => unknown); metadata: (id: string) => unknown };
      return (self.runFunction as unknown as (...a: unknown[]) => unknown)((ast as { args: unknown[] }).args, state, self.metadata(formulaId), (...args: unknown[]) => {
        const excelArgs = meta.parameters.map((p, i) => {
          const arg = args[i];
          if (arg instanceof SimpleRangeValue) return arg.data.map((row) => row.map((v) => toExcel(v, '')));
          const v = toExcel(arg, null);
          // Excel hands a literal to a matrix parameter as a 1×1 array.
          return p.dimensionality === 'matrix' && v !== null ? [[v]] : v;
        });
        const result = fn(...excelArgs);
        if (Array.isArray(result)) return SimpleRangeValue.onlyValues(result.map((row: unknown[]) => row.map(fromExcel)) as never);
        return fromExcel(result);
      });
    };
    if (matrixResult) {
      methods[`${method}_size`] = function (this: FunctionPlugin, ast: never, state: never) {
        // A list of missing types is at most as long as the list of types; a classified range keeps its shape.
        if (meta.id === 'MISSING') return new ArraySize(1, ACTOR_TYPES.length);
        // FH.COVERAGE is one cell, as a 1×1 array (see functions.ts).
        if (meta.id === 'COVERAGE') return new ArraySize(1, 1);
        const self = this as unknown as { arraySizeForAst: (a: unknown, s: unknown) => ArraySize };
        const input = self.arraySizeForAst((ast as { args: unknown[] }).args[0], state);
        // The input's size flagged as a reference would make the result a reference too (#VALUE!).
        return new ArraySize(input.width, input.height);
      };
    }
    const de = german.find((g) => g.id === meta.id);
    if (de) aliases[`FH.${de.name}`] = formulaId;
  }

  class FhPlugin extends FunctionPlugin {
    static override implementedFunctions = implemented;
    static override aliases = aliases;
  }
  Object.assign(FhPlugin.prototype, methods);
  const names = [...Object.keys(implemented), ...Object.keys(aliases)];
  HyperFormula.registerFunctionPlugin(FhPlugin, { enGB: Object.fromEntries(names.map((n) => [n, n])) });
  return names;
}
