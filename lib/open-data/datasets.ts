// The catalogue of the open data API: one entry per collection, read by the route handlers, the
// OpenAPI builder, the CSV export and the /donnees page. Pure (no database).
import type { z } from "zod";
import { ANONYMITY_MIN_ORGANISATIONS } from "@/lib/diagnostics/anonymity";
import type { CsvValue } from "@/lib/exports/csv";
import {
  actorQuerySchema,
  allianceQuerySchema,
  diagnosticStatisticsQuerySchema,
  kitQuerySchema,
  sdgTargetQuerySchema,
  slugPathSchema,
  targetPathSchema,
  territoryPathSchema,
  territoryQuerySchema,
} from "./query.schemas";
import {
  actorSchema,
  actorListSchema,
  allianceSchema,
  allianceListSchema,
  diagnosticStatisticsDetailSchema,
  diagnosticStatisticsSchema,
  diagnosticStatisticsListSchema,
  kitDetailSchema,
  kitSchema,
  kitListSchema,
  sdgTargetSchema,
  sdgTargetListSchema,
  territoryDetailSchema,
  territorySchema,
  territoryListSchema,
  type ActorItem,
  type AllianceItem,
  type DiagnosticStatisticsItem,
  type KitItem,
  type SdgTargetItem,
  type TerritoryItem,
} from "./response.schemas";

export const API_BASE = "/api/v1";
export const LICENCE = {
  name: "Licence Ouverte / Open Licence version 2.0 (Etalab)",
  url: "https://www.etalab.gouv.fr/licence-ouverte-open-licence/",
} as const;

export const DATASET_KEYS = ["territoires", "acteurs", "alliances", "kits", "cibles", "statistiques-diagnostics"] as const;
export type DatasetKey = (typeof DATASET_KEYS)[number];

export interface Dataset {
  key: DatasetKey;
  title: string;
  description: string;
  /** How the collection is sorted (and walked by the cursor). */
  order: string;
  query: z.ZodObject;
  item: z.ZodType;
  /** The JSON page: { data: item[], pagination }. */
  list: z.ZodType;
  detail: z.ZodType;
  /** The path parameters of one item, in URL order: /api/v1/<key>/{a}/{b}. */
  itemPath: z.ZodObject;
  example: { query: string; item: string };
  csv: { header: string[]; row: (item: never) => CsvValue[] };
}

const refs = (items: { type: string; code: string }[]) => items.map((item) => `${item.type}-${item.code}`).join(" ");
const list = (items: readonly (string | number)[]) => items.join(" ");

function csvOf<T>(header: string[], row: (item: T) => CsvValue[]): Dataset["csv"] {
  return { header, row: row as (item: never) => CsvValue[] };
}

export const DATASETS: Record<DatasetKey, Dataset> = {
  territoires: {
    key: "territoires",
    title: "Territoires",
    description:
      "Le référentiel officiel : régions, départements, EPCI (et établissements publics territoriaux du Grand Paris), communes et arrondissements municipaux, plus les territoires de projet ; population, rattachements et anciennes communes.",
    order: "ordre d'import (identifiant interne croissant)",
    query: territoryQuerySchema,
    item: territorySchema,
    list: territoryListSchema,
    detail: territoryDetailSchema,
    itemPath: territoryPathSchema,
    example: { query: "?type=departement&territoire=region-84", item: "/commune/42218" },
    csv: csvOf<TerritoryItem>(
      [
        "type",
        "code",
        "nom",
        "population",
        "type_epci",
        "siren",
        "codes_postaux",
        "anciens_codes",
        "anciens_noms",
        "region",
        "departement",
        "commune",
        "groupes",
        "url",
      ],
      (t) => [
        t.type,
        t.code,
        t.name,
        t.population,
        t.epciType,
        t.siren,
        list(t.postalCodes),
        list(t.formerCommunes.map((f) => f.code ?? "")),
        t.formerCommunes.map((f) => f.name).join(" | "),
        t.region?.code,
        t.departement?.code,
        t.commune?.code,
        refs(t.groups),
        t.url,
      ],
    ),
  },
  acteurs: {
    key: "acteurs",
    title: "Acteurs",
    description:
      "Les organisations publiées de l'annuaire : type, présentation, site web, territoires d'action et ODD. Aucune donnée de contact ni de personne.",
    order: "slug croissant",
    query: actorQuerySchema,
    item: actorSchema,
    list: actorListSchema,
    detail: actorSchema,
    itemPath: slugPathSchema,
    example: { query: "?type=association&territoire=departement-42", item: "/{slug}" },
    csv: csvOf<ActorItem>(
      ["slug", "nom", "type", "description", "site_web", "verifie", "reseau", "territoires", "odd", "publie_le", "modifie_le", "url"],
      (a) => [
        a.slug,
        a.name,
        a.type,
        a.description,
        a.website,
        a.verified,
        a.network?.slug,
        refs(a.territories),
        list(a.sdgs),
        a.publishedAt,
        a.updatedAt,
        a.url,
      ],
    ),
  },
  alliances: {
    key: "alliances",
    title: "Alliances",
    description: "Les alliances publiées : mode, étape, dates, résultats, partenaires confirmés, territoires et cibles de l'ODD 17.",
    order: "slug croissant",
    query: allianceQuerySchema,
    item: allianceSchema,
    list: allianceListSchema,
    detail: allianceSchema,
    itemPath: slugPathSchema,
    example: { query: "?mode=mecenat&cible=17.17", item: "/{slug}" },
    csv: csvOf<AllianceItem>(
      [
        "slug",
        "titre",
        "resume",
        "mode",
        "type_mecenat",
        "etape",
        "debut",
        "fin",
        "resultats",
        "partenaires",
        "territoires",
        "cibles",
        "publiee_le",
        "modifiee_le",
        "url",
      ],
      (a) => [
        a.slug,
        a.title,
        a.summary,
        a.mode,
        a.mecenatKind,
        a.stage,
        a.startDate,
        a.endDate,
        a.results,
        list(a.partners.map((p) => p.slug)),
        refs(a.territories),
        list(a.targets),
        a.publishedAt,
        a.updatedAt,
        a.url,
      ],
    ),
  },
  kits: {
    key: "kits",
    title: "Kits du centre de ressources",
    description: "Les kits publiés (méthodes, exemples, données, outils, compétences), dans leur version publiée.",
    order: "slug croissant",
    query: kitQuerySchema,
    item: kitSchema,
    list: kitListSchema,
    detail: kitDetailSchema,
    itemPath: slugPathSchema,
    example: { query: "?categorie=methode&niveau=1", item: "/cible-17-17" },
    csv: csvOf<KitItem>(["slug", "titre", "resume", "famille", "publics", "niveaux", "themes", "modes", "cibles", "version", "publie_le", "url"], (k) => [
      k.slug,
      k.title,
      k.summary,
      k.category,
      list(k.audiences),
      list(k.maturityLevels),
      list(k.themes),
      list(k.modes),
      list(k.targets),
      k.version,
      k.publishedAt,
      k.url,
    ]),
  },
  cibles: {
    key: "cibles",
    title: "Cibles des ODD",
    description: "Les cibles des Objectifs de développement durable référencées par la plateforme (les 19 cibles de l'ODD 17), avec leur texte officiel.",
    order: "numéro d'ODD puis ordre officiel",
    query: sdgTargetQuerySchema,
    item: sdgTargetSchema,
    list: sdgTargetListSchema,
    detail: sdgTargetSchema,
    itemPath: targetPathSchema,
    example: { query: "?odd=17", item: "/17.17" },
    csv: csvOf<SdgTargetItem>(["code", "odd", "objectif", "texte", "groupe", "sous_groupe", "verifiee", "url"], (t) => [
      t.code,
      t.sdg,
      t.sdgTitle,
      t.text,
      t.group,
      t.subgroup,
      t.verified,
      t.url,
    ]),
  },
  "statistiques-diagnostics": {
    key: "statistiques-diagnostics",
    title: "Statistiques des diagnostics territoriaux",
    description: `Par territoire, des chiffres agrégés des diagnostics terminés (nombre, score moyen, niveau le plus fréquent, priorités), seulement à partir de ${ANONYMITY_MIN_ORGANISATIONS} organisations différentes.`,
    order: "identifiant interne du territoire croissant",
    query: diagnosticStatisticsQuerySchema,
    item: diagnosticStatisticsSchema,
    list: diagnosticStatisticsListSchema,
    detail: diagnosticStatisticsDetailSchema,
    itemPath: territoryPathSchema,
    example: { query: "?type=commune", item: "/commune/42218" },
    csv: csvOf<DiagnosticStatisticsItem>(["type", "code", "nom", "diagnostics", "score_moyen", "niveau_le_plus_frequent", "priorites"], (s) => [
      s.territory.type,
      s.territory.code,
      s.territory.name,
      s.diagnosticCount,
      s.averageScore,
      s.mostCommonLevel.name,
      list(s.priorities.map((p) => p.theme)),
    ]),
  },
};

export const datasetPath = (key: DatasetKey) => `${API_BASE}/${key}`;
