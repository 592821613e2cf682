// The organisation import on the real database (official territories loaded): the preview reads
// and writes nothing, the confirmation queues one job (imports:organisations) and the worker
// creates the "à créer" lines in one transaction with one audit entry, once, and only for the
// staff member who uploaded the file.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { getOrganisationImport } from "@/lib/imports/organisation-import.queries";
import type { Principal } from "@/lib/auth/permissions";
import { loadImportReport, loadImportUpload } from "@/lib/imports/import-storage";
import { runOrganisationImport } from "@/lib/imports/organisation-import.job";
import { cancelOrganisationImport, queueOrganisationImport, storeOrganisationImport } from "@/lib/imports/organisation-import.mutations";
import { organisationImportJobKey } from "@/lib/jobs/job-types";
import { runHousekeeping } from "@/lib/maintenance/housekeeping";
import { makeOrganisation, makeUser, territoryId, uniqueSuffix } from "../support/factories";
import { runQueuedJobs } from "../support/jobs";

let uploads: string;

beforeAll(() => {
  uploads = mkdtempSync(path.join(tmpdir(), "odd17-imports-"));
  process.env.UPLOADS_DIR = uploads;
});

afterAll(async () => {
  rmSync(uploads, { recursive: true, force: true });
  await db.$disconnect();
});

let sirenCounter = 10_000_000 + Math.floor(Math.random() * 80_000_000);

/** A SIREN no other test uses, with its Luhn key. */
function freshSiren(): string {
  sirenCounter += 1;
  const body = String(sirenCounter);
  for (let key = 0; key <= 9; key += 1) {
    const candidate = `${body}${key}`;
    let sum = 0;
    [...candidate].reverse().forEach((c, i) => {
      let d = Number(c) * (i % 2 === 1 ? 2 : 1);
      if (d > 9) d -= 9;
      sum += d;
    });
    if (sum % 10 === 0) return candidate;
  }
  throw new Error("unreachable");
}

const HEADER = "nom;type;SIREN ou SIRET;e-mail de contact;site web;téléphone;description;code territoire;ODD";
const csvFile = (lines: string[], name = "organisations.csv") => new File([[HEADER, ...lines].join("\n")], name, { type: "text/csv" });

/** A file of 2 lines to create, 2 duplicates (one in the file, one existing) and 1 error, all with names of this test. */
async function sampleFile() {
  const tag = uniqueSuffix();
  const existing = await makeOrganisation({ name: `Existante ${tag}`, territories: [await territoryId("COMMUNE", "42218")] });
  const sirenA = freshSiren();
  const file = csvFile([
    `Alpha ${tag};Association;${sirenA};contact@alpha.example.org;https://alpha.example.org;;Jardins;42218;2, 11`,
    `Beta ${tag};Entreprise;;;;;;244200770;`,
    `Gamma ${tag};Association;${sirenA};;;;Même SIREN;42218;`,
    `existante ${tag};Association;;;;;;42218;`,
    `Delta ${tag};Club;123456789;pas-un-email;http://delta.example.org;;;99999;`,
  ]);
  return { tag, file, existing, sirenA };
}

/** The confirmation as the page does it (queue the job), then the job run as the worker runs it. */
async function confirmOrganisationImport(principal: Principal, importId: string, context: { ip?: string } = {}) {
  await queueOrganisationImport(principal, importId, context);
  const [job] = await db.$queryRaw<{ payload: { importId: string; userId: string; ip: string | null } }[]>`
    SELECT payload FROM graphile_worker._private_jobs WHERE key = ${organisationImportJobKey(importId)}`;
  await runOrganisationImport(job.payload);
  return (await loadImportReport(principal!.id, importId))!;
}

const importJobs = (importId: string) =>
  db.$queryRaw<{ id: string }[]>`SELECT id::text FROM graphile_worker.jobs WHERE key = ${organisationImportJobKey(importId)}`;

const countTagged = (tag: string) => db.actor.count({ where: { name: { contains: tag } } });
const auditOf = (importId: string) => db.auditLog.findMany({ where: { entity: "OrganisationImport", entityId: importId } });

describe("preview", () => {
  it("shows every line's outcome and writes nothing", async () => {
    const staff = await makeUser("STAFF");
    const { tag, file, existing } = await sampleFile();
    const before = await db.actor.count();
    const importId = await storeOrganisationImport(staff.principal, file);
    const view = await getOrganisationImport(staff.principal, importId);
    if (view.state !== "preview") throw new Error(view.state);
    expect(view.preview.counts).toEqual({ create: 2, duplicate: 2, error: 1 });
    expect(view.preview.lines.map((line) => [line.line, line.outcome, line.duplicate])).toEqual([
      [2, "create", null],
      [3, "create", null],
      [4, "duplicate", "Même SIREN que la ligne 2."],
      [5, "duplicate", `Une organisation « ${existing.name} » existe déjà sur ce territoire.`],
      [6, "error", null],
    ]);
    expect(view.preview.lines[4].errors).toHaveLength(5);
    expect(await db.actor.count()).toBe(before);
    expect(await countTagged(tag)).toBe(1);
    expect(await auditOf(importId)).toEqual([]);
  });

  it("refuses a file that is not a CSV or XLSX, or lacks required columns, on the upload form", async () => {
    const staff = await makeUser("STAFF");
    await expect(storeOrganisationImport(staff.principal, new File([new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0, 1])], "x.csv"))).rejects.toThrow(
      ValidationError,
    );
    await expect(storeOrganisationImport(staff.principal, new File(["nom;siren\nA;1"], "x.csv"))).rejects.toMatchObject({
      fieldErrors: { file: ["Colonnes obligatoires absentes de l'en-tête : type, code territoire."] },
    });
  });
});

describe("confirmation", () => {
  it("creates the valid non-duplicate lines in one transaction, with one audit entry and a report", async () => {
    const staff = await makeUser("STAFF");
    const { tag, file, sirenA } = await sampleFile();
    const importId = await storeOrganisationImport(staff.principal, file);
    const report = await confirmOrganisationImport(staff.principal, importId, { ip: "203.0.113.7" });
    expect(report.counts).toEqual({ create: 2, duplicate: 2, error: 1 });
    expect(report.lines.map((line) => [line.line, line.outcome, line.actorId !== null])).toEqual([
      [2, "create", true],
      [3, "create", true],
      [4, "duplicate", false],
      [5, "duplicate", false],
      [6, "error", false],
    ]);
    const alpha = await db.actor.findUniqueOrThrow({ where: { siren: sirenA }, include: { territories: true, sdgs: true } });
    expect(alpha).toMatchObject({ name: `Alpha ${tag}`, kind: "ASSOCIATION", status: "PUBLISHED", website: "https://alpha.example.org" });
    expect(alpha.territories.map((row) => row.territoryId)).toEqual([await territoryId("COMMUNE", "42218")]);
    expect(alpha.sdgs.map((row) => row.sdgNumber).sort((a, b) => a - b)).toEqual([2, 11]);
    expect(await countTagged(tag)).toBe(3);
    const audit = await auditOf(importId);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ userId: staff.id, action: "actor.imported", ip: "203.0.113.7" });
    expect(audit[0].summary).toContain("2 créée(s), 2 en double, 1 en erreur");
    // The preview is gone, the outcome stays.
    expect(await getOrganisationImport(staff.principal, importId)).toMatchObject({ state: "done" });
  });

  it("does not import twice: a second confirmation, even at the same instant, queues nothing more, and a job run again or on two workers writes nothing", async () => {
    const staff = await makeUser("STAFF");
    const { tag, file } = await sampleFile();
    const importId = await storeOrganisationImport(staff.principal, file);
    const results = await Promise.allSettled([queueOrganisationImport(staff.principal, importId), queueOrganisationImport(staff.principal, importId)]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    const refused = results.find((result) => result.status === "rejected");
    expect(refused?.status === "rejected" && refused.reason).toBeInstanceOf(ConflictError);
    expect(await importJobs(importId)).toHaveLength(1);
    const payload = { importId, userId: staff.id, ip: null };
    // The same job on two workers at once, then once more (a retry after a lost acknowledgement).
    const outcomes = await Promise.all([runOrganisationImport(payload), runOrganisationImport(payload)]);
    expect(outcomes.sort()).toEqual(["already-imported", "imported"]);
    expect(await runOrganisationImport(payload)).toBe("already-imported");
    await expect(queueOrganisationImport(staff.principal, importId)).rejects.toThrow(ConflictError);
    expect(await countTagged(tag)).toBe(3);
    expect(await auditOf(importId)).toHaveLength(1);
  });

  it("runs through the queue: confirm, the worker's job, then rows, audit, report and progress; the job run again writes nothing", async () => {
    const staff = await makeUser("STAFF");
    const { tag, file } = await sampleFile();
    const importId = await storeOrganisationImport(staff.principal, file);
    await queueOrganisationImport(staff.principal, importId);
    expect(await getOrganisationImport(staff.principal, importId)).toMatchObject({ state: "running", queued: true, linesTotal: 5 });
    await runQueuedJobs();
    expect(await importJobs(importId)).toEqual([]);
    const row = await db.organisationImport.findUniqueOrThrow({ where: { id: importId } });
    expect(row).toMatchObject({ status: "DONE", linesDone: 5, linesTotal: 5, error: null });
    expect(await getOrganisationImport(staff.principal, importId)).toMatchObject({ state: "done", report: { counts: { create: 2, duplicate: 2, error: 1 } } });
    expect(await countTagged(tag)).toBe(3);
    expect(await auditOf(importId)).toHaveLength(1);
    // The same job, added again by hand as a retry from the dead-letter list would: nothing more.
    await db.$executeRaw`SELECT graphile_worker.add_job('imports:organisations', ${JSON.stringify({ importId, userId: staff.id })}::json)`;
    await runQueuedJobs();
    expect(await countTagged(tag)).toBe(3);
    expect(await auditOf(importId)).toHaveLength(1);
  });

  it("marks a failed import with a French message, keeps nothing of it, and lets it be queued again", async () => {
    const staff = await makeUser("STAFF");
    const { tag, file } = await sampleFile();
    const importId = await storeOrganisationImport(staff.principal, file);
    await queueOrganisationImport(staff.principal, importId);
    // The importer loses the right between the confirmation and the job: the job refuses.
    await db.user.update({ where: { id: staff.id }, data: { platformRole: "USER" } });
    await expect(runOrganisationImport({ importId, userId: staff.id })).rejects.toThrow(ForbiddenError);
    await db.user.update({ where: { id: staff.id }, data: { platformRole: "STAFF" } });
    const failed = await getOrganisationImport(staff.principal, importId);
    expect(failed).toMatchObject({ state: "failed" });
    expect(failed.state === "failed" && failed.error).toMatch(/n'a pas pu aboutir/);
    expect(await countTagged(tag)).toBe(1);
    expect(await auditOf(importId)).toEqual([]);
    await queueOrganisationImport(staff.principal, importId);
    expect(await runOrganisationImport({ importId, userId: staff.id })).toBe("imported");
    expect(await countTagged(tag)).toBe(3);
  });

  it("checks the lines again: an organisation created since the preview is a duplicate", async () => {
    const staff = await makeUser("STAFF");
    const { tag, file, sirenA } = await sampleFile();
    const importId = await storeOrganisationImport(staff.principal, file);
    await db.actor.create({ data: { name: `Arrivée ${tag}`, kind: "ENTREPRISE", slug: `arrivee-${tag}`, searchKey: "arrivee", siren: sirenA } });
    const report = await confirmOrganisationImport(staff.principal, importId);
    expect(report.counts).toEqual({ create: 1, duplicate: 3, error: 1 });
  });

  it("forgets a cancelled preview", async () => {
    const staff = await makeUser("STAFF");
    const { tag, file } = await sampleFile();
    const importId = await storeOrganisationImport(staff.principal, file);
    await cancelOrganisationImport(staff.principal, importId);
    await expect(getOrganisationImport(staff.principal, importId)).rejects.toThrow(NotFoundError);
    await expect(confirmOrganisationImport(staff.principal, importId)).rejects.toThrow(NotFoundError);
    expect(await countTagged(tag)).toBe(1);
    expect(await db.organisationImport.count({ where: { id: importId } })).toBe(0);
  });
});

describe("abandoned previews", () => {
  it("are deleted with their files by the housekeeping after 7 days; recent previews and confirmed imports stay", async () => {
    const staff = await makeUser("STAFF");
    const now = new Date();
    const old = await storeOrganisationImport(staff.principal, (await sampleFile()).file);
    const recent = await storeOrganisationImport(staff.principal, (await sampleFile()).file);
    const confirmed = await storeOrganisationImport(staff.principal, (await sampleFile()).file);
    await confirmOrganisationImport(staff.principal, confirmed);
    const eightDaysAgo = new Date(now.getTime() - 8 * 24 * 60 * 60 * 1000);
    await db.organisationImport.updateMany({ where: { id: { in: [old, confirmed] } }, data: { createdAt: eightDaysAgo } });
    await db.organisationImport.update({ where: { id: recent }, data: { createdAt: new Date(now.getTime() - 6 * 24 * 60 * 60 * 1000) } });

    const run = await runHousekeeping(now, {});
    expect(run.importPreviews).toBeGreaterThanOrEqual(1);
    expect(await db.organisationImport.findUnique({ where: { id: old } })).toBeNull();
    expect(await loadImportUpload(staff.id, old)).toBeNull();
    await expect(getOrganisationImport(staff.principal, old)).rejects.toThrow(NotFoundError);
    expect(await getOrganisationImport(staff.principal, recent)).toMatchObject({ state: "preview" });
    expect(await getOrganisationImport(staff.principal, confirmed)).toMatchObject({ state: "done" });
    // A shorter setting reaches the 6-day-old one too.
    await runHousekeeping(now, { IMPORT_PREVIEW_RETENTION_DAYS: "5" });
    expect(await loadImportUpload(staff.id, recent)).toBeNull();
  });
});

describe("who may import", () => {
  it("refuses non-staff callers, and another staff member cannot reach someone's upload", async () => {
    const staff = await makeUser("STAFF");
    const user = await makeUser("USER");
    const colleague = await makeUser("STAFF");
    const { tag, file } = await sampleFile();
    await expect(storeOrganisationImport(user.principal, file)).rejects.toThrow(ForbiddenError);
    const importId = await storeOrganisationImport(staff.principal, file);
    await expect(getOrganisationImport(user.principal, importId)).rejects.toThrow(ForbiddenError);
    await expect(confirmOrganisationImport(user.principal, importId)).rejects.toThrow(ForbiddenError);
    await expect(confirmOrganisationImport(null, importId)).rejects.toThrow(ForbiddenError);
    await expect(getOrganisationImport(colleague.principal, importId)).rejects.toThrow(NotFoundError);
    await expect(confirmOrganisationImport(colleague.principal, importId)).rejects.toThrow(NotFoundError);
    expect(await countTagged(tag)).toBe(1);
    expect(await auditOf(importId)).toEqual([]);
  });
});

describe("a 5,000-line XLSX", () => {
  it("shows its preview (duplicates and line errors included), then imports, and reports the times it took", async () => {
    const staff = await makeUser("STAFF");
    const tag = uniqueSuffix();
    const saintEtienne = await territoryId("COMMUNE", "42218");
    const existing = await makeOrganisation({ name: `Existante ${tag}`, territories: [saintEtienne] });
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Organisations");
    sheet.addRow(HEADER.split(";"));
    const communes = ["42218", "42095", "42207", "69123", "44109", "23096", "244200770"];
    for (let index = 0; index < 5000; index += 1) {
      const siren = index % 100 === 1 ? "123456789" : freshSiren(); // 50 lines with a wrong checksum
      const name = index % 250 === 2 ? existing.name : `Organisation ${tag} ${index}`; // 20 existing names
      sheet.addRow([
        name,
        index % 2 === 0 ? "Association" : "Entreprise",
        siren,
        `contact${index}@exemple.fr`,
        `https://org${index}.exemple.fr`,
        "04 77 00 00 00",
        "Une organisation du fichier de mesure.",
        communes[index % 2 === 0 ? 0 : index % communes.length],
        "11, 17",
      ]);
    }
    const bytes = await workbook.xlsx.writeBuffer();
    const file = new File([bytes], "organisations-5000.xlsx");
    const started = performance.now();
    const importId = await storeOrganisationImport(staff.principal, file);
    const view = await getOrganisationImport(staff.principal, importId);
    const elapsed = performance.now() - started;
    if (view.state !== "preview") throw new Error(view.state);
    expect(view.preview.lines).toHaveLength(5000);
    expect(view.preview.counts.error).toBe(50);
    expect(view.preview.counts.duplicate).toBe(20);
    expect(view.preview.counts.create).toBe(4930);
    expect(await countTagged(tag)).toBe(1);
    const confirmStarted = performance.now();
    const report = await confirmOrganisationImport(staff.principal, importId);
    const confirmElapsed = performance.now() - confirmStarted;
    expect(report.counts.create).toBe(4930);
    expect(await countTagged(tag)).toBe(4931);
    // 4,931 published organisations on a few busy communes would crowd the other files' searches
    // and candidate lists (they share this database): the measure leaves nothing behind.
    await db.actor.deleteMany({ where: { name: { contains: tag } } });
    const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
    process.stdout.write(
      `\n[organisation import] 5,000-line XLSX (${Math.round(file.size / 1024)} KB): upload checks + preview in ${seconds(elapsed)}, confirmation (4,930 created) in ${seconds(confirmElapsed)}\n`,
    );
  });
});
