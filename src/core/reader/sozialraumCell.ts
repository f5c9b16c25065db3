/**
 * Several Sozialräume in one cell, as planners write them: "Nordstadt / Weststadt", "Altstadt,
 * Nordstadt", "Nord und Süd", "Nord + Süd", "Nord; Süd", one per line. A hyphen never splits
 * ("Nord-Ost" is one Sozialraum). The parts keep the planner's spelling: no name is invented.
 */
const LIST = /\s*(?:[/,;+&\n\r]|\bund\b|\band\b)\s*/i;

export function splitSozialraeume(text: string): string[] {
  const parts = text.split(LIST).map((p) => p.trim()).filter((p) => p !== '');
  // The same Sozialraum twice in one cell counts once.
  return parts.filter((p, i) => parts.findIndex((q) => q.toLowerCase() === p.toLowerCase()) === i);
}
