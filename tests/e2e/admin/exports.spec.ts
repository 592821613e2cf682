import { expect, test, type Download, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "../support/axe";
import { demoAccounts, sendSignInForm, signIn } from "../support/auth";

async function bytesOf(download: Download): Promise<Buffer> {
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks);
}

async function downloadFrom(page: Page, linkName: string | RegExp) {
  const pending = page.waitForEvent("download");
  await page.getByRole("link", { name: linkName }).click();
  const download = await pending;
  const bytes = await bytesOf(download);
  // Strip the BOM only after checking it: what Excel needs to read UTF-8.
  const text = bytes.subarray(3).toString("utf8");
  return { download, bytes, text, lines: text.split("\r\n").filter(Boolean) };
}

test.describe("back-office : exports CSV", () => {
  test("la liste des comptes se télécharge en CSV pour Excel : BOM, point-virgule, accents", async ({ page }) => {
    await signIn(page, demoAccounts.staff, { goTo: "/admin/utilisateurs?q=demo.odd17.fr" });
    const { download, bytes, lines } = await downloadFrom(page, "Télécharger la liste des comptes (CSV)");
    expect(download.suggestedFilename()).toMatch(/^utilisateurs-\d{4}-\d{2}-\d{2}\.csv$/);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(lines[0]).toBe("Nom;Adresse e-mail;Rôle;E-mail confirmé;Désactivé le;Organisations;Créé le");
    expect(lines[0]).toContain("é");
    const edouard = lines.find((line) => line.includes("entreprise@demo.odd17.fr"));
    expect(edouard).toContain("Édouard Entreprise");
    expect(edouard).toContain("Forez Numérique (démo) (administrateur)");
    expect(lines.find((line) => line.includes(demoAccounts.admin))).toContain(";Administrateur;");
  });

  test("la page des exports propose chaque liste ; les organisations de tous statuts", async ({ page }) => {
    await signIn(page, demoAccounts.staff, { goTo: "/admin/exports" });
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Exports");
    await expect(page.getByRole("main")).toContainText("UTF-8 avec BOM et point-virgule comme séparateur");
    await expectNoAxeViolations(page);

    const { download, lines } = await downloadFrom(page, "Télécharger (CSV) : Organisations");
    expect(download.suggestedFilename()).toMatch(/^organisations-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(lines[0].split(";").slice(0, 4)).toEqual(["Nom", "Type", "Statut", "Vérifiée"]);
    expect(lines.find((line) => line.startsWith("Mission ODD de Saint-Étienne Métropole (démo);"))).toContain(";Collectivité;Publiée;");

    const queue = await downloadFrom(page, "Télécharger (CSV) : File de modération");
    expect(queue.lines[0]).toBe("Type;Titre;Organisation;Soumise le;Première demande;Identifiant");
  });

  test("l'export est inscrit au journal d'audit", async ({ page }) => {
    await signIn(page, demoAccounts.admin, { goTo: "/admin/exports" });
    await downloadFrom(page, "Télécharger (CSV) : Utilisateurs");
    await page.goto("/admin/journal?action=export.downloaded&qui=admin%40demo");
    const table = page.getByRole("table", { name: "Entrées du journal d'audit, de la plus récente à la plus ancienne" });
    await expect(table.getByRole("row").filter({ hasText: "Export CSV « Utilisateurs »" }).first()).toContainText("Export CSV téléchargé");
    await expectNoAxeViolations(page);
  });

  test("une connexion échouée est une tentative sur le compte visé, avec son adresse IP", async ({ page, browser }) => {
    const target = `tentative-${Date.now()}@exemple.fr`;
    const visitor = await (await browser.newContext({ locale: "fr-FR" })).newPage();
    await visitor.goto("/connexion");
    await sendSignInForm(visitor, target, { password: "pas le bon mot de passe" });
    await expect(visitor.getByRole("alert").first()).toBeVisible();
    await visitor.context().close();

    await signIn(page, demoAccounts.staff, { goTo: "/admin/journal?action=auth.signin.failed" });
    const table = page.getByRole("table", { name: "Entrées du journal d'audit, de la plus récente à la plus ancienne" });
    await expect(table.getByRole("columnheader", { name: "Adresse IP" })).toBeVisible();
    const row = table.getByRole("row").filter({ hasText: `Tentative sur le compte ${target}` });
    await expect(row).toContainText("Échec de connexion");
    await expect(row.getByRole("cell").last()).toHaveText(/^(::1|127\.0\.0\.1|::ffff:127\.0\.0\.1)$/);
    await expectNoAxeViolations(page);
  });
});
