// Turns the official découpage administratif (npm package @etalab/decoupage-administratif) into
// rows for the Territory tables. Pure: no database, unit-tested.
import { NAME_KEYS_SEPARATOR, toSearchKey } from "../text/search-key.ts";

export interface RawRegion {
  code: string;
  nom: string;
  zone?: string;
}
export interface RawDepartement {
  code: string;
  nom: string;
  region: string;
  zone?: string;
}
export interface RawCommune {
  code: string;
  nom: string;
  type: string;
  departement?: string;
  region?: string;
  commune?: string;
  population?: number;
  siren?: string;
  codesPostaux?: string[];
  /** For a commune déléguée or associée: the current commune it belongs to. */
  chefLieu?: string;
  /** For a current commune: codes of communes merged into it. */
  anciensCodes?: string[];
}
export interface RawEpci {
  code: string;
  nom: string;
  type: string;
  populationMunicipale?: number;
  membres: { code: string }[];
}

export type ReferenceKind = "REGION" | "DEPARTEMENT" | "EPCI" | "COMMUNE";
// EPT: the établissements publics territoriaux of the Grand Paris (ept.json), kept with the EPCI.
export const EPCI_TYPES = ["CC", "CA", "CU", "METRO", "MET69", "EPT"] as const;
export type EpciTypeCode = (typeof EPCI_TYPES)[number];

export interface TerritoryRow {
  kind: ReferenceKind;
  code: string;
  name: string;
  searchKey: string;
  population: number | null;
  epciType: EpciTypeCode | null;
  siren: string | null;
  postalCodes: string[];
  regionCode: string | null;
  departementCode: string | null;
  /** For an arrondissement municipal, the code of its commune. */
  communeCode: string | null;
  isArrondissement: boolean;
  /** Communes déléguées and associées now part of this commune: names, and their codes (same order). */
  formerNames: string[];
  formerCodes: string[];
  /** The former names' search keys, each between "|" ("|rochetaillee|"); "" when none. */
  formerKeys: string;
  /** Every other code that finds it: SIREN, former codes, postal codes (not its own code). */
  lookupCodes: string[];
}

export interface Reference {
  regions: TerritoryRow[];
  departements: TerritoryRow[];
  communes: TerritoryRow[];
  arrondissements: TerritoryRow[];
  epcis: TerritoryRow[];
  /** EPCI code → member commune codes. */
  epciMembers: { epciCode: string; communeCode: string }[];
}

function unique(values: (string | null | undefined)[]): string[] {
  return [...new Set(values.filter((value): value is string => Boolean(value)))];
}

function row(partial: Partial<TerritoryRow> & Pick<TerritoryRow, "kind" | "code" | "name">): TerritoryRow {
  const formerKeys = unique((partial.formerNames ?? []).map(toSearchKey));
  return {
    searchKey: toSearchKey(partial.name),
    formerKeys: formerKeys.length > 0 ? `${NAME_KEYS_SEPARATOR}${formerKeys.join(NAME_KEYS_SEPARATOR)}${NAME_KEYS_SEPARATOR}` : "",
    lookupCodes: unique([partial.siren, ...(partial.postalCodes ?? [])]).filter((code) => code !== partial.code),
    formerNames: [],
    formerCodes: [],
    population: null,
    epciType: null,
    siren: null,
    postalCodes: [],
    regionCode: null,
    departementCode: null,
    communeCode: null,
    isArrondissement: false,
    ...partial,
  };
}

function sumBy<T>(items: T[], key: (item: T) => string | undefined, value: (item: T) => number) {
  const totals = new Map<string, number>();
  for (const item of items) {
    const k = key(item);
    if (k) totals.set(k, (totals.get(k) ?? 0) + value(item));
  }
  return totals;
}

/** Communes déléguées and associées by the code of the current commune they are part of. */
function groupFormerCommunes(communes: RawCommune[]): Map<string, RawCommune[]> {
  const byCommune = new Map<string, RawCommune[]>();
  for (const commune of communes) {
    if ((commune.type !== "commune-deleguee" && commune.type !== "commune-associee") || !commune.chefLieu) continue;
    byCommune.set(commune.chefLieu, [...(byCommune.get(commune.chefLieu) ?? []), commune]);
  }
  return byCommune;
}

export function buildReference(input: { regions: RawRegion[]; departements: RawDepartement[]; communes: RawCommune[]; epci: RawEpci[] }): Reference {
  // Only current communes and the arrondissements municipaux of Paris, Lyon and Marseille:
  // communes déléguées and associées share codes with current communes and are not territories here:
  // their names and codes become former names and codes of the current commune (chefLieu).
  const current = input.communes.filter((c) => c.type === "commune-actuelle");
  const formerByCommune = groupFormerCommunes(input.communes);
  // The overseas collectivités (zone "com": Polynésie française, Saint-Martin…) are neither régions
  // nor départements: the 18 régions and 101 départements are kept, and the communes of those
  // collectivités are imported without a région or département.
  const officialRegions = input.regions.filter((r) => r.zone !== "com");
  const officialDepartements = input.departements.filter((d) => d.zone !== "com");
  const knownDepartements = new Set(officialDepartements.map((d) => d.code));
  const knownRegions = new Set(officialRegions.map((r) => r.code));
  const arrondissementsRaw = input.communes.filter((c) => c.type === "arrondissement-municipal");
  const communeByCode = new Map(current.map((c) => [c.code, c]));
  const departementRegion = new Map(officialDepartements.map((d) => [d.code, d.region]));

  const populationByDepartement = sumBy(
    current,
    (c) => c.departement,
    (c) => c.population ?? 0,
  );
  const populationByRegion = sumBy(
    current,
    (c) => c.region,
    (c) => c.population ?? 0,
  );

  const regions = officialRegions.map((r) => row({ kind: "REGION", code: r.code, name: r.nom, population: populationByRegion.get(r.code) ?? null }));
  const departements = officialDepartements.map((d) =>
    row({ kind: "DEPARTEMENT", code: d.code, name: d.nom, regionCode: d.region, population: populationByDepartement.get(d.code) ?? null }),
  );
  const communes = current.map((c) => {
    // A former commune that had the current name ("Annecy" in Annecy) adds nothing to say.
    const former = (formerByCommune.get(c.code) ?? []).filter((f) => toSearchKey(f.nom) !== toSearchKey(c.nom));
    const postalCodes = c.codesPostaux ?? [];
    const formerCodes = unique([...(formerByCommune.get(c.code) ?? []).map((f) => f.code), ...(c.anciensCodes ?? [])]);
    return row({
      kind: "COMMUNE",
      code: c.code,
      name: c.nom,
      population: c.population ?? null,
      siren: c.siren ?? null,
      postalCodes,
      formerNames: former.map((f) => f.nom),
      formerCodes: former.map((f) => f.code),
      lookupCodes: unique([c.siren, ...formerCodes, ...postalCodes]).filter((code) => code !== c.code),
      departementCode: c.departement && knownDepartements.has(c.departement) ? c.departement : null,
      regionCode: c.region && knownRegions.has(c.region) ? c.region : null,
    });
  });
  const arrondissements = arrondissementsRaw.map((a) =>
    row({
      kind: "COMMUNE",
      code: a.code,
      name: a.nom,
      population: a.population ?? null,
      postalCodes: a.codesPostaux ?? [],
      departementCode: a.departement ?? null,
      regionCode: a.region ?? null,
      communeCode: a.commune ?? null,
      isArrondissement: true,
    }),
  );

  const epciMembers: Reference["epciMembers"] = [];
  const epcis = input.epci.map((e) => {
    const members = e.membres.map((m) => communeByCode.get(m.code)).filter((c): c is RawCommune => Boolean(c));
    for (const member of members) epciMembers.push({ epciCode: e.code, communeCode: member.code });
    // An EPCI may straddle départements: it is placed in the one holding most of its population.
    const byDepartement = sumBy(
      members,
      (c) => c.departement,
      (c) => c.population ?? 0,
    );
    const main = [...byDepartement.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? null;
    const epciType = (EPCI_TYPES as readonly string[]).includes(e.type) ? (e.type as EpciTypeCode) : null;
    return row({
      kind: "EPCI",
      code: e.code,
      name: e.nom,
      epciType,
      siren: e.code,
      population: e.populationMunicipale ?? members.reduce((total, c) => total + (c.population ?? 0), 0),
      departementCode: main,
      regionCode: main ? (departementRegion.get(main) ?? null) : null,
    });
  });

  return { regions, departements, communes, arrondissements, epcis, epciMembers };
}
