import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "../support/axe";

const recipient = "utilisateur@demo.odd17.fr";

test.describe("boîte aux lettres de développement", () => {
  test("montre les e-mails envoyés, avec leurs liens cliquables, sans connexion", async ({ page }) => {
    // Any e-mail will do: ask for a sign-in link for a demo account.
    await page.goto("/connexion");
    await page.getByLabel(/^Adresse e-mail pour recevoir le lien/).fill(recipient);
    await page.getByRole("button", { name: "Recevoir un lien" }).click();
    await expect(page.getByRole("status").filter({ hasText: recipient })).toBeVisible();

    const response = await page.goto("/dev/mailbox");
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Boîte aux lettres de développement");
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
    await expect(page.getByRole("article").first()).toBeVisible();
    await expectNoAxeViolations(page);

    await page.getByRole("searchbox", { name: "Filtrer par destinataire" }).fill(recipient.toUpperCase());
    await page.getByRole("button", { name: "Filtrer", exact: true }).click();
    await expect(page).toHaveURL(/\/dev\/mailbox\?to=UTILISATEUR%40DEMO\.ODD17\.FR$/);
    const messages = page.getByRole("article");
    await expect(messages.first()).toBeVisible();
    for (const message of await messages.all()) await expect(message).toContainText(recipient);

    // Other specs may e-mail the same demo account meanwhile: take the newest sign-in link.
    const newest = messages.filter({ hasText: /lien de connexion/i }).first();
    const link = newest.getByRole("link").first();
    const href = await link.getAttribute("href");
    expect(href).toMatch(/^http:\/\/localhost:\d+\/connexion\/lien\?token=/);
    await expect(link).toHaveText(href!);
    await expectNoAxeViolations(page);

    await page.getByRole("link", { name: "Afficher tous les e-mails" }).click();
    await expect(page).toHaveURL(/\/dev\/mailbox$/);
  });

  test("un destinataire sans e-mail donne une liste vide", async ({ page }) => {
    await page.goto("/dev/mailbox?to=personne%40exemple.test");
    await expect(page.getByText("Aucun e-mail envoyé à personne@exemple.test.")).toBeVisible();
    await expect(page.getByRole("article")).toHaveCount(0);
    await expectNoAxeViolations(page);
  });
});
