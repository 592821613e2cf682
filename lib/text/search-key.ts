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

/** Escapes LIKE wildcards so user input such as "%" or "_" is matched literally. */
export function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}
