/**
 * Several Sozialräume in one cell, as planners write them: "Nordstadt / Weststadt", "Altstadt,
 * Nordstadt", "Nord und Süd", "Nord u. Süd", "Nord + Süd", "Nord; Süd", one per line. A hyphen never
 * splits ("Nord-Ost" is one Sozialraum). The parts keep the planner's spelling: no name is invented;
 * only a leading label ("Stadtteile: Nord, Süd") and a qualifier in brackets ("Nord (teilweise)")
 * are dropped, so such a partner counts in the Sozialraum it names, not in a new one.
 */
const LIST = /\s*(?:[/,;+&\n\r]|\bund\b|\bu\.|\band\b)\s*/i;
const LEAD = /^\s*(?:sozialr(?:a|ä)ume?|stadtteile?|ortsteile?|planungsr(?:a|ä)ume?|regionen?|bezirke?|quartiere?|gemeinden?)\s*:\s*/i;
const QUALIFIER = /\s*\((?:teilweise|tlw\.?|teils|anteilig|z\.\s?t\.|zum teil|schwerpunkt|hauptsächlich|überwiegend|auch|nur|ggf\.?|partly|partially|mainly)\)\s*$/i;

export function splitSozialraeume(text: string): string[] {
  const parts = text
    .replace(LEAD, '')
    .split(LIST)
    .map((p) => p.replace(QUALIFIER, '').trim())
    .filter((p) => p !== '');
  // The same Sozialraum twice in one cell counts once.
  return parts.filter((p, i) => parts.findIndex((q) => q.toLowerCase() === p.toLowerCase()) === i);
}
