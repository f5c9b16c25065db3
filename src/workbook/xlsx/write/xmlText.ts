/**
 * Text as SpreadsheetML stores it. XML 1.0 cannot hold most control characters, so Excel writes
 * them as `_xHHHH_` (and a literal `_xHHHH_` in the text with its underscore escaped as `_x005F_`);
 * a lone surrogate cannot be encoded at all and becomes U+FFFD. Readers (Excel, ours) decode it back.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point here
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

const hex4 = (ch: string) => `_x${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`;

/** A cell's text in Excel's escaping, then XML-escaped for element content. */
export function cellText(text: string): string {
  return xmlEscape(text.replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1').replace(NOT_XML, hex4).replace(LONE_SURROGATE, '\ufffd'));
}

/** Text for an attribute or element where Excel does not decode `_xHHHH_` (sheet names, chart titles): unencodable characters dropped. */
export function plainText(text: string): string {
  return xmlEscape(text.replace(NOT_XML, '').replace(LONE_SURROGATE, '\ufffd'));
}

function xmlEscape(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
