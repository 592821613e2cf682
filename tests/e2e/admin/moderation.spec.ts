import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "../support/axe";
import { expectFormKeepsValues } from "../support/forms";
import { demoAccounts, signIn } from "../support/auth";

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
    await expect(page).toHaveURL(/\/admin\/moderation\?fait=approuve&type=actor&id=/);
    await expect(page.getByRole("status").filter({ hasText: `L'organisation « ${PENDING} » est approuvée et publiée.` })).toBeFocused();
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
