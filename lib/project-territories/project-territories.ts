// Rules of the project territories (CRTE, "projets de territoire"), pure: what may be a member and
// what a code looks like. A code is part of the public URL (/territoires/projet/<code>), so it
// follows the territory route's own pattern, upper-cased.

/** EPCI and communes only: a project of départements would be a région-scale policy, not a perimeter. */
export const PROJECT_MEMBER_KINDS = ["EPCI", "COMMUNE"] as const;
export type ProjectMemberKind = (typeof PROJECT_MEMBER_KINDS)[number];

export const PROJECT_CODE_PATTERN = /^[0-9A-Z][0-9A-Z_-]{0,39}$/;
export const PROJECT_NAME_MAX_LENGTH = 150;
export const PROJECT_DESCRIPTION_MAX_LENGTH = 2000;

/** " crte-42-001 " → "CRTE-42-001". */
export function normaliseProjectCode(value: string): string {
  return value.trim().toUpperCase();
}

export function isProjectCode(value: string): boolean {
  return PROJECT_CODE_PATTERN.test(value);
}

/** Arrondissements municipaux are parts of a commune, not members of their own. */
export function isProjectMemberCandidate(territory: { kind: string; isArrondissement: boolean }): boolean {
  return (PROJECT_MEMBER_KINDS as readonly string[]).includes(territory.kind) && !territory.isArrondissement;
}

/** At most this many codes in one pasted list (a CRTE counts a few hundred communes at most). */
export const PROJECT_CODE_LIST_MAX = 2000;

export const COMMUNE_CODE = /^(?:\d{5}|2[AB]\d{3})$/;
export const EPCI_SIREN = /^\d{9}$/;

export type CodeList = {
  /** INSEE codes of communes and SIREN of EPCI, upper-cased, each once, in the order pasted. */
  codes: { kind: ProjectMemberKind; code: string }[];
  /** What is neither (shown back as typed). */
  invalid: string[];
};

/** A pasted list: one code per line, or separated by commas, semicolons or spaces. */
export function parseCodeList(text: string): CodeList {
  const seen = new Set<string>();
  const result: CodeList = { codes: [], invalid: [] };
  for (const raw of text.split(/[\s,;]+/)) {
    const value = raw.trim().toUpperCase();
    if (value === "" || seen.has(value)) continue;
    seen.add(value);
    if (COMMUNE_CODE.test(value)) result.codes.push({ kind: "COMMUNE", code: value });
    else if (EPCI_SIREN.test(value)) result.codes.push({ kind: "EPCI", code: value });
    else result.invalid.push(raw.trim());
  }
  return result;
}

/** "42218, 42095 et 3 autres": a list in a sentence, cut after `max` items. */
export function listInSentence(items: readonly string[], max = 10, others: (n: number) => string = (n) => `${n} autres`): string {
  const shown = items.slice(0, max);
  const rest = items.length - shown.length;
  if (rest > 0) return `${shown.join(", ")} et ${others(rest)}`;
  if (shown.length <= 1) return shown.join("");
  return `${shown.slice(0, -1).join(", ")} et ${shown.at(-1)}`;
}
