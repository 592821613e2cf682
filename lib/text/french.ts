// French grammar for sentences built from parts: elision ("d'un", "l'alliance"), the gender and
// number agreement of past participles ("validée", "publiés") and counts ("0 acteur", "2 acteurs").
// Pure and dependency-free: the copy catalogues (lib/copy/*, lib/labels.ts) call it and are
// themselves bundled into client components.

export type Gender = "m" | "f";

/** A common noun with what its articles and participles need to know. */
export interface Noun {
  singular: string;
  /** Defaults to the singular + "s". */
  plural?: string;
  gender: Gender;
}

// Words starting with an "h muet" (elided: "l'habitant", "d'hébergement"). An h is otherwise
// taken as aspiré ("le handicap", "de Hauts-de-France"): eliding before an h aspiré is the worse
// mistake, and most place names in H are aspirés (Hauts-de-France, Haute-Savoie, Le Havre).
const H_MUET = new Set([
  "habitant",
  "habitante",
  "habitants",
  "habitantes",
  "habitat",
  "habitation",
  "habitude",
  "hébergement",
  "héritage",
  "hérault",
  "heure",
  "histoire",
  "hiver",
  "homme",
  "hôpital",
  "hôtel",
  "humain",
  "humanité",
  "humanitaire",
  "hygiène",
]);

function bare(letter: string): string {
  return letter
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase();
}

/**
 * True when a word is elided before: it starts with a vowel ("Île", "un", "Émile", "Œuvre"), a "y"
 * followed by a consonant ("Yvelines", "Yves"; not "yaourt"), or an h muet from the list above.
 */
export function takesElision(word: string): boolean {
  const text = word.trimStart();
  const first = bare(text.charAt(0));
  if ("aeiouæœ".includes(first) && first !== "") return true;
  if (first === "y") return !"aeiou".includes(bare(text.charAt(1)));
  if (first === "h") {
    const head = (text.toLowerCase().match(/^[\p{L}]+/u)?.[0] ?? "").normalize("NFC");
    return H_MUET.has(head);
  }
  return false;
}

/**
 * "de" before a word or name: "de la Drôme", "d'un besoin", "d'Île-de-France", and the
 * contractions with a leading article: "Le Havre" → "du Havre", "Les Ulis" → "des Ulis".
 */
export function de(word: string): string {
  const contracted = /^(le|les) (.+)$/iu.exec(word);
  if (contracted) return `${contracted[1].toLowerCase() === "le" ? "du" : "des"} ${contracted[2]}`;
  return takesElision(word) ? `d'${word}` : `de ${word}`;
}

/** "que" before a word: "qu'une", "qu'il", "que le". */
export function que(word: string): string {
  return takesElision(word) ? `qu'${word}` : `que ${word}`;
}

/** The definite article: "le besoin", "la fiche", "l'alliance", "l'offre". */
export function theNoun(noun: Noun): string {
  if (takesElision(noun.singular)) return `l'${noun.singular}`;
  return `${noun.gender === "f" ? "la" : "le"} ${noun.singular}`;
}

/** The indefinite article: "un besoin", "une offre". */
export function aNoun(noun: Noun): string {
  return `${noun.gender === "f" ? "une" : "un"} ${noun.singular}`;
}

/**
 * A past participle (given in the masculine singular) agreed with a gender and a count:
 * agree("validé", "f") → "validée", agree("publié", "m", 2) → "publiés". Only regular participles
 * ending in -é, -i, -u, -t, -s; "s" endings ("pris", "mis") do not take another "s".
 */
export function agree(participle: string, gender: Gender, count = 1): string {
  const feminine = gender === "f" ? `${participle}e` : participle;
  if (!isPlural(count)) return feminine;
  return feminine.endsWith("s") ? feminine : `${feminine}s`;
}

/** French takes the singular for 0 and 1 (and for -1 < n < 2: "1,5 kilomètre"), the plural from 2. */
export function isPlural(count: number): boolean {
  return Math.abs(count) >= 2;
}

/** Picks the singular or the plural form by the French rule. */
export function plural(count: number, one: string, many: string): string {
  return isPlural(count) ? many : one;
}

/** A noun's form for a count: nounFor(acteur, 2) → "acteurs". */
export function nounFor(noun: Noun, count: number): string {
  return isPlural(count) ? (noun.plural ?? `${noun.singular}s`) : noun.singular;
}

const numberFormat = new Intl.NumberFormat("fr-FR");

/** "0 acteur", "1 acteur", "1 234 acteurs" (French grouping). */
export function countOf(count: number, noun: Noun | string): string {
  const form = typeof noun === "string" ? plural(count, noun, `${noun}s`) : nounFor(noun, count);
  return `${numberFormat.format(count)} ${form}`;
}

/** Capitalises the first letter: "l'alliance" → "L'alliance". */
export function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase("fr") + text.slice(1);
}
