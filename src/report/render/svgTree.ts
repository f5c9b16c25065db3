import { escapeHtml } from './escapeHtml';

/**
 * A picture as a small element tree: the HTML report serialises it to a string (every attribute and
 * text escaped here, in one place), the task pane builds DOM nodes from it with text nodes only, so a
 * partner named `<img onerror=…>` stays text on both surfaces. Presentation attributes only, never a
 * `style` attribute: the pane's Content-Security-Policy allows no inline style.
 */
export interface SvgNode {
  readonly tag: string;
  readonly attrs?: Readonly<Record<string, string | number | undefined>>;
  readonly children?: readonly (SvgNode | string)[];
}

export const SVG_NS = 'http://www.w3.org/2000/svg';

/** The typeface and text colour of every chart and map. */
export const FONT = 'Segoe UI, Arial, Helvetica, sans-serif';
export const INK = '#1b1b1b';

/** An element; `undefined` attributes are left out. */
export function svg(tag: string, attrs: Record<string, string | number | undefined> = {}, ...children: (SvgNode | string | null | false)[]): SvgNode {
  return { tag, attrs, children: children.filter((c): c is SvgNode | string => c !== null && c !== false) };
}

/** Numbers with at most one decimal: shorter markup, no visible difference. */
function attrValue(v: string | number): string {
  return typeof v === 'number' ? String(Math.round(v * 10) / 10) : v;
}

export function svgString(node: SvgNode | string): string {
  if (typeof node === 'string') return escapeHtml(node);
  const attrs = Object.entries(node.attrs ?? {})
    .filter((e): e is [string, string | number] => e[1] !== undefined)
    .map(([k, v]) => ` ${k}="${escapeHtml(attrValue(v))}"`)
    .join('');
  const root = node.tag === 'svg' ? ` xmlns="${SVG_NS}"` : '';
  const children = node.children ?? [];
  return children.length === 0 ? `<${node.tag}${root}${attrs}/>` : `<${node.tag}${root}${attrs}>${children.map(svgString).join('')}</${node.tag}>`;
}

/** Text cut to `max` characters with an ellipsis, so a long name cannot run over its neighbours. */
export function clip(text: string, max: number): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length <= max ? t : `${t.slice(0, max - 1).trimEnd()}…`;
}
