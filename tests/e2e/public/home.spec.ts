import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "../support/axe";

test.describe("accueil", () => {
  test("présente la plateforme, ses chiffres et la navigation", async ({ page }) => {
    await page.goto("/");
    await expect(page).toHaveTitle(/^ODD 17 en pratiques/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Des partenariats territoriaux pour l'ODD 17");
    await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
    await expect(page.getByRole("banner")).toBeVisible();
    await expect(page.getByRole("main")).toBeVisible();
    await expect(page.getByRole("contentinfo")).toBeVisible();

    const figures = page.getByRole("region", { name: "La plateforme en chiffres" });
    await expect(figures.getByRole("definition").first()).toHaveText("18");
    await expect(figures).toContainText("régions");
    await expect(figures).toContainText("101");
    await expect(figures).toContainText("départements");
    await expect(figures).toContainText("acteurs publiés");

    await expect(page.getByRole("region", { name: "Quatre modes d'alliance" }).getByRole("heading", { level: 3 })).toHaveText([
      /Mécénat/,
      /Pratiques responsables/,
      /Coopération économique/,
      /Innovation sociétale/,
    ]);

    const nav = page.getByRole("navigation", { name: "Menu principal" });
    for (const [name, href] of [
      ["Territoires", "/territoires"],
      ["Acteurs", "/acteurs"],
      ["Alliances", "/alliances"],
      ["Ressources", "/ressources"],
      ["ODD 17", "/odd/17"],
    ]) {
      await expect(nav.getByRole("link", { name, exact: true })).toHaveAttribute("href", href);
    }
    await expectNoAxeViolations(page);

    await page.getByRole("link", { name: "Explorer les territoires" }).click();
    await expect(page).toHaveURL(/\/territoires$/);
    await expect(nav.getByRole("link", { name: "Territoires", exact: true })).toHaveAttribute("aria-current", "page");
    await expectNoAxeViolations(page);
  });

  test("le lien d'évitement mène au contenu", async ({ page }) => {
    await page.goto("/");
    await page.keyboard.press("Tab");
    const skipLink = page.getByRole("link", { name: "Aller au contenu" });
    await expect(skipLink).toBeFocused();
    await expect(skipLink).toBeVisible();
    await expectNoAxeViolations(page);
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/#contenu$/);
    await expect(page.getByRole("main")).toBeFocused();
  });

  test("le menu se replie sur mobile et s'utilise au clavier", async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto("/");
    const nav = page.getByRole("navigation", { name: "Menu principal" });
    const territories = nav.getByRole("link", { name: "Territoires", exact: true });
    await expect(territories).toBeHidden();
    await nav.getByText("Menu", { exact: true }).focus();
    await page.keyboard.press("Enter");
    await expect(territories).toBeVisible();
    await expectNoAxeViolations(page);
    await page.keyboard.press("Tab");
    await expect(territories).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/territoires$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Territoires");
  });

  test("le pied de page mène aux mentions légales et à la déclaration d'accessibilité", async ({ page }) => {
    await page.goto("/");
    const footer = page.getByRole("contentinfo");
    await expect(footer).toContainText("Données : Découpage administratif (Etalab), Licence Ouverte 2.0");

    await footer.getByRole("link", { name: "Mentions légales" }).click();
    await expect(page).toHaveURL(/\/mentions-legales$/);
    await expect(page).toHaveTitle("Mentions légales — ODD 17 en pratiques");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mentions légales");
    await expect(page.getByRole("heading", { name: "Données et licences" })).toBeVisible();
    await expectNoAxeViolations(page);

    await page.getByRole("contentinfo").getByRole("link", { name: /^Accessibilité/ }).click();
    await expect(page).toHaveURL(/\/accessibilite$/);
    await expect(page).toHaveTitle("Déclaration d'accessibilité — ODD 17 en pratiques");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Déclaration d'accessibilité");
    const main = page.getByRole("main");
    await expect(main).toContainText("conformité partielle");
    await expect(main).toContainText("RGAA), version 4.1");
    await expect(main.getByRole("heading", { name: "Voies de recours" })).toBeVisible();
    await expect(main.getByRole("link", { name: /@/ })).toHaveAttribute("href", /^mailto:/);
    await expectNoAxeViolations(page);
  });
});
