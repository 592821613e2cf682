// A network head imports two local teams from its workspace: the same preview and job as the
// back office's import, the lines becoming its teams (pending moderation). The head and its admin
// are this spec's own (written into the database, the demo password's hash copied), so that no
// other spec's network changes. Another organisation's admin finds no such page.
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { expect as baseExpect, test } from "@playwright/test";
import { expectNoAxeViolations } from "../support/axe";
import { signIn } from "../support/auth";
import { withDatabase } from "../support/database";
import { demo } from "./fixtures";

const expect = baseExpect.configure({ timeout: 15_000 });
test.describe.configure({ timeout: 90_000 });

const HEADER = "nom;type;SIREN ou SIRET;e-mail de contact;site web;téléphone;description;code territoire;ODD";

async function makeHead() {
  const suffix = randomUUID().replaceAll("-", "").slice(0, 10);
  const head = { id: `tete${suffix}`, name: `Réseau Loire ${suffix}`, adminEmail: `tete-${suffix}@exemple.fr` };
  await withDatabase(async (client) => {
    await client.query(
      `INSERT INTO "User" (id, email, name, "passwordHash", "emailVerified", "updatedAt")
       SELECT $1, $2, 'Hélène Tête', "passwordHash", now(), now() FROM "User" WHERE email = 'utilisateur@demo.odd17.fr'`,
      [`usr${suffix}`, head.adminEmail],
    );
    await client.query(
      `INSERT INTO "Actor" (id, kind, name, slug, "searchKey", status, verified, "publishedAt", "updatedAt")
       VALUES ($1, 'ASSOCIATION', $2, $3, $4, 'PUBLISHED', true, now(), now())`,
      [head.id, head.name, `reseau-loire-${suffix}`, `reseau loire ${suffix}`],
    );
    await client.query(`INSERT INTO "Membership" ("userId", "actorId", role) VALUES ($1, $2, 'ADMIN')`, [`usr${suffix}`, head.id]);
  });
  return { ...head, suffix };
}

test("une tête de réseau importe deux équipes locales depuis son espace", async ({ page }) => {
  const head = await makeHead();
  await signIn(page, head.adminEmail);
  await page.goto(`/espace/organisations/${head.id}/reseau`);
  await page.getByRole("link", { name: "Importer des équipes locales" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Importer des équipes locales — ${head.name}`);
  await expect(page.getByRole("main")).toContainText("500 lignes au plus");
  await expectNoAxeViolations(page);

  const teams = [`Équipe Nord ${head.suffix}`, `Équipe Sud ${head.suffix}`];
  const csv = [HEADER, `${teams[0]};Association;;;;;;42218;11`, `${teams[1]};Association;;;;;;42095;`].join("\n");
  await page.getByLabel(/^Fichier CSV ou XLSX/).setInputFiles({ name: "equipes.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await page.getByRole("button", { name: "Voir l'aperçu" }).click();
  await expect(page).toHaveURL(new RegExp(`/espace/organisations/${head.id}/reseau/import\\?import=[0-9a-f-]{36}$`));
  await expect(page.getByRole("list", { name: "Aperçu de l'import" })).toContainText("2 lignes à créer");
  await expect(page.getByRole("main")).toContainText("deviennent des équipes locales de votre réseau");
  await expectNoAxeViolations(page);

  await page.getByRole("button", { name: "Importer 2 organisations" }).click();
  const dialog = page.getByRole("dialog", { name: "Importer 2 organisations ?" });
  await expect(dialog).toContainText("en attente de validation");
  await dialog.getByRole("button", { name: "Importer", exact: true }).click();
  await expect(page.getByRole("heading", { level: 2 })).toHaveText("Import terminé", { timeout: 30_000 });
  await expect(page.getByRole("main")).toContainText("2 organisations créées.");
  await expectNoAxeViolations(page);

  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Télécharger le rapport (CSV)" }).click();
  const report = readFileSync((await (await downloading).path())!, "utf8");
  for (const name of teams) expect(report).toContain(`${name};;créée`);

  // The two teams are the head's, waiting for moderation: the network page lists them.
  await page.goto(`/espace/organisations/${head.id}/reseau`);
  const section = page.getByRole("region", { name: "Équipes locales", exact: true });
  for (const name of teams) await expect(section).toContainText(name);
  const rows = await withDatabase(async (client) => {
    const { rows: found } = await client.query<{ status: string; parentId: string }>(`SELECT status, "parentId" FROM "Actor" WHERE name = ANY($1)`, [teams]);
    return found;
  });
  expect(rows).toEqual([
    { status: "PENDING", parentId: head.id },
    { status: "PENDING", parentId: head.id },
  ]);
});

test("l'admin d'une autre organisation n'a pas accès à l'import d'une tête de réseau", async ({ page }) => {
  const head = await makeHead();
  await signIn(page, demo.associationAdmin);
  for (const path of [`/espace/organisations/${head.id}/reseau/import`]) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
  }
  const template = await page.request.get(`/espace/organisations/${head.id}/reseau/import/modele`);
  expect(template.status()).toBe(403);
});
