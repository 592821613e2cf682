import { expect, test, type Page } from "@playwright/test";
import { signIn } from "../support/auth";
import { expectNoAxeViolations } from "../support/axe";
import { MAILBOX_READER } from "../support/mailbox";

// The specs run the production build with DEV_MAILBOX=true: the mailbox then holds every
// account's sign-in links, so it must open to a signed-in platform admin and to no one else
// (issue #18). Anyone else gets the same 404 as a server without the switch.
const recipient = "utilisateur@demo.odd17.fr";

async function expectNoMailbox(page: Page) {
  for (const path of ["/dev/mailbox", `/dev/mailbox?to=${encodeURIComponent(recipient)}`]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { name: "Boîte aux lettres de développement" })).toHaveCount(0);
    await expect(page.getByRole("article")).toHaveCount(0);
    await expect(page.getByText("/connexion/lien?token=")).toHaveCount(0);
  }
}

async function askForSignInLink(page: Page) {
  await page.goto("/connexion");
  await page.getByLabel(/^Adresse e-mail pour recevoir le lien/).fill(recipient);
  await page.getByRole("button", { name: "Recevoir un lien" }).click();
  await expect(page.getByRole("status").filter({ hasText: recipient })).toBeVisible();
}

test.describe("boîte aux lettres de développement", () => {
  test("un visiteur anonyme ne la trouve pas, même après avoir fait envoyer un lien", async ({ page }) => {
    await askForSignInLink(page);
    await expectNoMailbox(page);
  });

  test("un compte connecté qui n'est pas administrateur de la plateforme ne la trouve pas", async ({ page }) => {
    await signIn(page, recipient);
    await expectNoMailbox(page);
  });

  test("l'équipe du RAMEAU (back-office) ne la trouve pas non plus", async ({ page }) => {
    await signIn(page, "rameau@demo.odd17.fr");
    await expectNoMailbox(page);
  });

  test("l'administrateur de la plateforme lit les e-mails, avec leurs liens cliquables", async ({ page }) => {
    await askForSignInLink(page);
    await signIn(page, MAILBOX_READER.email, { password: MAILBOX_READER.password });

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

    // Other specs may e-mail the same demo account meanwhile: take the newest sign-in link. With
    // no SMTP server the mailbox is how the link is delivered, so it is kept working.
    const newest = messages.filter({ hasText: /lien de connexion/i }).first();
    const link = newest.getByRole("link").first();
    const href = await link.getAttribute("href");
    expect(href).toMatch(/^http:\/\/localhost:\d+\/connexion\/lien\?token=[A-Za-z0-9_-]{20,}$/);
    await expect(link).toHaveText(href!);
    await expectNoAxeViolations(page);

    await page.getByRole("link", { name: "Afficher tous les e-mails" }).click();
    await expect(page).toHaveURL(/\/dev\/mailbox$/);

    await page.goto("/dev/mailbox?to=personne%40exemple.test");
    await expect(page.getByText("Aucun e-mail envoyé à personne@exemple.test.")).toBeVisible();
    await expect(page.getByRole("article")).toHaveCount(0);
    await expectNoAxeViolations(page);
  });
});
