// Project territories on the real database (official territories loaded, no demo data): the
// closure rows and population rebuilt on each change, the public reads that show them, and
// refusals for anyone without territory.project.manage (nothing changes).
import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { previewProjectMemberList } from "@/lib/project-territories/member-list.queries";
import {
  addProjectMember,
  addProjectMembers,
  createProjectTerritory,
  deleteProjectTerritory,
  removeProjectMember,
  updateProjectTerritory,
} from "@/lib/project-territories/project-territories.mutations";
import { rebuildAllProjectClosures, rebuildProjectClosure } from "@/lib/project-territories/project-territories.closure";
import { getProjectTerritory, listProjectTerritories, searchProjectMemberCandidates } from "@/lib/project-territories/project-territories.queries";
import { getTerritory, listChildren } from "@/lib/territories/territories.queries";
import { makeUser } from "../support/factories";

afterAll(async () => {
  await db.$disconnect();
});

async function territory(kind: "COMMUNE" | "EPCI" | "DEPARTEMENT" | "REGION", code: string) {
  return db.territory.findUniqueOrThrow({ where: { kind_code: { kind, code } }, select: { id: true, name: true, population: true } });
}

const uniqueCode = () => `CRTE-T-${randomUUID().slice(0, 8).toUpperCase()}`;

async function closureOf(projectId: number) {
  const rows = await db.territoryAncestor.findMany({ where: { ancestorId: projectId }, select: { descendantId: true, depth: true } });
  return new Map(rows.map((row) => [row.descendantId, row.depth]));
}

async function ancestorsOf(projectId: number) {
  const rows = await db.territoryAncestor.findMany({ where: { descendantId: projectId, ancestorId: { not: projectId } }, select: { ancestorId: true } });
  return new Set(rows.map((row) => row.ancestorId));
}

async function project(id: number) {
  return db.territory.findUniqueOrThrow({ where: { id }, select: { population: true, departementId: true, regionId: true, name: true, code: true } });
}

describe("closure and population", () => {
  it("makes a project of Saint-Étienne Métropole contain Saint-Étienne through the EPCI's closure", async () => {
    const staff = await makeUser("STAFF");
    const epci = await territory("EPCI", "244200770");
    const saintEtienne = await territory("COMMUNE", "42218");
    const loire = await territory("DEPARTEMENT", "42");
    const aura = await territory("REGION", "84");
    const { id, code } = await createProjectTerritory(staff.principal, {
      name: "CRTE de Saint-Étienne Métropole",
      code: uniqueCode(),
      description: "Contrat de relance et de transition écologique",
    });

    let closure = await closureOf(id);
    expect([...closure.entries()]).toEqual([[id, 0]]);
    expect((await project(id)).population).toBeNull();

    await addProjectMember(staff.principal, id, epci.id);
    closure = await closureOf(id);
    expect(closure.get(id)).toBe(0);
    expect(closure.get(epci.id)).toBe(1);
    expect(closure.get(saintEtienne.id)).toBe(2);
    // Every commune of the EPCI, no more.
    const epciCommunes = await db.territoryMembership.count({ where: { groupId: epci.id } });
    expect([...closure.values()].filter((depth) => depth === 2).length).toBeGreaterThanOrEqual(epciCommunes);
    expect(closure.has(loire.id)).toBe(false);

    const saved = await project(id);
    expect(saved.population).toBe(epci.population);
    expect(saved.departementId).toBe(loire.id);
    expect(saved.regionId).toBe(aura.id);
    const ancestors = await ancestorsOf(id);
    expect(ancestors.has(loire.id) && ancestors.has(aura.id)).toBe(true);

    // The public reads: the project page lists its members; the member's page names its project.
    const detail = await getTerritory("PROJET", code);
    expect(detail).toMatchObject({
      name: "CRTE de Saint-Étienne Métropole",
      population: epci.population,
      description: "Contrat de relance et de transition écologique",
    });
    const [members] = await listChildren({ id, kind: "PROJET" }, 1);
    expect(members).toMatchObject({ key: "projectMembers", total: 1 });
    expect(members.items.map((item) => item.code)).toEqual(["244200770"]);
    expect((await getTerritory("EPCI", "244200770"))?.projects.map((p) => p.code)).toContain(code);
  });

  it("does not count twice a commune already inside a member EPCI, and keeps the shortest depth", async () => {
    const staff = await makeUser("STAFF");
    const epci = await territory("EPCI", "244200770");
    const saintEtienne = await territory("COMMUNE", "42218");
    const { id } = await createProjectTerritory(staff.principal, { name: "Projet de territoire du Furan", code: uniqueCode(), description: null });
    await addProjectMember(staff.principal, id, epci.id);
    await addProjectMember(staff.principal, id, saintEtienne.id);
    expect((await project(id)).population).toBe(epci.population);
    expect((await closureOf(id)).get(saintEtienne.id)).toBe(1);
  });

  it("sums members from two départements and keeps only their common région", async () => {
    const staff = await makeUser("STAFF");
    const saintEtienne = await territory("COMMUNE", "42218");
    const lyon = await territory("COMMUNE", "69123");
    const aura = await territory("REGION", "84");
    const { id } = await createProjectTerritory(staff.principal, { name: "Projet Lyon – Saint-Étienne", code: uniqueCode(), description: null });
    await addProjectMember(staff.principal, id, saintEtienne.id);
    await addProjectMember(staff.principal, id, lyon.id);
    const saved = await project(id);
    expect(saved.population).toBe((saintEtienne.population ?? 0) + (lyon.population ?? 0));
    expect(saved.departementId).toBeNull();
    expect(saved.regionId).toBe(aura.id);
    // Lyon's arrondissements are inside the project, one level below Lyon.
    const arrondissement = await db.territory.findFirstOrThrow({ where: { communeId: lyon.id }, select: { id: true } });
    expect((await closureOf(id)).get(arrondissement.id)).toBe(2);

    await removeProjectMember(staff.principal, id, lyon.id);
    const after = await closureOf(id);
    expect(after.has(lyon.id)).toBe(false);
    expect(after.has(arrondissement.id)).toBe(false);
    expect((await project(id)).population).toBe(saintEtienne.population);
    expect((await project(id)).departementId).not.toBeNull();
  });

  it("deletes the project with its memberships and closure rows", async () => {
    const staff = await makeUser("STAFF");
    const epci = await territory("EPCI", "244200770");
    const { id, code } = await createProjectTerritory(staff.principal, { name: "CRTE éphémère", code: uniqueCode(), description: null });
    await addProjectMember(staff.principal, id, epci.id);
    await deleteProjectTerritory(staff.principal, id);
    expect(await db.territory.findUnique({ where: { id } })).toBeNull();
    expect(await db.territoryAncestor.count({ where: { OR: [{ ancestorId: id }, { descendantId: id }] } })).toBe(0);
    expect(await db.territoryMembership.count({ where: { groupId: id } })).toBe(0);
    expect(await getTerritory("PROJET", code)).toBeNull();
    const audit = await db.auditLog.findMany({ where: { entity: "Territory", entityId: String(id) }, orderBy: { createdAt: "asc" } });
    expect(audit.map((row) => row.action)).toEqual(["territory.project.created", "territory.project.updated", "territory.project.deleted"]);
  });

  it("never holds another project, so the rows do not depend on the order projects are rebuilt in", async () => {
    const staff = await makeUser("STAFF");
    const epci = await territory("EPCI", "244200770");
    const saintEtienne = await territory("COMMUNE", "42218");
    const inner = await createProjectTerritory(staff.principal, { name: "Projet dans la métropole", code: uniqueCode(), description: null });
    await addProjectMember(staff.principal, inner.id, saintEtienne.id);
    const outer = await createProjectTerritory(staff.principal, { name: "Projet de la métropole", code: uniqueCode(), description: null });
    await addProjectMember(staff.principal, outer.id, epci.id);
    expect((await closureOf(outer.id)).has(inner.id)).toBe(false);
    const before = [...(await closureOf(outer.id)).entries()].sort();
    // The inner project rebuilt after the outer one (as a member change of it would do).
    await db.$transaction((tx) => rebuildProjectClosure(tx, outer.id));
    await db.$transaction((tx) => rebuildProjectClosure(tx, inner.id));
    expect([...(await closureOf(outer.id)).entries()].sort()).toEqual(before);
  });

  it("can rebuild every project's rows after the official closure was rebuilt", async () => {
    const staff = await makeUser("STAFF");
    const epci = await territory("EPCI", "244200770");
    const saintEtienne = await territory("COMMUNE", "42218");
    const { id } = await createProjectTerritory(staff.principal, { name: "À reconstruire", code: uniqueCode(), description: null });
    await addProjectMember(staff.principal, id, epci.id);
    const before = [...(await closureOf(id)).entries()].sort();
    await db.territoryAncestor.deleteMany({ where: { ancestorId: id, depth: { gt: 0 } } });
    expect((await closureOf(id)).has(saintEtienne.id)).toBe(false);
    expect(await rebuildAllProjectClosures(db)).toBeGreaterThanOrEqual(1);
    expect([...(await closureOf(id)).entries()].sort()).toEqual(before);
  });
});

describe("rules", () => {
  it("refuses a code already used by another project", async () => {
    const staff = await makeUser("STAFF");
    const code = uniqueCode();
    await createProjectTerritory(staff.principal, { name: "Premier", code, description: null });
    await expect(createProjectTerritory(staff.principal, { name: "Second", code, description: null })).rejects.toBeInstanceOf(ValidationError);
    const { id } = await createProjectTerritory(staff.principal, { name: "Troisième", code: uniqueCode(), description: null });
    await expect(updateProjectTerritory(staff.principal, id, { name: "Troisième", code, description: null })).rejects.toBeInstanceOf(ValidationError);
    // An official territory's code does not collide: codes are unique within a kind.
    await expect(
      createProjectTerritory(staff.principal, { name: "Même code qu'une commune", code: `42218-${randomUUID().slice(0, 4).toUpperCase()}`, description: null }),
    ).resolves.toBeTruthy();
  });

  it("accepts EPCI and communes only, once each", async () => {
    const staff = await makeUser("STAFF");
    const { id } = await createProjectTerritory(staff.principal, { name: "Règles", code: uniqueCode(), description: null });
    const loire = await territory("DEPARTEMENT", "42");
    await expect(addProjectMember(staff.principal, id, loire.id)).rejects.toBeInstanceOf(ValidationError);
    const commune = await territory("COMMUNE", "42218");
    await addProjectMember(staff.principal, id, commune.id);
    await expect(addProjectMember(staff.principal, id, commune.id)).rejects.toBeInstanceOf(ValidationError);
    await expect(addProjectMember(staff.principal, id, 2_000_000_000)).rejects.toBeInstanceOf(NotFoundError);
    await expect(removeProjectMember(staff.principal, id, loire.id)).rejects.toBeInstanceOf(NotFoundError);
    // A project is never a member of another.
    const other = await createProjectTerritory(staff.principal, { name: "Autre", code: uniqueCode(), description: null });
    await expect(addProjectMember(staff.principal, id, other.id)).rejects.toBeInstanceOf(ValidationError);
    // Only a PROJET can be edited here.
    await expect(addProjectMember(staff.principal, commune.id, loire.id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("finds EPCI and communes by name and by code", async () => {
    const staff = await makeUser("STAFF");
    const byName = await searchProjectMemberCandidates(staff.principal, "saint etienne");
    expect(byName.map((item) => item.code)).toEqual(expect.arrayContaining(["42218", "244200770"]));
    expect(byName.every((item) => item.kind === "EPCI" || item.kind === "COMMUNE")).toBe(true);
    expect((await searchProjectMemberCandidates(staff.principal, "244200770")).map((item) => item.code)).toEqual(["244200770"]);
    expect(await searchProjectMemberCandidates(staff.principal, "%%")).toEqual([]);
  });
});

describe("a pasted list of codes", () => {
  it("previews what it would add and what is wrong, then adds all or nothing in one audit row", async () => {
    const staff = await makeUser("STAFF");
    const { id } = await createProjectTerritory(staff.principal, { name: "Liste", code: uniqueCode(), description: null });
    const saintEtienne = await territory("COMMUNE", "42218");
    await addProjectMember(staff.principal, id, saintEtienne.id);

    const preview = await previewProjectMemberList(staff.principal, id, "42218\n244200770 ; 42095, 99999 n'importe");
    expect(preview.members.map((member) => [member.code, member.alreadyMember])).toEqual([
      ["42218", true],
      ["244200770", false],
      ["42095", false],
    ]);
    expect(preview).toMatchObject({ unknown: ["99999"], invalid: ["n'importe"], tooMany: false });

    // A wrong code: nothing is added, and the error names it.
    const audit = await db.auditLog.count({ where: { entityId: String(id) } });
    await expect(addProjectMembers(staff.principal, id, "244200770\n99999")).rejects.toThrow(ValidationError);
    expect((await getProjectTerritory(staff.principal, id))?.members.map((member) => member.code)).toEqual(["42218"]);

    const added = await addProjectMembers(staff.principal, id, "42218\n244200770\n42095");
    expect(added).toEqual({ added: expect.arrayContaining(["Saint-Étienne Métropole", (await territory("COMMUNE", "42095")).name]), already: 1 });
    expect((await getProjectTerritory(staff.principal, id))?.members.map((member) => member.code).sort()).toEqual(["244200770", "42095", "42218"]);
    expect(await db.auditLog.count({ where: { entityId: String(id) } })).toBe(audit + 1);
    // Everything already in: refused, nothing written.
    await expect(addProjectMembers(staff.principal, id, "42218")).rejects.toBeInstanceOf(ValidationError);
    await expect(previewProjectMemberList(staff.principal, saintEtienne.id, "42218")).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("permissions", () => {
  it("refuses a plain user and an organisation admin everywhere, and nothing changes", async () => {
    const staff = await makeUser("STAFF");
    const user = await makeUser();
    const orgAdmin = await makeUser();
    const actor = await db.actor.create({ data: { kind: "ASSOCIATION", name: "Asso", slug: `asso-${randomUUID()}`, searchKey: "asso", status: "PUBLISHED" } });
    await db.membership.create({ data: { userId: orgAdmin.id, actorId: actor.id, role: "ADMIN" } });
    const epci = await territory("EPCI", "244200770");
    const commune = await territory("COMMUNE", "42218");
    const { id, code } = await createProjectTerritory(staff.principal, { name: "Protégé", code: uniqueCode(), description: null });
    await addProjectMember(staff.principal, id, commune.id);
    const before = {
      row: await project(id),
      closure: [...(await closureOf(id)).entries()],
      audit: await db.auditLog.count({ where: { entityId: String(id) } }),
    };

    for (const who of [user.principal, orgAdmin.principal, null]) {
      await expect(createProjectTerritory(who, { name: "Pirate", code: uniqueCode(), description: null })).rejects.toBeInstanceOf(ForbiddenError);
      await expect(updateProjectTerritory(who, id, { name: "Pirate", code, description: null })).rejects.toBeInstanceOf(ForbiddenError);
      await expect(addProjectMember(who, id, epci.id)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(addProjectMembers(who, id, "244200770")).rejects.toBeInstanceOf(ForbiddenError);
      await expect(previewProjectMemberList(who, id, "244200770")).rejects.toBeInstanceOf(ForbiddenError);
      await expect(removeProjectMember(who, id, commune.id)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(deleteProjectTerritory(who, id)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(listProjectTerritories(who)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(getProjectTerritory(who, id)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(searchProjectMemberCandidates(who, "loire")).rejects.toBeInstanceOf(ForbiddenError);
    }
    expect(await project(id)).toEqual(before.row);
    expect([...(await closureOf(id)).entries()]).toEqual(before.closure);
    expect(await db.auditLog.count({ where: { entityId: String(id) } })).toBe(before.audit);
    expect(await db.territory.count({ where: { kind: "PROJET", name: "Pirate" } })).toBe(0);
  });
});
