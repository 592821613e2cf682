// What the open data API answers, as zod schemas: the OpenAPI document's response schemas are
// generated from them (openapi.ts), and the contract tests validate real answers against that
// document. Only published, non-personal fields appear here; see README "Données ouvertes".
// Enumerated values are the same slugs the filters accept ("etablissement-public").
import { z } from "zod";
import { ANONYMITY_MIN_ORGANISATIONS } from "@/lib/diagnostics/anonymity";

/** The schemas that become named components of the OpenAPI document. */
export const componentRegistry = z.registry<{ id: string; description?: string }>();

const nullable = <T extends z.ZodType>(schema: T) => schema.nullable();
const dateTime = z.iso.datetime();
const url = z.url().meta({ description: "Adresse de la fiche publique sur le site." });

export const territoryRefSchema = z.object({
  type: z.string().meta({ description: "Type : region, departement, epci, commune ou projet.", example: "commune" }),
  code: z.string().meta({ example: "42218" }),
  name: z.string().meta({ example: "Saint-Étienne" }),
});
componentRegistry.add(territoryRefSchema, { id: "TerritoryRef", description: "Un territoire, par son type et son code." });

export const territorySchema = z.object({
  ...territoryRefSchema.shape,
  population: nullable(z.number().int()).meta({ description: "Population municipale (référentiel officiel)." }),
  epciType: nullable(z.string()).meta({
    description:
      "Nature juridique d'un EPCI : cc, ca, cu, metro, met69, ou ept (établissement public territorial du Grand Paris, dans la Métropole du Grand Paris).",
  }),
  siren: nullable(z.string()),
  postalCodes: z.array(z.string()),
  formerCommunes: z.array(z.object({ code: nullable(z.string()), name: z.string() })).meta({
    description: "Communes déléguées ou associées qui font aujourd'hui partie de la commune : leur ancien code et leur nom. La recherche `q` les trouve aussi.",
  }),
  isArrondissement: z.boolean(),
  region: nullable(territoryRefSchema),
  departement: nullable(territoryRefSchema),
  commune: nullable(territoryRefSchema).meta({ description: "Pour un arrondissement municipal : sa commune." }),
  groups: z.array(territoryRefSchema).meta({ description: "EPCI ou territoires de projet dont il est membre." }),
  url,
});
componentRegistry.add(territorySchema, { id: "Territory" });

export const territoryDetailSchema = territorySchema.extend({
  ancestors: z
    .array(territoryRefSchema.extend({ depth: z.number().int().min(1) }))
    .meta({ description: "Tous les territoires qui le contiennent, du plus proche au plus large." }),
  memberCount: z.number().int().meta({ description: "Nombre de territoires membres (communes d'un EPCI, membres d'un territoire de projet)." }),
});
componentRegistry.add(territoryDetailSchema, { id: "TerritoryDetail" });

const actorRefSchema = z.object({ slug: z.string(), name: z.string() });

export const actorSchema = z.object({
  slug: z.string().meta({ example: "les-liens-du-furan-demo" }),
  name: z.string(),
  type: z.string().meta({ description: "Type d'acteur (collectivite, entreprise, association…)." }),
  description: z.string(),
  website: nullable(z.string()),
  verified: z.boolean().meta({ description: "Organisation vérifiée par l'équipe Le RAMEAU." }),
  network: nullable(actorRefSchema).meta({ description: "Tête de réseau dont l'acteur est une équipe locale (si elle est publiée)." }),
  territories: z.array(territoryRefSchema),
  sdgs: z.array(z.number().int().min(1).max(17)),
  publishedAt: nullable(dateTime),
  updatedAt: dateTime,
  url,
});
componentRegistry.add(actorSchema, {
  id: "Actor",
  description: "Une organisation publiée. Ni adresse e-mail ni téléphone : le site ne les affiche pas non plus.",
});

export const allianceSchema = z.object({
  slug: z.string(),
  title: z.string(),
  summary: z.string(),
  description: z.string(),
  mode: z.string().meta({ description: "mecenat, pratiques-responsables, cooperation-economique ou innovation-societale." }),
  mecenatKind: nullable(z.string()),
  stage: z.string().meta({ description: "idee, construction, active, evaluation ou terminee." }),
  startDate: nullable(z.iso.date()),
  endDate: nullable(z.iso.date()),
  results: z.string(),
  partners: z
    .array(actorRefSchema.extend({ type: z.string(), role: z.enum(["lead", "partner"]), roleLabel: nullable(z.string()) }))
    .meta({ description: "Partenaires confirmés dont l'organisation est publiée." }),
  territories: z.array(territoryRefSchema),
  targets: z.array(z.string()).meta({ description: "Cibles de l'ODD 17." }),
  publishedAt: nullable(dateTime),
  updatedAt: dateTime,
  url,
});
componentRegistry.add(allianceSchema, { id: "Alliance" });

export const kitSchema = z.object({
  slug: z.string(),
  title: z.string(),
  summary: z.string(),
  category: z.string().meta({ description: "methode, exemple, donnees, outil ou competence." }),
  audiences: z.array(z.string()),
  maturityLevels: z.array(z.number().int().min(1).max(4)),
  themes: z.array(z.string()),
  modes: z.array(z.string()),
  targets: z.array(z.string()),
  version: z.number().int().min(1).meta({ description: "Numéro de la version publiée." }),
  publishedAt: nullable(dateTime).meta({ description: "Date de la version publiée." }),
  url,
});
componentRegistry.add(kitSchema, { id: "Kit", description: "Un kit du centre de ressources, dans sa version publiée." });

export const kitDetailSchema = kitSchema.extend({ body: z.string().meta({ description: "Contenu du kit (Markdown)." }) });
componentRegistry.add(kitDetailSchema, { id: "KitDetail" });

export const sdgTargetSchema = z.object({
  code: z.string().meta({ example: "17.17" }),
  sdg: z.number().int().min(1).max(17),
  sdgTitle: z.string(),
  text: z.string(),
  group: nullable(z.string()),
  subgroup: nullable(z.string()),
  verified: z.boolean().meta({ description: "Faux quand la formulation française n'a pas pu être confirmée par deux sources." }),
  position: z.number().int(),
  url,
});
componentRegistry.add(sdgTargetSchema, { id: "SdgTarget" });

export const diagnosticStatisticsSchema = z.object({
  territory: territoryRefSchema,
  diagnosticCount: z.number().int().min(ANONYMITY_MIN_ORGANISATIONS),
  averageScore: z.number().int().min(0).max(100).meta({ description: "Score global moyen (0 à 100)." }),
  mostCommonLevel: z.object({ level: z.number().int(), name: z.string() }),
  priorities: z.array(z.object({ theme: z.string(), label: z.string() })).meta({ description: "Les trois priorités les plus citées." }),
});
componentRegistry.add(diagnosticStatisticsSchema, {
  id: "DiagnosticStatistics",
  description: `Chiffres agrégés des diagnostics terminés d'un territoire, publiés seulement à partir de ${ANONYMITY_MIN_ORGANISATIONS} organisations différentes.`,
});

export const diagnosticStatisticsDetailSchema = z.object({
  territory: territoryRefSchema,
  minimumOrganisations: z.number().int(),
  statistics: nullable(diagnosticStatisticsSchema.omit({ territory: true })).meta({ description: "Null tant que le seuil d'anonymat n'est pas atteint." }),
});
componentRegistry.add(diagnosticStatisticsDetailSchema, { id: "DiagnosticStatisticsDetail" });

export const paginationSchema = z.object({
  limit: z.number().int(),
  nextCursor: nullable(z.string()),
  next: nullable(z.string()).meta({ description: "Adresse de la page suivante ; null sur la dernière page." }),
});
componentRegistry.add(paginationSchema, { id: "Pagination" });

export function listSchema<T extends z.ZodType>(item: T) {
  return z.object({ data: z.array(item), pagination: paginationSchema });
}

export const problemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string(),
  errors: z.array(z.object({ parameter: z.string(), message: z.string() })).meta({ description: "Pour un 400 : chaque paramètre en cause et le problème." }),
});
componentRegistry.add(problemSchema, { id: "Problem", description: "Erreur au format RFC 9457 (application/problem+json)." });

// The list envelopes, one per collection, named like their items ("ActorList").
function registeredList(item: z.ZodType, id: string) {
  const schema = listSchema(item);
  componentRegistry.add(schema, { id });
  return schema;
}
export const territoryListSchema = registeredList(territorySchema, "TerritoryList");
export const actorListSchema = registeredList(actorSchema, "ActorList");
export const allianceListSchema = registeredList(allianceSchema, "AllianceList");
export const kitListSchema = registeredList(kitSchema, "KitList");
export const sdgTargetListSchema = registeredList(sdgTargetSchema, "SdgTargetList");
export const diagnosticStatisticsListSchema = registeredList(diagnosticStatisticsSchema, "DiagnosticStatisticsList");

export type TerritoryItem = z.infer<typeof territorySchema>;
export type TerritoryDetailItem = z.infer<typeof territoryDetailSchema>;
export type ActorItem = z.infer<typeof actorSchema>;
export type AllianceItem = z.infer<typeof allianceSchema>;
export type KitItem = z.infer<typeof kitSchema>;
export type KitDetailItem = z.infer<typeof kitDetailSchema>;
export type SdgTargetItem = z.infer<typeof sdgTargetSchema>;
export type DiagnosticStatisticsItem = z.infer<typeof diagnosticStatisticsSchema>;
export type DiagnosticStatisticsDetailItem = z.infer<typeof diagnosticStatisticsDetailSchema>;
export type Problem = z.infer<typeof problemSchema>;
