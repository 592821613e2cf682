// The data the HTTP matrix reads, around the demo organisation « Les Liens du Furan »: what the
// demo has (an alliance it is a partner of, a need, an active questionnaire) and, made here
// through the database, what it lacks — a completed and a draft diagnostic, an alliance it leads,
// an offer, network teams (one linked, one whose link is still pending, one whose link has ended), an archived and a draft
// kit with a version and attachments, a published kit's attachment, a logo for the organisation,
// an unpublished organisation with a logo (same admin and member as the target), an alliance the
// target is only invited to, a draft questionnaire and a learning path step to the archived kit.
// The public pages and the open-data API are read with these too: published things for all, the
// others for nobody.
// Every private thing made here carries a name no other page shows: the matrix asserts that it is
// on the page for those who may, and nowhere in the answer for the others.
import { createHash, randomUUID } from "node:crypto";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import type pg from "pg";
import { makeMatchThread } from "./world-conversations";

export interface PagesWorld {
  organisation: string;
  alliance: string;
  diagnostic: string;
  need: string;
  kit: string;
  project: string;
  template: string;
  /** The title of the active questionnaire, shown by its preview. */
  templateTitle: string;
  draftDiagnostic: string;
  ledAlliance: string;
  offer: string;
  linkedTeam: string;
  pendingTeam: string;
  endedTeam: string;
  archivedKit: string;
  draftKit: string;
  publishedAttachment: string;
  archivedAttachment: string;
  draftAttachment: string;
  unpublishedOrganisation: string;
  /** An alliance led by an organisation none of the callers is in, the target only invited. */
  invitedAlliance: string;
  /** A draft version of the questionnaire: its content is the team's until activated. */
  draftTemplate: string;
  /** A team with an accepted link to another head than the target. */
  foreignTeam: string;
  /** The id of an organisation import confirmed by the staff account: its report is theirs only. */
  importReport: string;
  /** The id of an import of local teams confirmed by the target's admin, as its head: theirs only. */
  headImportReport: string;
  /** An accepted match between the target and an organisation no caller is in, with a message. */
  matchThread: string;
  /** Slugs for the public pages and the open-data API: published ones and unpublished ones. */
  slugs: {
    organisation: string;
    alliance: string;
    kit: string;
    unpublishedOrganisation: string;
    draftAlliance: string;
    archivedKit: string;
    draftKit: string;
    learningPath: string;
  };
}

/** Names and file contents only the granted answer may contain. */
export const PRIVATE = {
  linkedTeam: "Équipe privée de la matrice",
  pendingTeam: "Équipe en attente de la matrice",
  endedTeam: "Équipe sortie de la matrice",
  ledAlliance: "Alliance privée de la matrice",
  need: "Besoin privé de la matrice",
  offer: "Offre privée de la matrice",
  kitVersion: "Version privée de la matrice",
  /** The version's note: the list of versions shows it (and not the title). */
  kitVersionNote: "Note de version privée de la matrice",
  archivedKit: "Kit retiré de la matrice",
  draftKit: "Kit brouillon de la matrice",
  unpublishedOrganisation: "Organisation non publiée de la matrice",
  publishedAttachment: "MATRICE-PIECE-PUBLIEE",
  archivedAttachment: "MATRICE-PIECE-KIT-RETIRE",
  draftAttachment: "MATRICE-PIECE-KIT-BROUILLON",
  publishedLogo: "MATRICE-LOGO-PUBLIE",
  unpublishedLogo: "MATRICE-LOGO-NON-PUBLIE",
  invitedAlliance: "Alliance où la matrice est invitée",
  /** What an invited organisation does not see before it confirms. */
  invitedAllianceDescription: "Description réservée aux partenaires confirmés de la matrice",
  draftTemplate: "Questionnaire brouillon de la matrice",
  project: "CRTE de la matrice",
  importReport: "Organisation importée de la matrice",
  headImportReport: "Équipe locale importée de la matrice",
} as const;

// The smallest bytes the logo route accepts as a JPEG (SOI then a marker), then our text.
const jpegWith = (text: string) => Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from(text)]);

export async function makePagesWorld(db: pg.Client, uploadsDir: string): Promise<PagesWorld> {
  async function one(sql: string, params: unknown[] = []): Promise<string> {
    const { rows } = await db.query<{ id: string }>(sql, params);
    if (!rows[0]) throw new Error(`Donnée de démonstration absente : ${sql}`);
    return String(rows[0].id);
  }
  async function store(key: string, bytes: Buffer): Promise<void> {
    const file = path.join(uploadsDir, ...key.split("/"));
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, bytes);
  }
  // Stored as lib/imports/import-storage.ts keeps it: under a hash of the uploader's id.
  async function importReportOf(userId: string, headId: string | null = null): Promise<string> {
    const importId = randomUUID();
    const folder = createHash("sha256").update(userId).digest("hex").slice(0, 32);
    const name = headId ? PRIVATE.headImportReport : PRIVATE.importReport;
    const line = { line: 2, name, siren: null, outcome: "create", detail: "", actorId: "matrice" };
    const report = { fileName: "matrice.csv", importedAt: new Date().toISOString(), counts: { create: 1, duplicate: 0, error: 0 }, lines: [line] };
    await store(`imports/${folder}/${importId}-report`, Buffer.from(JSON.stringify(report)));
    // A head's import has its row (which head it belongs to); the staff one stays as imports
    // stored before the rows existed were.
    if (headId) {
      await db.query(`INSERT INTO "OrganisationImport" (id, "userId", "headId", "fileName", status) VALUES ($1, $2, $3, 'matrice.csv', 'DONE')`, [
        importId,
        userId,
        headId,
      ]);
    }
    return importId;
  }
  async function attachment(id: string, kitId: string, text: string): Promise<string> {
    const key = `kits/${id}`;
    await store(key, Buffer.from(text));
    const row = await one(
      `INSERT INTO "KitAttachment" (id, "kitId", "fileName", "mimeType", "sizeBytes", "storageKey") VALUES ($1, $2, $3, 'text/plain', $4, $5) RETURNING id`,
      [id, kitId, `${id}.txt`, Buffer.byteLength(text), key],
    );
    // A file belongs to versions: here to the kit's current one (its draft for a never-published kit).
    await db.query(
      `INSERT INTO "KitVersionAttachment" ("versionId", "attachmentId") SELECT v.id, $2 FROM "KitVersion" v JOIN "Kit" k ON k.id = v."kitId" WHERE v."kitId" = $1 AND (v.number = k."currentVersion" OR v."publishedAt" IS NULL)`,
      [kitId, row],
    );
    return row;
  }
  async function team(id: string, name: string, status: "ACCEPTED" | "PENDING" | "ENDED"): Promise<string> {
    await one(
      `INSERT INTO "Actor" (id, kind, name, slug, "searchKey", status, "parentId", "updatedAt") VALUES ($1, 'ASSOCIATION', $2, $1, lower($2), 'PENDING', $3, now()) RETURNING id`,
      [id, name, status === "ACCEPTED" ? organisation : null],
    );
    await one(
      `INSERT INTO "NetworkLink" (id, "headId", "teamId", status, "requestedBy", "decidedAt", "endedAt", "updatedAt") VALUES ($1, $2, $3, $4, 'HEAD', $5, $6, now()) RETURNING id`,
      [`${id}-lien`, organisation, id, status, status === "PENDING" ? null : new Date(), status === "ENDED" ? new Date() : null],
    );
    return id;
  }

  const organisation = await one(`SELECT id FROM "Actor" WHERE slug = 'les-liens-du-furan-demo'`);
  const template = await one(`SELECT id FROM "DiagnosticTemplate" WHERE status = 'ACTIVE' LIMIT 1`);
  const commune = await one(`SELECT id FROM "Territory" WHERE kind = 'COMMUNE' AND code = '42218'`);
  // A completed diagnostic of the target organisation, made here: the demo has none for it.
  const diagnostic = await one(
    `INSERT INTO "Diagnostic" (id, "territoryId", "actorId", "templateId", answers, status, scores, "maturityLevel", "completedAt", "updatedAt")
     SELECT 'matrice-diagnostic', $3, $1, $2, d.answers, 'COMPLETED', d.scores, d."maturityLevel", now(), now()
     FROM "Diagnostic" d WHERE d.status = 'COMPLETED' LIMIT 1 RETURNING id`,
    [organisation, template, Number(commune)],
  );
  const draftDiagnostic = await one(
    `INSERT INTO "Diagnostic" (id, "territoryId", "actorId", "templateId", "updatedAt") VALUES ('matrice-brouillon', $3, $1, $2, now()) RETURNING id`,
    [organisation, template, Number(commune)],
  );
  // An alliance the target leads (the demo's alliance has it as a partner only): its editor.
  const ledAlliance = await one(
    `INSERT INTO "Alliance" (id, title, slug, "searchKey", mode, "updatedAt") VALUES ('matrice-alliance', $1, 'alliance-privee-de-la-matrice', lower($1), 'MECENAT', now()) RETURNING id`,
    [PRIVATE.ledAlliance],
  );
  await db.query(`INSERT INTO "AlliancePartner" ("allianceId", "actorId", role, status, "confirmedAt") VALUES ($1, $2, 'LEAD', 'CONFIRMED', now())`, [
    ledAlliance,
    organisation,
  ]);
  const copyNeed = (table: string, id: string, title: string) =>
    one(
      `INSERT INTO "${table}" (id, "actorId", title, mode, theme, "territoryId", "updatedAt") SELECT $1, $2, $3, mode, theme, "territoryId", now() FROM "Need" LIMIT 1 RETURNING id`,
      [id, organisation, title],
    );
  const need = await copyNeed("Need", "matrice-besoin", PRIVATE.need);
  const offer = await copyNeed("Offer", "matrice-offre", PRIVATE.offer);
  const linkedTeam = await team("matrice-equipe", PRIVATE.linkedTeam, "ACCEPTED");
  const pendingTeam = await team("matrice-equipe-en-attente", PRIVATE.pendingTeam, "PENDING");
  const endedTeam = await team("matrice-equipe-sortie", PRIVATE.endedTeam, "ENDED");

  // Kits: one published then archived (it has a version 1), one never published, and a file of
  // a published kit of the demo.
  const kit = (id: string, title: string, status: string, version: number) =>
    one(
      `INSERT INTO "Kit" (id, title, slug, "searchKey", category, status, "currentVersion", "updatedAt") VALUES ($1, $2, $1, lower($2), 'METHODE', $3::"KitStatus", $4, now()) RETURNING id`,
      [id, title, status, version],
    );
  const archivedKit = await kit("matrice-kit-retire", PRIVATE.archivedKit, "ARCHIVED", 1);
  await db.query(
    `INSERT INTO "KitVersion" (id, "kitId", number, title, summary, category, body, note) VALUES ('matrice-kit-retire-v1', $1, 1, $2, '', 'METHODE', '', $3)`,
    [archivedKit, PRIVATE.kitVersion, PRIVATE.kitVersionNote],
  );
  const draftKit = await kit("matrice-kit-brouillon", PRIVATE.draftKit, "DRAFT", 0);
  // Every kit has a version (its draft, here): the back office edits that, not the Kit row.
  await db.query(
    `INSERT INTO "KitVersion" (id, "kitId", number, title, summary, category, body, "publishedAt") VALUES ('matrice-kit-brouillon-v1', $1, 1, $2, '', 'METHODE', '', NULL)`,
    [draftKit, PRIVATE.draftKit],
  );
  const publishedKit = await one(`SELECT id FROM "Kit" WHERE status = 'PUBLISHED' AND "currentVersion" > 0 ORDER BY slug LIMIT 1`);

  // Logos: the target's (published) and an unpublished organisation's, with the same admin and
  // member as the target so that the expected outcome reads the same standing.
  await store("logos/matrice-publie", jpegWith(PRIVATE.publishedLogo));
  await db.query(`UPDATE "Actor" SET "logoPath" = 'logos/matrice-publie' WHERE id = $1`, [organisation]);
  await store("logos/matrice-non-publie", jpegWith(PRIVATE.unpublishedLogo));
  const unpublishedOrganisation = await one(
    `INSERT INTO "Actor" (id, kind, name, slug, "searchKey", status, "logoPath", "updatedAt") VALUES ('matrice-non-publiee', 'ASSOCIATION', $1, 'matrice-non-publiee', lower($1), 'PENDING', 'logos/matrice-non-publie', now()) RETURNING id`,
    [PRIVATE.unpublishedOrganisation],
  );
  await db.query(`INSERT INTO "Membership" ("userId", "actorId", role) SELECT m."userId", $2, m.role FROM "Membership" m WHERE m."actorId" = $1`, [
    organisation,
    unpublishedOrganisation,
  ]);

  // An alliance the target is invited to, led by an organisation none of the callers belongs to:
  // the target's members see its title and summary, not what its confirmed partners see.
  const invitedAlliance = await one(
    `INSERT INTO "Alliance" (id, title, slug, "searchKey", summary, description, mode, "updatedAt") VALUES ('matrice-alliance-invitee', $1, 'matrice-alliance-invitee', lower($1), 'Résumé visible des invités', $2, 'MECENAT', now()) RETURNING id`,
    [PRIVATE.invitedAlliance, PRIVATE.invitedAllianceDescription],
  );
  await db.query(
    `INSERT INTO "AlliancePartner" ("allianceId", "actorId", role, status, "confirmedAt")
     SELECT $1, a.id, 'LEAD', 'CONFIRMED', now() FROM "Actor" a WHERE a.status = 'PUBLISHED' AND NOT EXISTS (SELECT 1 FROM "Membership" m WHERE m."actorId" = a.id) ORDER BY a.slug LIMIT 1`,
    [invitedAlliance],
  );
  await db.query(`INSERT INTO "AlliancePartner" ("allianceId", "actorId", role, status) VALUES ($1, $2, 'PARTNER', 'INVITED')`, [
    invitedAlliance,
    organisation,
  ]);
  // A draft of the next questionnaire version, its title only in its content and its row.
  const draftTemplate = await one(
    `INSERT INTO "DiagnosticTemplate" (id, key, version, title, content, status)
     SELECT 'matrice-questionnaire', key, (SELECT max(version) + 1 FROM "DiagnosticTemplate" v WHERE v.key = t.key), $2, jsonb_set(content::jsonb, '{title}', to_jsonb($2::text)), 'DRAFT'
     FROM "DiagnosticTemplate" t WHERE t.id = $1 RETURNING id`,
    [template, PRIVATE.draftTemplate],
  );
  // A team of the demo linked to another head: the target's pages never reach it.
  const foreignTeam = await one(`SELECT "teamId" AS id FROM "NetworkLink" WHERE status = 'ACCEPTED' AND "headId" <> $1 ORDER BY "teamId" LIMIT 1`, [
    organisation,
  ]);
  // A learning path step to the archived kit: the path names the step, never the kit's version.
  const learningPath = await one(`SELECT id FROM "LearningPath" ORDER BY slug LIMIT 1`);
  await db.query(
    `INSERT INTO "LearningPathStep" (id, "pathId", "kitId", position, title) SELECT 'matrice-etape', $1, $2, coalesce(max(position), 0) + 1, 'Étape de la matrice' FROM "LearningPathStep" WHERE "pathId" = $1`,
    [learningPath, archivedKit],
  );

  const slugOf = (table: string, id: string) => one(`SELECT slug AS id FROM "${table}" WHERE id = $1`, [id]);
  const alliance = await one(
    `SELECT a.id FROM "Alliance" a JOIN "AlliancePartner" p ON p."allianceId" = a.id AND p."actorId" = $1 AND p.status = 'CONFIRMED' AND p.role = 'PARTNER' WHERE a.status = 'PUBLISHED' LIMIT 1`,
    [organisation],
  );
  // An unpublished partner of a published alliance: the alliance's public page must not name it.
  await db.query(`INSERT INTO "AlliancePartner" ("allianceId", "actorId", role, status, "confirmedAt") VALUES ($1, $2, 'PARTNER', 'CONFIRMED', now())`, [
    alliance,
    unpublishedOrganisation,
  ]);
  return {
    organisation,
    alliance,
    matchThread: await makeMatchThread(db, need, organisation),
    slugs: {
      organisation: await slugOf("Actor", organisation),
      alliance: await slugOf("Alliance", alliance),
      kit: await slugOf("Kit", publishedKit),
      unpublishedOrganisation: await slugOf("Actor", unpublishedOrganisation),
      draftAlliance: await slugOf("Alliance", ledAlliance),
      archivedKit: await slugOf("Kit", archivedKit),
      draftKit: await slugOf("Kit", draftKit),
      learningPath: await slugOf("LearningPath", learningPath),
    },
    template,
    templateTitle: await one(`SELECT content->>'title' AS id FROM "DiagnosticTemplate" WHERE id = $1`, [template]),
    diagnostic,
    draftDiagnostic,
    ledAlliance,
    need,
    offer,
    linkedTeam,
    pendingTeam,
    endedTeam,
    kit: await one(`SELECT id FROM "Kit" WHERE id NOT LIKE 'matrice-%' ORDER BY slug LIMIT 1`),
    archivedKit,
    draftKit,
    publishedAttachment: await attachment("matrice-piece-publiee", publishedKit, PRIVATE.publishedAttachment),
    archivedAttachment: await attachment("matrice-piece-kit-retire", archivedKit, PRIVATE.archivedAttachment),
    draftAttachment: await attachment("matrice-piece-kit-brouillon", draftKit, PRIVATE.draftAttachment),
    unpublishedOrganisation,
    invitedAlliance,
    draftTemplate,
    foreignTeam,
    importReport: await importReportOf(await one(`SELECT id FROM "User" WHERE email = 'rameau@demo.odd17.fr'`)),
    headImportReport: await importReportOf(await one(`SELECT id FROM "User" WHERE email = 'association@demo.odd17.fr'`), organisation),
    project: await one(
      `INSERT INTO "Territory" (kind, code, name, "searchKey", "updatedAt") VALUES ('PROJET', 'CRTE-MATRICE', $1, lower($1), now()) RETURNING id`,
      [PRIVATE.project],
    ),
  };
}
