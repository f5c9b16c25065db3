/**
 * Text on its way to a terminal. Cells can hold escape sequences (Excel stores ESC as _x001B_):
 * printed raw they could fake links, set the window title, clear the screen or hide text, and
 * bidi overrides can reorder what a line appears to say. Every C0/C1 control except line feed and
 * tab, DEL, and the bidi embedding/override/isolate marks are removed. JSON output is not passed
 * through here: JSON.stringify already escapes controls, and JSON must stay exact.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point here
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function forTerminal(text: string): string {
  return text.replace(UNSAFE, '');
}

/** True when colour may be used: a terminal on stdout and no NO_COLOR (https://no-color.org). */
export function colourAllowed(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): boolean {
  return stream.isTTY === true && (env.NO_COLOR === undefined || env.NO_COLOR === '') && env.TERM !== 'dumb';
}
