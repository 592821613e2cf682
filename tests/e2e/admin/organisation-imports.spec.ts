import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "../support/axe";
import { demoAccounts, signIn } from "../support/auth";
import { withDatabase } from "../support/database";
import { expectFormKeepsValues } from "../support/forms";

const IMPORT_PAGE = "/admin/imports/organisations";
const FIXTURE = path.join(process.cwd(), "tests/fixtures/organisations-import.csv");

/** The digits followed by the Luhn key that makes them valid (SIREN: 8 + 1, SIRET: 13 + 1). */
function withLuhnKey(body: string): string {
  for (let key = 0; key <= 9; key += 1) {
    const digits = `${body}${key}`;
    const sum = [...digits].reverse().reduce((total, c, i) => {
      const d = Number(c) * (i % 2 === 1 ? 2 : 1);
      return total + (d > 9 ? d - 9 : d);
    }, 0);
    if (sum % 10 === 0) return digits;
  }
  throw new Error("unreachable");
}

/**
 * The fixture with this run's names and SIRENs (a retry must not meet the first attempt's
 * organisations as duplicates); its errors and duplicates are the fixture's own.
 */
function fixtureForThisRun(tag: string): { name: string; mimeType: string; buffer: Buffer } {
  const stamp = String(Date.now() % 100_000_000).padStart(8, "1");
  const sirenA = withLuhnKey(stamp);
  const sirenB = withLuhnKey(String((Number(stamp) + 1) % 100_000_000).padStart(8, "2"));
  const text = readFileSync(FIXTURE, "utf8")
    .replaceAll("(import)", `(import ${tag})`)
    .replace("261973069", sirenA)
    .replace("14026066200006", withLuhnKey(`${sirenB}0000`))
    .replace("140 260 662", sirenB);
  return { name: "organisations-import.csv", mimeType: "text/csv", buffer: Buffer.from(text) };
}

const preview = (page: Page) => page.getByRole("table", { name: /^Aperçu : 6 lignes du fichier/ });
const row = (page: Page, name: string) =>
  preview(page)
    .getByRole("row")
    .filter({ has: page.getByRole("rowheader", { name, exact: true }) });

test.describe("back-office : import d'organisations", () => {
  test("l'équipe dépose le fichier exemple, voit les erreurs et les doublons, confirme, télécharge le rapport et trouve l'organisation", async ({ page }) => {
    test.setTimeout(120_000);
    const tag = Date.now().toString(36);
    await signIn(page, demoAccounts.staff, { goTo: IMPORT_PAGE });
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Importer des organisations");
    await expect(page.getByRole("navigation", { name: "Navigation du back-office" }).getByRole("link", { name: "Import d'organisations" })).toHaveAttribute(
      "aria-current",
      "page",
    );
    await expectNoAxeViolations(page);

    // The template: the header in French, then examples.
    const template = await page.request.get((await page.getByRole("link", { name: "Télécharger le modèle (CSV)" }).getAttribute("href")) ?? "");
    expect(template.status()).toBe(200);
    expect(template.headers()["content-type"]).toContain("text/csv");
    expect(await template.text()).toContain("nom;type;SIREN ou SIRET;e-mail de contact;site web;téléphone;description;code territoire;ODD");

    // A file that is neither CSV nor XLSX is refused on the form, which keeps it.
    await expectFormKeepsValues(page, "organisation-import.upload", {
      invalid: (form) =>
        form.getByLabel(/^Fichier CSV ou XLSX/).setInputFiles({ name: "notes.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.7\n\0\0") }),
    });
    await expect(page.getByLabel(/^Fichier CSV ou XLSX/)).toHaveAccessibleDescription(/ni un CSV en UTF-8 ni un classeur Excel/);

    await page.getByLabel(/^Fichier CSV ou XLSX/).setInputFiles(fixtureForThisRun(tag));
    await page.getByRole("button", { name: "Voir l'aperçu" }).click();
    await expect(page).toHaveURL(/\/admin\/imports\/organisations\?import=[0-9a-f-]{36}$/);
    await expect(page.getByRole("heading", { level: 2 })).toHaveText("Aperçu de l'import — organisations-import.csv");
    const counts = page.getByRole("list", { name: "Aperçu de l'import" });
    await expect(counts).toContainText("2 lignes à créer");
    await expect(counts).toContainText("2 lignes en double");
    await expect(counts).toContainText("2 lignes en erreur");
    await expect(row(page, `Jardins partagés du Furan (import ${tag})`)).toContainText("À créer");
    const wrong = row(page, `Atelier sans clé (import ${tag})`);
    await expect(wrong).toContainText("En erreur");
    await expect(wrong).toContainText("Le SIREN ou SIRET est invalide");
    await expect(wrong).toContainText("L'e-mail de contact est invalide.");
    await expect(wrong).toContainText("Le site web doit être une adresse complète en https://.");
    await expect(row(page, `Club inconnu (import ${tag})`)).toContainText("Code territoire inconnu : « 99999 ».");
    await expect(row(page, `Solaire Forézien bis (import ${tag})`)).toContainText("Même SIREN que la ligne 3.");
    await expect(row(page, "Forez Numérique (démo)")).toContainText("Une organisation « Forez Numérique (démo) » existe déjà sur ce territoire.");
    await expectNoAxeViolations(page);

    // Nothing is written before the confirmation: the directory does not know the new name yet.
    const directory = await page.context().newPage();
    await directory.goto(`/acteurs?q=${encodeURIComponent(`Jardins partagés du Furan import ${tag}`)}`);
    await expect(directory.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(directory.getByRole("link", { name: `Jardins partagés du Furan (import ${tag})` })).toHaveCount(0);
    await directory.close();

    await page.getByRole("button", { name: "Importer 2 organisations" }).click();
    const dialog = page.getByRole("dialog", { name: "Importer 2 organisations ?" });
    await expectNoAxeViolations(page);
    // The worker writes the import under the import's advisory lock: held here, the job waits
    // with its progress shown, until the lock is released (then the page refreshes by itself).
    const importId = new URL(page.url()).searchParams.get("import") ?? "";
    await withDatabase(async (client) => {
      await client.query(`SELECT pg_advisory_lock(hashtext($1))`, [`organisation-import:${importId}`]);
      try {
        await dialog.getByRole("button", { name: "Importer", exact: true }).click();
        await expect(page.getByRole("heading", { level: 2 })).toHaveText("Import en cours — organisations-import.csv");
        await expect(page.getByRole("status").filter({ hasText: /^(Import en attente de démarrage…|0 ligne traitée sur 6\.)$/ })).toBeVisible();
        await expect(page.getByRole("progressbar", { name: "Avancement de l'import" })).toBeVisible();
        await expectNoAxeViolations(page);
      } finally {
        await client.query(`SELECT pg_advisory_unlock(hashtext($1))`, [`organisation-import:${importId}`]);
      }
    });
    // The job runs in the server's worker: on a busy machine, more than the default 5 s.
    await expect(page.getByRole("heading", { level: 2 })).toHaveText("Import terminé", { timeout: 30_000 });
    await expect(page.getByRole("main")).toContainText("2 organisations créées.");
    await expect(page.getByRole("main")).toContainText("2 lignes ignorées car en double, 2 lignes ignorées car en erreur.");
    await expectNoAxeViolations(page);

    const downloading = page.waitForEvent("download");
    await page.getByRole("link", { name: "Télécharger le rapport (CSV)" }).click();
    const report = readFileSync((await (await downloading).path())!, "utf8");
    expect(report).toContain("ligne;nom;siren;résultat;détail;identifiant de l'organisation");
    expect(report).toMatch(new RegExp(`2;Jardins partagés du Furan \\(import ${tag}\\);\\d{9};créée;;\\S+`));
    expect(report).toContain("Même SIREN que la ligne 3.");
    expect(report).toMatch(/5;Club inconnu .*;;en erreur;Type inconnu/);

    // The new organisation is in the public directory.
    await page.goto(`/acteurs?q=${encodeURIComponent(`Jardins partagés du Furan import ${tag}`)}`);
    await expect(page.getByRole("link", { name: `Jardins partagés du Furan (import ${tag})` })).toBeVisible();

    // The same file again: everything is a duplicate or an error now; the preview is cancelled.
    await page.goto(IMPORT_PAGE);
    await page.getByLabel(/^Fichier CSV ou XLSX/).setInputFiles(fixtureForThisRun(tag));
    await page.getByRole("button", { name: "Voir l'aperçu" }).click();
    await expect(page.getByRole("list", { name: "Aperçu de l'import" })).toContainText("0 ligne à créer");
    await expect(row(page, `Jardins partagés du Furan (import ${tag})`)).toContainText(/SIREN déjà utilisé|existe déjà sur ce territoire/);
    await expect(page.getByRole("button", { name: /^Importer/ })).toHaveCount(0);
    await page.getByRole("button", { name: "Annuler l'import" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Import annulé : le fichier déposé a été supprimé." })).toBeVisible();
    await expect(page.getByRole("button", { name: "Voir l'aperçu" })).toBeVisible();
  });

  test("un import en échec le dit en français et peut être relancé", async ({ page }) => {
    const tag = Date.now().toString(36);
    await signIn(page, demoAccounts.staff, { goTo: IMPORT_PAGE });
    await page.getByLabel(/^Fichier CSV ou XLSX/).setInputFiles(fixtureForThisRun(tag));
    await page.getByRole("button", { name: "Voir l'aperçu" }).click();
    await expect(page).toHaveURL(/\?import=[0-9a-f-]{36}$/);
    const importId = new URL(page.url()).searchParams.get("import") ?? "";
    // A failure as the worker leaves it after its last attempt: made directly, no page makes a job fail on purpose.
    await withDatabase((client) =>
      client.query(`UPDATE "OrganisationImport" SET status = 'FAILED', error = $2 WHERE id = $1`, [
        importId,
        "L'import n'a pas pu aboutir : aucune organisation n'a été créée. Vous pouvez le relancer ; l'incident est aussi visible dans la liste des tâches en échec.",
      ]),
    );
    await page.reload();
    await expect(page.getByRole("heading", { level: 2 })).toHaveText("L'import a échoué — organisations-import.csv");
    await expect(page.getByRole("alert").filter({ hasText: "aucune organisation n'a été créée" })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: "Relancer l'import" }).click();
    // The job runs in the server's worker: on a busy machine, more than the default 5 s.
    await expect(page.getByRole("heading", { level: 2 })).toHaveText("Import terminé", { timeout: 30_000 });
    await expect(page.getByRole("main")).toContainText("2 organisations créées.");
  });
});
