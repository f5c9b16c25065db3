/**
 * Where each function's help lives: an anchor in README.md named after the English function,
 * e.g. HELP_BASE_URL + "#fh-coverage". The @helpurl tags in functions.ts and functions.de.json
 * must be literal text for the metadata generator; a test checks them against this constant.
 */
export const HELP_BASE_URL = 'https://github.com/fruehe-hilfen-check/fruehe-hilfen-check';

export function helpUrl(functionId: string): string {
  return `${HELP_BASE_URL}#fh-${functionId.toLowerCase()}`;
}
