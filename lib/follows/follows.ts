// Pure rules of follows: how a directory search becomes a follow (typed filters, a stable key,
// a French name), and when a follow's e-mail is due at its rhythm. No database here.
import type { FollowKind, FollowRhythm } from "@/generated/prisma/enums";
import { actorKindLabels, allianceModeNames } from "@/lib/copy/directory-lists";
import { followsCopy as c } from "@/lib/copy/follows";
import { toSearchTerms, type TerritoryScope } from "@/lib/directory/directory";

export const FOLLOW_DIRECTORIES = ["acteurs", "alliances"] as const;
export type FollowDirectory = (typeof FOLLOW_DIRECTORIES)[number];

/** The filters of a directory search that a follow keeps (sort, view and page are the page's own). */
export type SearchFilters = {
  directory: FollowDirectory;
  q: string;
  territory: { id: number; name: string } | null;
  /** The directory's "portee": absent, both inside and around the territory. */
  scope: TerritoryScope | null;
  sdgs: number[];
  actorKinds: string[];
  modes: string[];
};

export type FollowDraft = {
  kind: FollowKind;
  directory: FollowDirectory | null;
  territoryId: number | null;
  scope: TerritoryScope | null;
  words: string[];
  sdgs: number[];
  actorKinds: string[];
  modes: string[];
  actorId: string | null;
  allianceId: string | null;
  label: string;
  href: string;
  key: string;
};

const EMPTY = { directory: null, territoryId: null, scope: null, words: [], sdgs: [], actorKinds: [], modes: [], actorId: null, allianceId: null };

const sortedNumbers = (values: number[]) => [...new Set(values)].sort((a, b) => a - b);
const sortedStrings = (values: string[]) => [...new Set(values)].sort();

/** « Acteurs · « vélo » · Loire · Association · ODD 13 »: the parts in the order of the form. */
export function describeSearch(filters: SearchFilters): string {
  const parts: string[] = [c.directories[filters.directory]];
  const q = filters.q.trim();
  if (q) parts.push(c.text(q));
  if (filters.territory) {
    const name = filters.territory.name;
    parts.push(filters.scope === "autour" ? c.around(name) : filters.scope === "dedans" ? c.inside(name) : name);
  }
  const kinds = filters.actorKinds.filter((kind): kind is keyof typeof actorKindLabels => kind in actorKindLabels);
  if (kinds.length > 0) parts.push(kinds.map((kind) => actorKindLabels[kind]).join(", "));
  const modes = filters.modes.filter((mode): mode is keyof typeof allianceModeNames => mode in allianceModeNames);
  if (modes.length > 0) parts.push(modes.map((mode) => allianceModeNames[mode]).join(", "));
  if (filters.sdgs.length > 0) parts.push(c.sdgs(sortedNumbers(filters.sdgs)));
  return parts.join(c.separator);
}

/**
 * A search as a follow. Text becomes the normalised words every match must contain (what the
 * directory's text search requires); values are sorted so that the same search, however its URL
 * was written, gives the same key (and so one follow).
 */
export function followOfSearch(filters: SearchFilters, href: string): FollowDraft {
  const words = sortedStrings(toSearchTerms(filters.q)?.words ?? []);
  const sdgs = sortedNumbers(filters.sdgs);
  const actorKinds = filters.directory === "acteurs" ? sortedStrings(filters.actorKinds) : [];
  const modes = sortedStrings(filters.modes);
  const territoryId = filters.territory?.id ?? null;
  const scope = territoryId === null ? null : filters.scope;
  const key = [
    "search",
    filters.directory,
    `t=${territoryId ?? ""}`,
    `s=${scope ?? ""}`,
    `w=${words.join("+")}`,
    `o=${sdgs.join("+")}`,
    `k=${actorKinds.join("+")}`,
    `m=${modes.join("+")}`,
  ].join("|");
  return {
    ...EMPTY,
    kind: "SEARCH",
    directory: filters.directory,
    territoryId,
    scope,
    words,
    sdgs,
    actorKinds,
    modes,
    label: describeSearch(filters),
    href,
    key,
  };
}

export function followOfTerritory(territory: { id: number; name: string }, href: string): FollowDraft {
  return { ...EMPTY, kind: "TERRITORY", territoryId: territory.id, label: c.territory(territory.name), href, key: `territory|${territory.id}` };
}

export function followOfActor(actor: { id: string; name: string }, href: string): FollowDraft {
  return { ...EMPTY, kind: "ACTOR", actorId: actor.id, label: c.actor(actor.name), href, key: `actor|${actor.id}` };
}

export function followOfAlliance(alliance: { id: string; title: string }, href: string): FollowDraft {
  return { ...EMPTY, kind: "ALLIANCE", allianceId: alliance.id, label: c.alliance(alliance.title), href, key: `alliance|${alliance.id}` };
}

const HOUR = 60 * 60 * 1000;

/**
 * The least time between two e-mails of one follow. A little under a day (a week) so that a
 * daily run that starts a few minutes earlier than yesterday's still sends.
 */
export const RHYTHM_INTERVAL_MS: Record<FollowRhythm, number | null> = {
  IMMEDIATE: 0,
  DAILY: 23 * HOUR,
  WEEKLY: 7 * 24 * HOUR - HOUR,
  NEVER: null,
};

/** Whether a follow with news may be e-mailed now: never for NEVER, else once its interval has passed. */
export function isEmailDue(rhythm: FollowRhythm, lastEmailedAt: Date | null, now: Date): boolean {
  const interval = RHYTHM_INTERVAL_MS[rhythm];
  if (interval === null) return false;
  return lastEmailedAt === null || now.getTime() - lastEmailedAt.getTime() >= interval;
}

/** The earliest time (ms since the epoch) a follow last e-mailed before it is due again, or null when never. */
export function lastEmailedBefore(rhythm: FollowRhythm, now: Date): Date | null {
  const interval = RHYTHM_INTERVAL_MS[rhythm];
  return interval === null ? null : new Date(now.getTime() - interval);
}
