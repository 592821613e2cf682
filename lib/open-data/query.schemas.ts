// The query parameters of the open data API, one strict zod schema per collection. The same
// schemas validate requests (query-params.ts) and write the parameters of the OpenAPI document
// (openapi.ts): the documentation cannot drift from what the API accepts. Filters carry the names
// and meanings of the directories' URL parameters (/acteurs, /alliances, /ressources), with the
// same slugs ("etablissement-public"), but a value the directories would silently drop is a 400.
import { z } from "zod";
import { ACTOR_KINDS, ALLIANCE_MODES } from "@/lib/actors/actors.schemas";
import { ALLIANCE_STAGES, SDG17_TARGET_CODES } from "@/lib/alliances/alliances.schemas";
import { enumToSlug, parseTerritoryParam, TERRITORY_SCOPES } from "@/lib/directory/directory";
import { KIT_CATEGORIES, KIT_THEMES, MATURITY_LEVELS } from "@/lib/kits/kits";
import { TERRITORY_KIND_SLUGS } from "@/lib/territories/territories";
import { decodeCursor } from "./cursor";

export const DEFAULT_LIMIT = 20;
export const MAX_LIMIT = 100;
export const MAX_LIST_VALUES = 30;
export const SEARCH_MAX_LENGTH = 100;

export const slugsOf = (values: readonly string[]) => values.map(enumToSlug) as [string, ...string[]];

const listOf = <T extends z.ZodType>(item: T, description: string) => z.array(item).min(1).max(MAX_LIST_VALUES).optional().meta({ description });

/** `cursor`, `limit` and `format`: every collection has them; the cursor's shape is the collection's sort key. */
function paging(cursorShape: string) {
  return {
    cursor: z
      .string()
      .max(400)
      .refine((value) => decodeCursor(value, cursorShape) !== null, "Curseur invalide : reprenez la valeur `nextCursor` d'une réponse précédente.")
      .transform((value) => decodeCursor(value, cursorShape)!)
      .optional()
      .meta({ description: "Curseur opaque de la page suivante (valeur `pagination.nextCursor` de la réponse précédente)." }),
    limit: z.coerce
      .number()
      .int()
      .min(1)
      .max(MAX_LIMIT)
      .optional()
      .meta({ description: `Nombre d'éléments par page (${DEFAULT_LIMIT} par défaut, ${MAX_LIMIT} au plus).` }),
    format: z
      .enum(["json", "csv"])
      .optional()
      .meta({ description: "`csv` : toute la collection filtrée en CSV (UTF-8 avec BOM, séparateur `;`), sans pagination." }),
  };
}

// Control characters are refused: PostgreSQL cannot even receive a NUL in a text parameter.
const q = z
  .string()
  .max(SEARCH_MAX_LENGTH)
  .regex(/^[^\u0000-\u001f\u007f]*$/, "Caractères de contrôle interdits.")
  .optional()
  .meta({ description: "Recherche dans les noms et textes (insensible aux accents et à la casse)." });

const territoryParam = z
  .string()
  .max(60)
  .refine((value) => parseTerritoryParam(value) !== null, "Territoire attendu sous la forme type-code, par exemple commune-42218 ou departement-42.")
  .transform((value) => parseTerritoryParam(value)!);

const scope = z
  .enum(TERRITORY_SCOPES)
  .optional()
  .meta({ description: "Avec `territoire` : `dedans` (agit sur le territoire ou à l'intérieur) ou `autour` (sur un territoire qui le contient)." });
/** `portee` only means something around a chosen territory: alone, it is a mistake worth telling. */
function scopeNeedsTerritory(value: { portee?: unknown; territoire?: unknown }, context: z.core.$RefinementCtx) {
  if (value.portee !== undefined && value.territoire === undefined) {
    context.addIssue({ code: "custom", path: ["portee"], message: "`portee` ne s'emploie qu'avec `territoire`." });
  }
}

const sdgNumber = z.coerce.number().int().min(1).max(17);
const targetCode = z.enum(SDG17_TARGET_CODES as [string, ...string[]]);

export const territoryQuerySchema = z
  .object({
    q: q.meta({
      description:
        "Recherche de territoire, comme sur le site : nom (accents, casse, tirets et apostrophes ignorés ; « st », « ste » pour « saint », « sainte »), ancien nom ou code d'une commune déléguée ou associée, code officiel, SIREN ou code postal.",
    }),
    type: listOf(z.enum(TERRITORY_KIND_SLUGS), "Type de territoire (répétable)."),
    territoire: territoryParam.optional().meta({ description: "Seulement les territoires contenus dans celui-ci, par exemple departement-42." }),
    ...paging("n"),
  })
  .strict();

export const actorQuerySchema = z
  .object({
    q,
    type: listOf(z.enum(slugsOf(ACTOR_KINDS)), "Type d'acteur (répétable)."),
    odd: listOf(sdgNumber, "Numéro d'ODD, de 1 à 17 (répétable)."),
    mode: listOf(z.enum(slugsOf(ALLIANCE_MODES)), "Mode d'alliance d'une alliance publiée de l'acteur (répétable)."),
    territoire: territoryParam.optional().meta({ description: "Acteurs présents dans ce territoire ou autour, par exemple commune-42218." }),
    portee: scope,
    ...paging("s"),
  })
  .strict()
  .superRefine(scopeNeedsTerritory);

export const allianceQuerySchema = z
  .object({
    q,
    mode: listOf(z.enum(slugsOf(ALLIANCE_MODES)), "Mode d'alliance (répétable)."),
    etape: listOf(z.enum(slugsOf(ALLIANCE_STAGES)), "Étape de l'alliance (répétable)."),
    cible: listOf(targetCode, "Cible de l'ODD 17, par exemple 17.17 (répétable)."),
    partenaire: listOf(z.enum(slugsOf(ACTOR_KINDS)), "Type d'un partenaire confirmé (répétable)."),
    territoire: territoryParam.optional().meta({ description: "Alliances présentes dans ce territoire ou autour, par exemple departement-42." }),
    portee: scope,
    ...paging("s"),
  })
  .strict()
  .superRefine(scopeNeedsTerritory);

export const kitQuerySchema = z
  .object({
    q,
    categorie: listOf(z.enum(slugsOf(KIT_CATEGORIES)), "Famille M.E.D.O.C. (répétable)."),
    public: listOf(z.enum(slugsOf(ACTOR_KINDS)), "Public visé (répétable)."),
    niveau: listOf(z.enum(MATURITY_LEVELS.map(String) as [string, ...string[]]), "Niveau de maturité, de 1 à 4 (répétable)."),
    theme: listOf(z.enum(slugsOf(KIT_THEMES)), "Thème (répétable)."),
    cible: listOf(targetCode, "Cible de l'ODD 17 (répétable)."),
    ...paging("s"),
  })
  .strict();

export const sdgTargetQuerySchema = z
  .object({
    odd: listOf(sdgNumber, "Numéro d'ODD (répétable)."),
    ...paging("nn"),
  })
  .strict();

export const diagnosticStatisticsQuerySchema = z
  .object({
    type: listOf(z.enum(TERRITORY_KIND_SLUGS), "Type de territoire (répétable)."),
    ...paging("n"),
  })
  .strict();

/** Path parameters: a slug, a territory (type + code) or a target code. */
export const slugPathSchema = z.object({
  slug: z
    .string()
    .regex(/^[\p{L}\p{N}][\p{L}\p{N}_-]{0,199}$/u)
    .meta({ description: "Identifiant lisible (slug), tel qu'il apparaît dans l'adresse de la fiche." }),
});
export const territoryPathSchema = z.object({
  type: z.enum(TERRITORY_KIND_SLUGS).meta({ description: "Type de territoire." }),
  code: z
    .string()
    .regex(/^[0-9A-Za-z][0-9A-Za-z_-]{0,39}$/)
    .meta({ description: "Code officiel (INSEE, SIREN pour un EPCI) ou code du territoire de projet.", example: "42218" }),
});
export const targetPathSchema = z.object({
  code: z
    .string()
    .regex(/^\d{1,2}\.[0-9a-z]{1,2}$/)
    .meta({ description: "Code de la cible, par exemple 17.17.", example: "17.17" }),
});

export type TerritoryApiQuery = z.output<typeof territoryQuerySchema>;
export type ActorApiQuery = z.output<typeof actorQuerySchema>;
export type AllianceApiQuery = z.output<typeof allianceQuerySchema>;
export type KitApiQuery = z.output<typeof kitQuerySchema>;
export type SdgTargetApiQuery = z.output<typeof sdgTargetQuerySchema>;
export type DiagnosticStatisticsApiQuery = z.output<typeof diagnosticStatisticsQuerySchema>;
