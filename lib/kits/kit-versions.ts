// A kit version is the whole kit. Pure mapping between the form's input, a KitVersion row and the
// published projection (Kit row, KitSdgTarget, KitLink), and the field-by-field comparison of two
// versions. No database here: the mutations and queries call these.
import type { ActorKind, AllianceMode, KitCategory, Theme } from "@/generated/prisma/enums";
import { compareTargetCodes, kitSearchKey } from "./kits";

export interface KitLinkValue {
  label: string;
  url: string;
}

/** Everything a version holds, files apart (they are joined to it, see KitVersionAttachment). */
export interface KitContent {
  title: string;
  summary: string;
  category: KitCategory;
  audiences: ActorKind[];
  maturityLevels: number[];
  themes: Theme[];
  modes: AllianceMode[];
  targets: string[];
  links: KitLinkValue[];
  body: string;
}

/** The columns of a version every reader of versions selects (a Prisma select, plain data). */
export const VERSION_COLUMNS = {
  id: true,
  number: true,
  title: true,
  summary: true,
  category: true,
  audiences: true,
  maturityLevels: true,
  themes: true,
  modes: true,
  targets: true,
  links: true,
  body: true,
  note: true,
  updatedAt: true,
  publishedAt: true,
} as const;

export interface KitFile {
  id: string;
  fileName: string;
}

/** The links column as stored (JSON): anything that is not a {label, url} pair is left out. */
export function parseVersionLinks(raw: unknown): KitLinkValue[] {
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((item) =>
    item && typeof item === "object" && typeof item.label === "string" && typeof item.url === "string" ? [{ label: item.label, url: item.url }] : [],
  );
}

/** A KitVersion row (its JSON links parsed, its lists in a stable order) as content. */
export function versionContent(row: Omit<KitContent, "links"> & { links: unknown }): KitContent {
  return {
    title: row.title,
    summary: row.summary,
    category: row.category,
    audiences: [...row.audiences],
    maturityLevels: [...row.maturityLevels].sort((a, b) => a - b),
    themes: [...row.themes],
    modes: [...row.modes],
    targets: [...row.targets].sort(compareTargetCodes),
    links: parseVersionLinks(row.links),
    body: row.body,
  };
}

/** The columns of a KitVersion for this content (links as plain JSON, lists sorted). */
export function versionData(content: KitContent) {
  return {
    title: content.title,
    summary: content.summary,
    category: content.category,
    audiences: content.audiences,
    maturityLevels: [...content.maturityLevels].sort((a, b) => a - b),
    themes: content.themes,
    modes: content.modes,
    targets: [...content.targets].sort(compareTargetCodes),
    links: content.links.map(({ label, url }) => ({ label, url })),
    body: content.body,
  };
}

/** What publishing writes on the Kit row, its targets and its links: the published projection. */
export function projectionOf(content: KitContent) {
  return {
    kit: {
      title: content.title,
      summary: content.summary,
      category: content.category,
      audiences: content.audiences,
      maturityLevels: content.maturityLevels,
      themes: content.themes,
      modes: content.modes,
      body: content.body,
      searchKey: kitSearchKey(content.title, content.summary),
    },
    targets: content.targets,
    links: content.links.map((link, position) => ({ ...link, position })),
  };
}

export const SCALAR_FIELDS = ["title", "summary", "category"] as const;
export const LIST_FIELDS = ["audiences", "themes", "modes", "maturityLevels", "targets"] as const;
export type ScalarField = (typeof SCALAR_FIELDS)[number];
export type ListField = (typeof LIST_FIELDS)[number];

export type FieldChange =
  | { kind: "scalar"; field: ScalarField; before: string; after: string }
  | { kind: "list"; field: ListField; added: string[]; removed: string[] }
  | { kind: "links"; added: KitLinkValue[]; removed: KitLinkValue[] }
  | { kind: "attachments"; added: KitFile[]; removed: KitFile[] }
  | { kind: "body" };

const linkKey = (link: KitLinkValue) => `${link.label}\u0000${link.url}`;

function setDifference<T>(from: readonly T[], to: readonly T[], key: (value: T) => string = String): { added: T[]; removed: T[] } {
  const before = new Set(from.map(key));
  const after = new Set(to.map(key));
  return { added: to.filter((value) => !before.has(key(value))), removed: from.filter((value) => !after.has(key(value))) };
}

/**
 * Every field that differs between two versions, in the form's order; the body is only flagged
 * (its line diff is version-diff.ts's). An empty list: the two versions are the same kit.
 */
export function diffKitVersions(from: KitContent & { files: KitFile[] }, to: KitContent & { files: KitFile[] }): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const field of SCALAR_FIELDS) if (from[field] !== to[field]) changes.push({ kind: "scalar", field, before: from[field], after: to[field] });
  for (const field of LIST_FIELDS) {
    const { added, removed } = setDifference(
      (from[field] as readonly (string | number)[]).map(String),
      (to[field] as readonly (string | number)[]).map(String),
    );
    if (added.length + removed.length > 0) changes.push({ kind: "list", field, added, removed });
  }
  const links = setDifference(from.links, to.links, linkKey);
  const reordered = links.added.length + links.removed.length === 0 && from.links.map(linkKey).join("\n") !== to.links.map(linkKey).join("\n");
  // Same links in another order: shown as all removed then added, so that the change is visible.
  if (reordered) changes.push({ kind: "links", added: to.links, removed: from.links });
  else if (links.added.length + links.removed.length > 0) changes.push({ kind: "links", ...links });
  const files = setDifference(from.files, to.files, (file) => file.id);
  if (files.added.length + files.removed.length > 0) changes.push({ kind: "attachments", ...files });
  if (from.body !== to.body) changes.push({ kind: "body" });
  return changes;
}

/** Whether a draft holds anything its published version does not: the « modifications non publiées » badge. */
export function hasChanges(published: (KitContent & { files: KitFile[] }) | null, draft: (KitContent & { files: KitFile[] }) | null): boolean {
  if (!draft) return false;
  if (!published) return true;
  return diffKitVersions(published, draft).length > 0;
}

/**
 * The stamp of the working copy the editor opened (its draft's last save, else the publication of
 * the version it starts from): saving against another stamp means someone saved or published in
 * between, and the save is refused rather than silently overwriting their work.
 */
export function workingCopyStamp(draft: { updatedAt: Date } | null, published: { publishedAt: Date | null } | null): string {
  if (draft) return `brouillon:${draft.updatedAt.toISOString()}`;
  return `version:${published?.publishedAt?.toISOString() ?? ""}`;
}
