// A network head's import of its own local teams, on the real database: an admin of the head
// imports through the same preview and job as the staff; every created line is a local team of
// that head (PENDING moderation, an ACCEPTED link, parentId), and nothing else can be reached:
// not by a plain member, not by another network's admin, not through another head or the back office.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { ForbiddenError, NotFoundError, RateLimitError, ValidationError } from "@/lib/errors";
import { runOrganisationImport } from "@/lib/imports/organisation-import.job";
import { cancelOrganisationImport, queueOrganisationImport, storeOrganisationImport } from "@/lib/imports/organisation-import.mutations";
import { getOrganisationImport } from "@/lib/imports/organisation-import.queries";
import { makeOrganisationWithTeam, makeOrganisationWithUser, uniqueSuffix } from "../support/factories";

let uploads: string;

beforeAll(() => {
  uploads = mkdtempSync(path.join(tmpdir(), "odd17-network-imports-"));
  process.env.UPLOADS_DIR = uploads;
});

afterEach(() => {
  vi.unstubAllEnvs();
});

afterAll(async () => {
  rmSync(uploads, { recursive: true, force: true });
  await db.$disconnect();
});

const HEADER = "nom;type;SIREN ou SIRET;e-mail de contact;site web;téléphone;description;code territoire;ODD";
const csv = (lines: string[]) => new File([[HEADER, ...lines].join("\n")], "equipes.csv", { type: "text/csv" });
const teamsFile = (tag: string) => csv([`Équipe Nord ${tag};Association;;;;;;42218;11`, `Équipe Sud ${tag};Association;;;;;;42095;`]);
const countTagged = (tag: string) => db.actor.count({ where: { name: { contains: tag } } });

describe("a network head's import", () => {
  it("makes every created line a local team of the head, pending moderation, once", async () => {
    const head = await makeOrganisationWithTeam({ label: "Réseau" });
    const admin = head.admin.principal;
    const tag = uniqueSuffix();
    const importId = await storeOrganisationImport(admin, teamsFile(tag), { headId: head.id });
    expect(await getOrganisationImport(admin, importId, { headId: head.id })).toMatchObject({ state: "preview", preview: { counts: { create: 2 } } });
    await queueOrganisationImport(admin, importId, {}, { headId: head.id });
    expect(await runOrganisationImport({ importId, userId: head.admin.id })).toBe("imported");
    const teams = await db.actor.findMany({ where: { name: { contains: tag } }, include: { networkHeads: true }, orderBy: { name: "asc" } });
    expect(teams.map((team) => [team.name, team.status, team.parentId, team.publishedAt])).toEqual([
      [`Équipe Nord ${tag}`, "PENDING", head.id, null],
      [`Équipe Sud ${tag}`, "PENDING", head.id, null],
    ]);
    for (const team of teams) expect(team.networkHeads).toEqual([expect.objectContaining({ headId: head.id, status: "ACCEPTED", requestedBy: "HEAD" })]);
    expect(await db.auditLog.count({ where: { entity: "OrganisationImport", entityId: importId } })).toBe(1);
    // The same job again writes nothing.
    expect(await runOrganisationImport({ importId, userId: head.admin.id })).toBe("already-imported");
    expect(await countTagged(tag)).toBe(2);
    expect(await db.networkLink.count({ where: { headId: head.id } })).toBe(2);
  });

  it("is refused to a plain member and to another network's admin, and an import is found only through its own head", async () => {
    const head = await makeOrganisationWithTeam({ label: "Réseau" });
    const other = await makeOrganisationWithUser("ADMIN", { label: "Autre réseau" });
    const tag = uniqueSuffix();
    await expect(storeOrganisationImport(head.member.principal, teamsFile(tag), { headId: head.id })).rejects.toThrow(ForbiddenError);
    await expect(storeOrganisationImport(other.user.principal, teamsFile(tag), { headId: head.id })).rejects.toThrow(ForbiddenError);
    // A user, not staff: no import for the whole platform either.
    await expect(storeOrganisationImport(head.admin.principal, teamsFile(tag))).rejects.toThrow(ForbiddenError);

    const importId = await storeOrganisationImport(head.admin.principal, teamsFile(tag), { headId: head.id });
    for (const caller of [head.member.principal, other.user.principal]) {
      await expect(getOrganisationImport(caller, importId, { headId: head.id })).rejects.toThrow(ForbiddenError);
      await expect(queueOrganisationImport(caller, importId, {}, { headId: head.id })).rejects.toThrow(ForbiddenError);
      await expect(cancelOrganisationImport(caller, importId, { headId: head.id })).rejects.toThrow(ForbiddenError);
    }
    // The other network's admin, through its own head: not found (keyed by uploader, checked against the head).
    await expect(queueOrganisationImport(other.user.principal, importId, {}, { headId: other.id })).rejects.toThrow(NotFoundError);
    // The head's admin, given another organisation it also administers: not found either.
    await db.membership.create({ data: { userId: head.admin.id, actorId: other.id, role: "ADMIN" } });
    await expect(queueOrganisationImport(head.admin.principal, importId, {}, { headId: other.id })).rejects.toThrow(NotFoundError);
    expect(await countTagged(tag)).toBe(0);
    expect(await db.organisationImport.findUniqueOrThrow({ where: { id: importId } })).toMatchObject({ status: "PREVIEW", headId: head.id });
  });

  it("re-checks the right when the job runs: an admin demoted since the confirmation imports nothing", async () => {
    const head = await makeOrganisationWithTeam({ label: "Réseau" });
    const tag = uniqueSuffix();
    const importId = await storeOrganisationImport(head.admin.principal, teamsFile(tag), { headId: head.id });
    await queueOrganisationImport(head.admin.principal, importId, {}, { headId: head.id });
    await db.membership.update({ where: { userId_actorId: { userId: head.admin.id, actorId: head.id } }, data: { role: "MEMBER" } });
    await expect(runOrganisationImport({ importId, userId: head.admin.id })).rejects.toThrow(ForbiddenError);
    expect(await countTagged(tag)).toBe(0);
    expect(await db.organisationImport.findUniqueOrThrow({ where: { id: importId } })).toMatchObject({ status: "FAILED" });
  });

  it("caps a head's file at 500 lines and counts its uploads", async () => {
    const head = await makeOrganisationWithTeam({ label: "Réseau" });
    const tag = uniqueSuffix();
    const lines = Array.from({ length: 501 }, (_, i) => `Équipe ${i} ${tag};Association;;;;;;42218;`);
    await expect(storeOrganisationImport(head.admin.principal, csv(lines), { headId: head.id })).rejects.toMatchObject({
      fieldErrors: { file: ["Le fichier dépasse 500 lignes : découpez-le en plusieurs imports."] },
    });
    await expect(storeOrganisationImport(head.admin.principal, csv(lines), { headId: head.id })).rejects.toThrow(ValidationError);
    vi.stubEnv("RATE_LIMIT_NETWORK_IMPORT", "3/3600");
    await expect(storeOrganisationImport(head.admin.principal, teamsFile(tag), { headId: head.id })).resolves.toBeTruthy();
    await expect(storeOrganisationImport(head.admin.principal, teamsFile(tag), { headId: head.id })).rejects.toThrow(RateLimitError);
  });
});
