/**
 * The normalised form that names are searched on: lower case, accents removed, and every run of
 * hyphens, apostrophes, punctuation or spaces folded into one space. "Saint-Étienne" and
 * "saint etienne" both give "saint etienne"; "L'Haÿ-les-Roses" gives "l hay les roses".
 */
export function toSearchKey(value: string): string {
  return value
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .replace(/œ/gi, "oe")
    .replace(/æ/gi, "ae")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** Joins several search keys in one column (the former names of a commune); toSearchKey never outputs it. */
export const NAME_KEYS_SEPARATOR = "|";

// Abbreviations of place names, spelled out: "St-Étienne", "Ste Foy", "S'Étienne" (typed quickly).
// No official commune, EPCI, département or région name contains one of these as a word.
const SAINT_ABBREVIATIONS: Record<string, string> = { st: "saint", ste: "sainte", sts: "saints", stes: "saintes", s: "saint" };

/**
 * The search key with "st", "ste", "sts", "stes" and a lone "s" (from "s'") spelled out as
 * "saint", "sainte"…: "st etienne" gives "saint etienne". Expects a key made by toSearchKey.
 */
export function expandSaintAbbreviations(key: string): string {
  return key
    .split(" ")
    .map((word) => SAINT_ABBREVIATIONS[word] ?? word)
    .join(" ");
}

/** Escapes LIKE wildcards so user input such as "%" or "_" is matched literally. */
export function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}
