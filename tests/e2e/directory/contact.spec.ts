import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "../support/axe";
import { signIn } from "../support/auth";
import { expectFormKeepsValues } from "../support/forms";
import { readMailbox } from "../support/mailbox";

const profile = "/acteurs/forez-numerique-demo";

test.describe("contacter une organisation", () => {
  test("un visiteur anonyme est invité à se connecter", async ({ page }) => {
    await page.goto(profile);
    const section = page.getByRole("region", { name: "Contacter Forez Numérique (démo)" });
    await expect(section.getByRole("link", { name: "Connectez-vous" })).toHaveAttribute("href", /callbackUrl=%2Facteurs%2Fforez-numerique-demo/);
    await expect(section.getByRole("textbox")).toHaveCount(0);
  });

  test("un utilisateur connecté écrit ; les administrateurs reçoivent le message", async ({ page }) => {
    await signIn(page, "membre@demo.odd17.fr");
    await page.goto(profile);
    const section = page.getByRole("region", { name: "Contacter Forez Numérique (démo)" });
    await section.getByLabel("Objet").fill("Ateliers numériques");
    await section.getByLabel("Votre message").fill("court");
    await section.getByRole("button", { name: "Envoyer le message" }).click();
    await expect(section.getByLabel("Votre message")).toHaveAccessibleDescription(/au moins 20 caractères/);
    await expect(section.getByLabel("Objet")).toHaveValue("Ateliers numériques");
    await expectNoAxeViolations(page);
    await expectFormKeepsValues(page, "actor.contact", { invalid: (form) => form.getByLabel("Votre message").fill("court") });
    await section.getByLabel("Objet").fill("Ateliers numériques");

    await section.getByLabel("Votre message").fill("Bonjour, notre association cherche des bénévoles pour ses ateliers numériques.");
    await section.getByRole("button", { name: "Envoyer le message" }).click();
    await expect(page.getByRole("status").filter({ hasText: "a été envoyé" })).toBeVisible();

    await readMailbox(page, "entreprise@demo.odd17.fr", async (mailbox) => {
      await expect(mailbox.getByRole("article").filter({ hasText: "Ateliers numériques" }).first()).toContainText("membre@demo.odd17.fr");
    });
  });
});
