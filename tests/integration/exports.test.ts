// CSV exports on the real database: the streamed documents (BOM, header, rows, filters), cursor
// pagination past a page of 1,000 rows, the audit row of each download, and refusals for anyone
// without export.run (no data, no audit row).
import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import type { Principal } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { ForbiddenError } from "@/lib/errors";
import { listAuditLog } from "@/lib/admin/audit-log.queries";
import { openExport, type ExportParams } from "@/lib/exports/exports.queries";
import type { ExportList } from "@/lib/exports/exports";
import { makeUser } from "../support/factories";

const context = { baseUrl: "https://odd17.test", now: new Date("2026-11-28T10:00:00Z") };

afterAll(async () => {
  await db.$disconnect();
});

async function download(principal: Principal, list: ExportList, params: ExportParams = {}) {
  const { fileName, stream } = await openExport(principal, list, params, context);
  const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
  const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
  return {
    fileName,
    bytes,
    text,
    lines: text
      .replace(/^\uFEFF/, "")
      .split("\r\n")
      .filter(Boolean),
  };
}

describe("openExport", () => {
  it("streams the users of a search, with accents, organisations and a French header", async () => {
    const staff = await makeUser("STAFF");
    const tag = randomUUID().slice(0, 8);
    const user = await makeUser("USER", { name: "Élodie Dupré", email: `elodie-${tag}@exemple.fr`, confirmed: false });
    const actor = await db.actor.create({
      data: { kind: "ASSOCIATION", name: "Les Amis du Furan", slug: `amis-${tag}`, searchKey: "les amis du furan", status: "PUBLISHED" },
    });
    await db.membership.create({ data: { userId: user.id, actorId: actor.id, role: "ADMIN" } });

    const { fileName, bytes, lines } = await download(staff.principal, "utilisateurs", { q: `elodie-${tag}` });
    expect(fileName).toBe("utilisateurs-2026-11-28.csv");
    expect(Array.from(bytes.slice(0, 3))).toEqual([0xef, 0xbb, 0xbf]);
    expect(lines[0]).toBe("Nom;Adresse e-mail;Rôle;E-mail confirmé;Désactivé le;Organisations;Créé le");
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(
      new RegExp(`^Élodie Dupré;elodie-${tag}@exemple\\.fr;Utilisateur;non;;Les Amis du Furan \\(administrateur\\);\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}$`),
    );

    const [audit] = await db.auditLog.findMany({ where: { userId: staff.id, action: "export.downloaded" } });
    expect(audit).toMatchObject({ entity: "Export", entityId: "utilisateurs" });
    expect(audit.summary).toContain(`q=elodie-${tag}`);
  });

  it("exports organisations of every status, guarding formulas", async () => {
    const staff = await makeUser("STAFF");
    const tag = randomUUID().slice(0, 8);
    for (const status of ["DRAFT", "PENDING", "PUBLISHED", "REJECTED"] as const) {
      await db.actor.create({
        data: { kind: "ENTREPRISE", name: `=Org ${status} ${tag}`, slug: `org-${status.toLowerCase()}-${tag}`, searchKey: `org ${tag}`, status },
      });
    }
    const { lines } = await download(staff.principal, "organisations");
    expect(lines[0].split(";")).toEqual([
      "Nom",
      "Type",
      "Statut",
      "Vérifiée",
      "SIREN",
      "Site internet",
      "E-mail de contact",
      "Territoires",
      "Membres",
      "Créée le",
      "Publiée le",
      "Motif de refus",
      "Adresse de la fiche",
    ]);
    const mine = lines.filter((line) => line.includes(tag));
    expect(mine).toHaveLength(4);
    expect(mine.every((line) => line.startsWith("'=Org "))).toBe(true);
    expect(mine.map((line) => line.split(";")[2]).sort()).toEqual(["Brouillon", "En attente de validation", "Publiée", "Refusée"]);
    expect(mine.find((line) => line.includes("Publiée"))).toContain(`https://odd17.test/acteurs/org-published-${tag}`);
  });

  it("exports the moderation queue", async () => {
    const staff = await makeUser("STAFF");
    const actor = await db.actor.create({
      data: { kind: "ASSOCIATION", name: "Collectif « en attente »", slug: `attente-${randomUUID()}`, searchKey: "collectif en attente", status: "PENDING" },
    });
    const { lines } = await download(staff.principal, "moderation");
    expect(lines[0]).toBe("Type;Titre;Organisation;Soumise le;Première demande;Identifiant");
    expect(lines.find((line) => line.endsWith(actor.id))).toMatch(/^Organisation;Collectif « en attente »;Collectif « en attente »;[^;]+;oui;/);
  });

  it("reads the journal past a page of 1,000 rows, newest first, with the filters of the page", async () => {
    const staff = await makeUser("STAFF", { email: `journal-${randomUUID()}@exemple.fr` });
    const entityId = `lot-${randomUUID()}`;
    const start = Date.parse("2026-11-20T09:00:00Z");
    await db.auditLog.createMany({
      data: Array.from({ length: 1005 }, (_, i) => ({
        userId: staff.id,
        action: "role.granted",
        entity: "User",
        entityId,
        summary: `Entrée ${i}; "citée"`,
        // Ten rows share each instant: the cursor must break ties by id.
        createdAt: new Date(start + Math.floor(i / 10) * 1000),
      })),
    });
    const { lines } = await download(staff.principal, "journal", { audit: { entityId, from: "2026-11-20", to: "2026-11-20" } });
    expect(lines[0]).toBe("Date;Auteur;Adresse e-mail;Action;Code de l'action;Élément;Identifiant de l'élément;Résumé;Adresse IP");
    const rows = lines.slice(1);
    expect(rows).toHaveLength(1005);
    const numbers = rows.map((line) => Number(/Entrée (\d+)/.exec(line)![1]));
    expect(new Set(numbers).size).toBe(1005);
    expect(numbers[0]).toBeGreaterThanOrEqual(1000);
    expect(numbers.at(-1)).toBeLessThan(10);
    expect(rows[0]).toContain(`;Rôle attribué;role.granted;Compte;${entityId};"Entrée`);
    expect(rows[0]).toContain('""citée""');

    // Another day: nothing.
    const empty = await download(staff.principal, "journal", { audit: { entityId, from: "2026-11-21" } });
    expect(empty.lines).toHaveLength(1);
  });
});

describe("the journal page", () => {
  it("filters by author, action, element and Paris days, 50 a page, newest first", async () => {
    const staff = await makeUser("STAFF");
    const author = await makeUser("USER", { email: `Auteur-${randomUUID()}@Exemple.fr` });
    const entityId = `page-${randomUUID()}`;
    await db.auditLog.createMany({
      data: [
        // 23:30 UTC on the 27th is the 28th in Paris.
        { userId: author.id, actorEmail: author.email, action: "auth.signin", entity: "User", entityId, createdAt: new Date("2026-11-27T23:30:00Z") },
        { userId: author.id, actorEmail: author.email, action: "auth.signin", entity: "User", entityId, createdAt: new Date("2026-11-27T22:30:00Z") },
        { userId: author.id, actorEmail: author.email, action: "role.granted", entity: "User", entityId, createdAt: new Date("2026-11-28T12:00:00Z") },
        { userId: null, action: "auth.signin", entity: "User", entityId, createdAt: new Date("2026-11-28T12:00:00Z") },
      ],
    });
    const who = author.email.slice(0, 20).toLowerCase();
    const page = await listAuditLog(staff.principal, { filters: { who, action: "auth.signin", from: "2026-11-28", to: "2026-11-28" } });
    expect(page.items.map((item) => item.createdAt.toISOString())).toEqual(["2026-11-27T23:30:00.000Z"]);
    const all = await listAuditLog(staff.principal, { filters: { entityId, entity: "User" } });
    expect(all.pageInfo).toMatchObject({ total: 4, pageSize: 50 });
    expect(all.items[0].createdAt >= all.items[3].createdAt).toBe(true);
    for (const principal of [author.principal, null]) {
      await expect(listAuditLog(principal, { filters: {} })).rejects.toBeInstanceOf(ForbiddenError);
    }
  });
});

describe("permissions", () => {
  it("refuses a plain user and an organisation admin every list, with no audit row", async () => {
    const user = await makeUser();
    const orgAdmin = await makeUser();
    const actor = await db.actor.create({ data: { kind: "ASSOCIATION", name: "Asso", slug: `asso-${randomUUID()}`, searchKey: "asso", status: "PUBLISHED" } });
    await db.membership.create({ data: { userId: orgAdmin.id, actorId: actor.id, role: "ADMIN" } });
    for (const who of [user, orgAdmin]) {
      for (const list of ["utilisateurs", "organisations", "moderation", "journal"] as const) {
        await expect(openExport(who.principal, list, {}, context)).rejects.toBeInstanceOf(ForbiddenError);
      }
      expect(await db.auditLog.count({ where: { userId: who.id } })).toBe(0);
    }
    await expect(openExport(null, "utilisateurs", {}, context)).rejects.toBeInstanceOf(ForbiddenError);
  });
});
