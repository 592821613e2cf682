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
