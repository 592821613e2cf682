// The national-scale bench dataset, generated deterministically from a seed on top of the
// territory reference: actors spread over the communes in proportion to population, alliances
// of 2–6 partners, completed diagnostics scored by the app's own scoring, needs and offers,
// users. Everything is bulk-inserted through `pg` (insert.ts).
import type pg from "pg";
import type { AllianceMode, Theme } from "../generated/prisma/enums.ts";
import { validateAnswers } from "../lib/diagnostics/answers.ts";
import { scoreDiagnostic } from "../lib/diagnostics/scoring.ts";
import { diagnosticTemplateSchema, type DiagnosticTemplate } from "../lib/diagnostics/template.schema.ts";
import { buildSearchKey } from "../lib/directory/directory.ts";
import { toSearchKey } from "../lib/text/search-key.ts";
import { randomAnswers } from "./answers.ts";
import { insertRows, type Column } from "./insert.ts";
import { createRandom, createWeightedPicker, type Random } from "./prng.ts";

export const FULL_SCALE = { actors: 100_000, alliances: 50_000, diagnostics: 20_000, needsOffers: 30_000, users: 5_000 };
export type DatasetCounts = typeof FULL_SCALE;
export const DEFAULT_SEED = 17;
/** Draft diagnostics of the bench user, one per connection of the write scenario (and spare). */
export const BENCH_DRAFTS = 64;
export const BENCH_USER_EMAIL = "banc-0@bench.odd17.fr";

export function countsFor(scale: number): DatasetCounts {
  const of = (full: number, least: number) => Math.max(least, Math.round(full * scale));
  return {
    actors: of(FULL_SCALE.actors, 20),
    alliances: of(FULL_SCALE.alliances, 5),
    diagnostics: of(FULL_SCALE.diagnostics, 2),
    needsOffers: of(FULL_SCALE.needsOffers, 2),
    users: of(FULL_SCALE.users, 2),
  };
}

const KINDS = [
  "COLLECTIVITE",
  "ENTREPRISE",
  "ENTREPRISE",
  "ENTREPRISE",
  "ASSOCIATION",
  "ASSOCIATION",
  "ASSOCIATION",
  "FONDATION",
  "ETABLISSEMENT_PUBLIC",
  "ACTEUR_ACADEMIQUE",
  "TETE_DE_RESEAU",
  "CATALYSEUR_TERRITORIAL",
  "AUTRE",
] as const;
const PREFIX: Record<(typeof KINDS)[number], string> = {
  COLLECTIVITE: "Mairie de",
  ENTREPRISE: "Société",
  ASSOCIATION: "Association",
  FONDATION: "Fondation",
  ETABLISSEMENT_PUBLIC: "Établissement public",
  ACTEUR_ACADEMIQUE: "Université",
  TETE_DE_RESEAU: "Réseau",
  CATALYSEUR_TERRITORIAL: "Fabrique",
  AUTRE: "Collectif",
};
const WORDS = [
  "Solidaire",
  "Horizon",
  "Les Jardins",
  "Avenir",
  "Terres",
  "Énergies",
  "Coopérative",
  "Lien",
  "Passerelle",
  "Atelier",
  "Bien Commun",
  "Transition",
  "Mobilités",
  "Numérique",
  "Santé",
  "Emploi",
];
const MODES: AllianceMode[] = ["MECENAT", "PRATIQUES_RESPONSABLES", "COOPERATION_ECONOMIQUE", "INNOVATION_SOCIETALE"];
const STAGES = ["IDEE", "CONSTRUCTION", "ACTIVE", "ACTIVE", "EVALUATION", "TERMINEE"];
const MECENAT = ["FINANCIER", "EN_NATURE", "COMPETENCES", "LOGISTIQUE"];
const THEMES: Theme[] = [
  "EMPLOI_INSERTION",
  "EDUCATION_JEUNESSE",
  "SANTE_VIEILLISSEMENT",
  "PRECARITE_LIEN_SOCIAL",
  "TRANSITION_ECOLOGIQUE",
  "MOBILITE",
  "INCLUSION_NUMERIQUE",
  "LOGEMENT",
  "ATTRACTIVITE_REVITALISATION",
  "CULTURE_SPORT",
];
const TARGETS = Array.from({ length: 19 }, (_, index) => `17.${index + 1}`);
const SDG_NUMBERS = Array.from({ length: 17 }, (_, index) => index + 1);
const BASE_TIME = Date.UTC(2026, 0, 1);

const text = (name: string, cast?: string): Column => ({ name, type: "text", cast });
const int = (name: string): Column => ({ name, type: "int4" });
const float = (name: string): Column => ({ name, type: "float8" });
const time = (name: string): Column => ({ name, type: "timestamptz" });

/** A fixed date some days before 2026-01-01: deterministic, unlike now(). */
function daysAgo(random: Random, maxDays: number): Date {
  return new Date(BASE_TIME - random.int(0, maxDays) * 86_400_000);
}

function statusOf(random: Random, published: number): string {
  const draw = random.next();
  return draw < published ? "PUBLISHED" : draw < published + (1 - published) / 2 ? "PENDING" : "DRAFT";
}

interface Place {
  communeId: number;
  communeName: string;
  epciId: number | null;
  departementId: number | null;
}

async function loadPlaces(pool: pg.Pool) {
  const { rows } = await pool.query<{ id: number; name: string; population: number; epci: number | null; departementId: number | null }>(`
    SELECT c.id, c.name, c.population, c."departementId", (
      SELECT m."groupId" FROM "TerritoryMembership" m JOIN "Territory" g ON g.id = m."groupId" AND g.kind = 'EPCI'
      WHERE m."memberId" = c.id ORDER BY m."groupId" LIMIT 1) AS epci
    FROM "Territory" c WHERE c.kind = 'COMMUNE' AND NOT c."isArrondissement" AND c.population > 0 ORDER BY c.id`);
  if (rows.length === 0) throw new Error("No commune: import the territory reference first.");
  return { rows, pick: createWeightedPicker(rows.map((row) => row.population)) };
}

export interface DatasetReport {
  counts: DatasetCounts;
  rows: Record<string, number>;
  milliseconds: number;
}

/** Generates and inserts the dataset; the database holds the reference, SDGs and template. */
export async function generateDataset(pool: pg.Pool, options: { scale: number; seed?: number; passwordHash: string }): Promise<DatasetReport> {
  const started = Date.now();
  const counts = countsFor(options.scale);
  const random = createRandom(options.seed ?? DEFAULT_SEED);
  const places = await loadPlaces(pool);
  const templateRow = await pool.query<{ id: string; content: unknown }>(
    `SELECT id, content FROM "DiagnosticTemplate" WHERE status = 'ACTIVE' ORDER BY version DESC LIMIT 1`,
  );
  if (!templateRow.rows[0]) throw new Error("No active diagnostic template: seed it first.");
  const template: DiagnosticTemplate = diagnosticTemplateSchema.parse(templateRow.rows[0].content);
  const rows: Record<string, number> = {};
  const now = new Date(BASE_TIME);

  // Actors. Actor i < users is administered by user i (the bench user is user 0 on actor 0).
  const actorPlace: Place[] = [];
  const actorRows: unknown[][] = [];
  const actorTerritories: unknown[][] = [];
  const actorSdgs: unknown[][] = [];
  const published: number[] = [];
  for (let i = 0; i < counts.actors; i += 1) {
    const place = places.rows[places.pick(random)];
    const kind = i === 0 ? "COLLECTIVITE" : random.pick(KINDS);
    const name = `${PREFIX[kind]} ${random.pick(WORDS)} ${place.name}`;
    const theme = random.pick(THEMES).toLowerCase().replaceAll("_", " ");
    const description = `${name} agit pour ${theme} à ${place.name} et cherche des partenaires pour des alliances locales.`;
    const status = i === 0 ? "PUBLISHED" : statusOf(random, 0.9);
    if (status === "PUBLISHED") published.push(i);
    const createdAt = daysAgo(random, 900);
    actorRows.push([
      `ba${i}`,
      kind,
      name,
      `${toSearchKey(name).replaceAll(" ", "-")}-${i}`,
      buildSearchKey(name, description),
      description,
      status,
      status === "PUBLISHED" ? createdAt : null,
      createdAt,
      now,
    ]);
    actorPlace.push({ communeId: place.id, communeName: place.name, epciId: place.epci, departementId: place.departementId });
    actorTerritories.push([`ba${i}`, place.id]);
    if (place.epci && random.chance(0.15)) actorTerritories.push([`ba${i}`, place.epci]);
    else if (place.departementId && random.chance(0.05)) actorTerritories.push([`ba${i}`, place.departementId]);
    for (const sdg of random.sample(SDG_NUMBERS, random.int(1, 4))) actorSdgs.push([`ba${i}`, sdg]);
  }
  rows.Actor = await insertRows(
    pool,
    "Actor",
    [
      text("id"),
      text("kind", `"ActorKind"`),
      text("name"),
      text("slug"),
      text("searchKey"),
      text("description"),
      text("status", `"ModerationStatus"`),
      time("publishedAt"),
      time("createdAt"),
      time("updatedAt"),
    ],
    actorRows,
  );
  rows.ActorTerritory = await insertRows(pool, "ActorTerritory", [text("actorId"), int("territoryId")], actorTerritories);
  rows.ActorSdg = await insertRows(pool, "ActorSdg", [text("actorId"), int("sdgNumber")], actorSdgs);

  // Users, each the admin of the actor of the same index.
  const userRows: unknown[][] = [];
  const memberships: unknown[][] = [];
  for (let i = 0; i < counts.users; i += 1) {
    userRows.push([`bu${i}`, `Membre ${i}`, `banc-${i}@bench.odd17.fr`, now, options.passwordHash, now, now]);
    memberships.push([`bu${i}`, `ba${i % counts.actors}`, "ADMIN"]);
  }
  rows.User = await insertRows(
    pool,
    "User",
    [text("id"), text("name"), text("email"), time("emailVerified"), text("passwordHash"), time("createdAt"), time("updatedAt")],
    userRows,
  );
  rows.Membership = await insertRows(pool, "Membership", [text("userId"), text("actorId"), text("role", `"MembershipRole"`)], memberships);

  // Alliances: a lead and 1–5 partners, placed on the lead's commune, EPCI or département.
  const allianceRows: unknown[][] = [];
  const partnerRows: unknown[][] = [];
  const allianceTerritories: unknown[][] = [];
  const allianceTargets: unknown[][] = [];
  for (let i = 0; i < counts.alliances; i += 1) {
    const lead = random.pick(published);
    const partners = new Set([lead]);
    const size = random.int(2, 6);
    while (partners.size < Math.min(size, published.length)) partners.add(random.pick(published));
    const place = actorPlace[lead];
    const mode = random.pick(MODES);
    const title = `Alliance ${random.pick(WORDS)} ${place.communeName} ${i}`;
    const summary = `Une alliance ${mode.toLowerCase().replaceAll("_", " ")} entre ${partners.size} partenaires à ${place.communeName}.`;
    const status = statusOf(random, 0.85);
    const createdAt = daysAgo(random, 700);
    allianceRows.push([
      `bl${i}`,
      title,
      `${toSearchKey(title).replaceAll(" ", "-")}`,
      buildSearchKey(title, summary),
      summary,
      mode,
      mode === "MECENAT" ? random.pick(MECENAT) : null,
      random.pick(STAGES),
      status,
      status === "PUBLISHED" ? createdAt : null,
      createdAt,
      now,
    ]);
    [...partners].forEach((actor, rank) => {
      const confirmed = rank === 0 || random.chance(0.85);
      partnerRows.push([
        `bl${i}`,
        `ba${actor}`,
        rank === 0 ? "LEAD" : "PARTNER",
        confirmed ? "CONFIRMED" : random.chance(0.66) ? "INVITED" : "DECLINED",
        confirmed ? createdAt : null,
      ]);
    });
    const draw = random.next();
    const territory = draw < 0.7 || !place.epciId ? place.communeId : draw < 0.9 || !place.departementId ? place.epciId : place.departementId;
    allianceTerritories.push([`bl${i}`, territory]);
    for (const target of random.sample(TARGETS, random.int(1, 3))) allianceTargets.push([`bl${i}`, target]);
  }
  rows.Alliance = await insertRows(
    pool,
    "Alliance",
    [
      text("id"),
      text("title"),
      text("slug"),
      text("searchKey"),
      text("summary"),
      text("mode", `"AllianceMode"`),
      text("mecenatKind", `"MecenatKind"`),
      text("stage", `"AllianceStage"`),
      text("status", `"ModerationStatus"`),
      time("publishedAt"),
      time("createdAt"),
      time("updatedAt"),
    ],
    allianceRows,
  );
  rows.AlliancePartner = await insertRows(
    pool,
    "AlliancePartner",
    [text("allianceId"), text("actorId"), text("role", `"PartnerRole"`), text("status", `"PartnerStatus"`), time("confirmedAt")],
    partnerRows,
  );
  rows.AllianceTerritory = await insertRows(pool, "AllianceTerritory", [text("allianceId"), int("territoryId")], allianceTerritories);
  rows.AllianceSdgTarget = await insertRows(pool, "AllianceSdgTarget", [text("allianceId"), text("targetCode")], allianceTargets);

  // Completed diagnostics by the users' actors, validated and scored like the app does (the
  // overall score in its own column as well, as completeDiagnostic stores it); then the bench
  // user's drafts for the write scenario.
  const diagnosticRows: unknown[][] = [];
  const administered = Math.min(counts.users, counts.actors);
  for (let i = 0; i < counts.diagnostics; i += 1) {
    const actor = i === 0 ? 0 : random.int(0, administered - 1);
    const checked = validateAnswers(template, randomAnswers(template, random), "complete");
    if (!checked.success) throw new Error(`Generated answers are invalid: ${JSON.stringify(checked.fieldErrors)}`);
    const result = scoreDiagnostic(template, checked.data);
    const completedAt = daysAgo(random, 365);
    diagnosticRows.push([
      `bd${i}`,
      actorPlace[actor].communeId,
      `ba${actor}`,
      templateRow.rows[0].id,
      `bu${actor}`,
      JSON.stringify(checked.data),
      "COMPLETED",
      JSON.stringify(result),
      result.overall,
      result.level.level,
      completedAt,
      completedAt,
      completedAt,
    ]);
  }
  for (let i = 0; i < BENCH_DRAFTS; i += 1) {
    diagnosticRows.push([`bdraft${i}`, actorPlace[0].communeId, "ba0", templateRow.rows[0].id, "bu0", "{}", "DRAFT", null, null, null, null, now, now]);
  }
  rows.Diagnostic = await insertRows(
    pool,
    "Diagnostic",
    [
      text("id"),
      int("territoryId"),
      text("actorId"),
      text("templateId"),
      text("authorId"),
      text("answers", "jsonb"),
      text("status", `"DiagnosticStatus"`),
      text("scores", "jsonb"),
      float("overallScore"),
      int("maturityLevel"),
      time("completedAt"),
      time("createdAt"),
      time("updatedAt"),
    ],
    diagnosticRows,
  );

  // Needs and offers, half each, by published actors on their commune.
  const needOffer = { Need: [] as unknown[][], Offer: [] as unknown[][] };
  for (let i = 0; i < counts.needsOffers; i += 1) {
    const table = i % 2 === 0 ? "Need" : "Offer";
    const actor = random.pick(published);
    const mode = random.pick(MODES);
    const theme = random.pick(THEMES);
    needOffer[table].push([
      `b${table[0].toLowerCase()}${i}`,
      `ba${actor}`,
      `${table === "Need" ? "Besoin" : "Offre"} ${theme.toLowerCase().replaceAll("_", " ")} ${i}`,
      mode,
      mode === "MECENAT" ? random.pick(MECENAT) : null,
      theme,
      random.chance(0.6) ? random.pick(TARGETS) : null,
      actorPlace[actor].communeId,
      statusOf(random, 0.9),
      now,
      now,
    ]);
  }
  const needOfferColumns = [
    text("id"),
    text("actorId"),
    text("title"),
    text("mode", `"AllianceMode"`),
    text("mecenatKind", `"MecenatKind"`),
    text("theme", `"Theme"`),
    text("sdgTargetCode"),
    int("territoryId"),
    text("status", `"ModerationStatus"`),
    time("createdAt"),
    time("updatedAt"),
  ];
  rows.Need = await insertRows(pool, "Need", needOfferColumns, needOffer.Need);
  rows.Offer = await insertRows(pool, "Offer", needOfferColumns, needOffer.Offer);

  // VACUUM too: a database in service has its visibility map set by autovacuum, which the
  // index-only scans rely on (the directories' links, the report's comparison); a freshly loaded
  // one has not.
  await pool.query("VACUUM ANALYZE");
  return { counts, rows, milliseconds: Date.now() - started };
}
