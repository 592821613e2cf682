// The one territory search, pure part: what a typed query looks for, and which former name or
// code of a commune a result was found by. The SQL side (territory-search.sql.ts) implements the
// same rules, for the site's search, every territory autocomplete and the open data API.
import { expandSaintAbbreviations, toSearchKey } from "@/lib/text/search-key";
import { rankMatch, toCodeCandidate } from "@/lib/territories/territories";

/**
 * Keys shorter than this match the start of a name only: a trigram index cannot find "ab" inside
 * a name, and a two-letter fragment anywhere in 35,000 names is noise anyway.
 */
export const MIN_CONTAINS_LENGTH = 3;

export interface TerritoryQuery {
  /** Normalised forms of the query: as typed, and with "st", "ste", "s'" spelled out. */
  keys: string[];
  /** An official code the query could be (INSEE, SIREN, postal, former code), upper-cased. */
  code: string | null;
}

/** The query to run, or null when the text has neither a letter nor a digit (it finds nothing). */
export function parseTerritoryQuery(q: string): TerritoryQuery | null {
  const key = toSearchKey(q);
  const keys = key ? [...new Set([key, expandSaintAbbreviations(key)])] : [];
  const code = toCodeCandidate(q);
  return keys.length > 0 || code ? { keys, code } : null;
}

/** How well a name's key matches the query: 0 exact, 1 prefix, 2 inside, 3 not at all. */
export function matchName(nameKey: string, keys: string[]): 0 | 1 | 2 | 3 {
  let best: 0 | 1 | 2 | 3 = 3;
  for (const key of keys) {
    const rank = rankMatch(nameKey, key);
    // Short keys only match a start, as in SQL.
    const kept = rank === 2 && key.length < MIN_CONTAINS_LENGTH ? 3 : rank;
    if (kept < best) best = kept;
  }
  return best;
}

export interface FormerMatch {
  /** The former name, when the package gives one (a commune déléguée or associée). */
  name: string | null;
  /** The former code, when the result was found by it. */
  code: string | null;
}

export interface SearchableTerritory {
  code: string;
  name: string;
  siren: string | null;
  postalCodes: string[];
  formerNames: string[];
  formerCodes: string[];
  lookupCodes: string[];
}

/**
 * The former commune a result was found by, shown as « anciennement … »; null when the result
 * was found by its own name, code, SIREN or postal code.
 */
export function findFormerMatch(territory: SearchableTerritory, query: TerritoryQuery): FormerMatch | null {
  const { code } = query;
  if (code && (territory.code === code || territory.siren === code || territory.postalCodes.includes(code))) return null;
  if (matchName(toSearchKey(territory.name), query.keys) < 3) return null;
  if (code) {
    const index = territory.formerCodes.indexOf(code);
    if (index >= 0) return { name: territory.formerNames[index] ?? null, code };
    if (territory.lookupCodes.includes(code)) return { name: null, code };
  }
  let bestRank = 3;
  let index = -1;
  for (const [i, name] of territory.formerNames.entries()) {
    const rank = matchName(toSearchKey(name), query.keys);
    if (rank < bestRank) [bestRank, index] = [rank, i];
  }
  if (index < 0) return null;
  return { name: territory.formerNames[index], code: null };
}
