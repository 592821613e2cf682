import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "../support/axe";
import { expectFormKeepsValues } from "../support/forms";
import { demoAccounts, newSignedInPage, signIn } from "../support/auth";
import { withDatabase } from "../support/database";

const PENDING = "Collectif des jardins partagés (démo)";
const PENDING_SLUG = "collectif-en-attente-demo";

const queue = (page: Page) => page.getByRole("list", { name: "Demandes en attente de modération" });
const itemOf = (page: Page, title: string) => queue(page).getByRole("article", { name: title });

// The tests of this file run in order: the journal test reads the approval of the first one.
test.describe.configure({ mode: "serial" });

test.describe("back-office : modération", () => {
  test("l'équipe refuse sans motif (refusé), puis approuve l'organisation en attente, qui devient publique", async ({ page }) => {
    await signIn(page, demoAccounts.staff, { goTo: "/admin/moderation" });
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Modération");
    await expect(page).toHaveTitle("Modération — Back-office — ODD 17 en pratiques");
    const item = itemOf(page, PENDING);
    await expect(item).toContainText("Organisation");
    await expect(item).toContainText("Première demande de publication.");
    await expect(item).toContainText("Association");
    await expectNoAxeViolations(page);

    // Not public yet.
    const before = await page.request.get(`/acteurs/${PENDING_SLUG}`);
    expect(before.status()).toBe(404);

    // A reason too short is refused and stays as typed, the summary in focus.
    await expectFormKeepsValues(page, "moderation.decision", {
      within: item,
      invalid: (form) => form.getByLabel("Motif du refus").fill("Non"),
      submit: (form) => form.getByRole("button", { name: `Refuser « ${PENDING} »` }),
    });
    // A refusal needs a reason: the server says so next to the field, and nothing changes.
    await item.getByLabel("Motif du refus").fill("");
    await item.getByRole("button", { name: `Refuser « ${PENDING} »` }).click();
    // Under the field and in the summary above, which links to it.
    await expect(item.getByLabel("Motif du refus")).toHaveAccessibleDescription(/Indiquez le motif du refus \(5 caractères au moins\)\./);
    await expect(item.getByRole("alert").filter({ has: page.getByRole("link", { name: /^Motif du refus : Indiquez le motif du refus/ }) })).toBeFocused();
    await expect(item.getByLabel("Motif du refus")).toHaveAttribute("aria-invalid", "true");
    await expectNoAxeViolations(page);

    await item.getByRole("button", { name: `Approuver et publier « ${PENDING} »` }).click();
    // No navigation: the message takes the focus at the top of the list, the item has left it.
    await expect(page.getByRole("status").filter({ hasText: `L'organisation « ${PENDING} » est approuvée et publiée.` })).toBeFocused();
    await expect(page).toHaveURL(/\/admin\/moderation$/);
    await expect(itemOf(page, PENDING)).toHaveCount(0);
    await expectNoAxeViolations(page);

    await page.goto(`/acteurs/${PENDING_SLUG}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(PENDING);
    await expectNoAxeViolations(page);
  });

  test("la décision figure au journal d'audit, filtré par action", async ({ page }) => {
    await signIn(page, demoAccounts.staff, { goTo: "/admin/journal" });
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Journal d'audit");
    await expectNoAxeViolations(page);

    const filters = page.getByRole("search", { name: "Filtrer le journal" });
    await filters.getByLabel("Action").selectOption({ label: "Demande approuvée (modération)" });
    await filters.getByLabel("Auteur").fill("rameau@demo");
    await filters.getByRole("button", { name: "Filtrer" }).click();
    await expect(page).toHaveURL(/[?&]action=moderation\.approved/);
    const table = page.getByRole("table", { name: "Entrées du journal d'audit, de la plus récente à la plus ancienne" });
    const row = table.getByRole("row").filter({ hasText: PENDING });
    await expect(row).toContainText("Demande approuvée (modération)");
    await expect(row).toContainText("Organisation");
    await expect(row).toContainText("rameau@demo.odd17.fr");
    await expectNoAxeViolations(page);

    // The CSV of these entries carries the same filters.
    const download = page.waitForEvent("download");
    await page.getByRole("link", { name: "Télécharger ces entrées (CSV)" }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^journal-\d{4}-\d{2}-\d{2}\.csv$/);
    const text = (await readDownload(file)).toString("utf8");
    expect(text).toContain(PENDING);
    expect(text).not.toContain("auth.signin");
  });

  test("l'équipe filtre la file, prend un besoin en charge et refuse deux besoins d'un coup avec un motif enregistré, que l'association lit dans son espace", async ({
    page,
    browser,
  }) => {
    const token = Date.now().toString(36);
    const [inLoire, alsoInLoire, inLyon] = [`Besoin de local ${token}`, `Besoin de bénévoles ${token}`, `Besoin lyonnais ${token}`];
    const ids = await withDatabase(async (client) => {
      const { rows } = await client.query<{ id: string; title: string }>(
        `INSERT INTO "Need" (id, "actorId", title, description, mode, theme, "territoryId", status, "updatedAt")
         SELECT 'e2e-' || md5(random()::text), a.id, t.title, 'Un besoin à modérer.', 'MECENAT', 'MOBILITE', tr.id, 'PENDING', now()
         FROM "Actor" a, (VALUES ($1, '42218'), ($2, '42218'), ($3, '69123')) AS t(title, code)
         JOIN "Territory" tr ON tr.kind = 'COMMUNE' AND tr.code = t.code
         WHERE a.name = 'Les Liens du Furan (démo)' RETURNING id, title`,
        [inLoire, alsoInLoire, inLyon],
      );
      return new Map(rows.map((row) => [row.title, row.id]));
    });
    const reasonLabel = `Lieu imprécis ${token}`;
    const reasonText = "Précisez le lieu du besoin : quartier, adresse ou établissement.";

    // A reusable reason, written once.
    await signIn(page, demoAccounts.staff, { goTo: "/admin/moderation/motifs" });
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Motifs de refus enregistrés");
    await expectFormKeepsValues(page, "moderation.reason.save", { invalid: (form) => form.getByLabel("Nom du motif").fill("ab") });
    await page.getByLabel("Nom du motif").fill(reasonLabel);
    await page.getByLabel("Texte envoyé à l'organisation").fill(reasonText);
    await page.getByRole("button", { name: "Enregistrer le motif" }).click();
    await expect(page.getByRole("status").filter({ hasText: `Le motif « ${reasonLabel} » est enregistré.` })).toBeFocused();
    await expect(page.getByRole("heading", { level: 3, name: reasonLabel })).toBeVisible();
    await expectNoAxeViolations(page);

    // The needs of the Loire only.
    await page.goto("/admin/moderation");
    const filters = page.getByRole("search", { name: "Filtrer la file" });
    await filters.getByLabel("Type de demande").selectOption({ label: "Besoin" });
    await filters.getByLabel("Territoire").selectOption({ label: "Loire (42)" });
    await filters.getByRole("button", { name: "Filtrer" }).click();
    await expect(page).toHaveURL(/type=need&territoire=departement-42/);
    await expect(itemOf(page, inLoire)).toBeVisible();
    await expect(itemOf(page, alsoInLoire)).toBeVisible();
    await expect(itemOf(page, inLyon)).toHaveCount(0);
    await expectNoAxeViolations(page);

    // Taken in charge: the item says so, and offers to give it back.
    await itemOf(page, inLoire)
      .getByRole("button", { name: `Prendre en charge « ${inLoire} »` })
      .click();
    await expect(itemOf(page, inLoire)).toContainText(/Prise en charge par vous depuis \d{2}:\d{2}\./);
    await expect(itemOf(page, inLoire).getByRole("button", { name: `Libérer « ${inLoire} »` })).toBeVisible();

    // Nothing checked: refused, the reason chosen and typed kept.
    const bulk = page.getByRole("region", { name: "Décision groupée" });
    await expectFormKeepsValues(page, "moderation.bulk", {
      invalid: async () => {},
      submit: (form) => form.getByRole("button", { name: "Refuser les demandes cochées" }),
      confirm: "Confirmer la décision",
    });
    await expect(bulk.getByRole("alert")).toContainText("Cochez au moins une demande dans la liste.");

    // Both refused at once, with the saved reason, after a confirmation.
    await page.getByRole("checkbox", { name: `Sélectionner « ${inLoire} »` }).check();
    await page.getByRole("checkbox", { name: `Sélectionner « ${alsoInLoire} »` }).check();
    await bulk.getByLabel("Motif enregistré").selectOption({ label: reasonLabel });
    await expect(bulk.getByLabel("Motif du refus")).toHaveValue(reasonText);
    await bulk.getByRole("button", { name: "Refuser les demandes cochées" }).click();
    const dialog = page.getByRole("dialog", { name: "Appliquer cette décision aux demandes cochées ?" });
    await expectNoAxeViolations(page);
    await dialog.getByRole("button", { name: "Confirmer la décision" }).click();
    // The queue, filtered, is now empty: the outcome stays in its place all the same.
    await expect(page.getByRole("status").filter({ hasText: "2 demandes refusées. Les organisations ont été prévenues par e-mail." })).toBeFocused();
    await expect(itemOf(page, inLoire)).toHaveCount(0);
    await expect(itemOf(page, alsoInLoire)).toHaveCount(0);
    await expectNoAxeViolations(page);

    // The association reads the reason in its workspace, not only in its mailbox.
    const association = await newSignedInPage(browser, "association@demo.odd17.fr");
    await association.goto(`/espace/besoins-offres/besoins/${ids.get(inLoire)}`);
    await expect(association.getByRole("main")).toContainText(`Motif du refus : ${reasonText}`);
    await expectNoAxeViolations(association);
    await association.context().close();
  });

  test("un administrateur d'organisation n'a pas accès à la modération", async ({ page }) => {
    await signIn(page, "association@demo.odd17.fr");
    const response = await page.goto("/admin/moderation");
    expect(response?.status()).toBe(403);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Accès refusé");
    await expectNoAxeViolations(page);
  });
});

async function readDownload(file: { createReadStream(): Promise<NodeJS.ReadableStream> }): Promise<Buffer> {
  const stream = await file.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks);
}
