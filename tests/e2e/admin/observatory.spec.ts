import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "../support/axe";
import { demoAccounts, signIn } from "../support/auth";

const main = (page: Page) => page.getByRole("main");
const adminNav = (page: Page) => page.getByRole("navigation", { name: "Navigation du back-office" });

test.describe("back-office : observatoire", () => {
  test("l'équipe voit les chiffres, la carte et les graphiques, change de mesure et filtre sur une région", async ({ page }) => {
    test.setTimeout(90_000);
    await signIn(page, demoAccounts.staff, { goTo: "/admin" });
    await adminNav(page).getByRole("link", { name: "Observatoire" }).click();
    await expect(page).toHaveURL(/\/admin\/observatoire$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Observatoire");
    await expect(page).toHaveTitle("Observatoire — Back-office — ODD 17 en pratiques");
    await expect(adminNav(page).getByRole("link", { name: "Observatoire" })).toHaveAttribute("aria-current", "page");

    // Seven key figures; the demo data has published actors.
    const figures = main(page).getByRole("region", { name: "Chiffres clés" });
    await expect(figures.getByRole("definition")).toHaveCount(7);
    await expect(figures.getByRole("term").filter({ hasText: /acteurs? publiés?/ })).toBeVisible();

    // The map of actors by région, with its table.
    const maps = main(page).getByRole("region", { name: "Cartes" });
    await expect(maps.getByRole("heading", { name: "Carte des acteurs publiés par région" })).toBeVisible();
    const actorTable = maps.getByRole("table", { name: "Nombre d'acteurs publiés par région" });
    await expect(actorTable.getByRole("row", { name: /Auvergne-Rhône-Alpes \(84\)/ })).toBeVisible();

    // Charts are images with a name, each followed by its data.
    const charts = main(page).getByRole("region", { name: "Graphiques" });
    await expect(charts.getByRole("img", { name: "Acteurs et alliances par région" })).toBeVisible();
    await expect(charts.getByRole("img", { name: "Alliances par mode" })).toBeVisible();
    await expect(charts.getByRole("img", { name: "Diagnostics terminés par mois" })).toBeVisible();
    await expectNoAxeViolations(page);

    await charts.getByText("Voir les données : alliances par mode").click();
    const modes = charts.getByRole("table", { name: "Alliances publiées par mode" });
    await expect(modes.getByRole("row", { name: /Mécénat/ })).toBeVisible();
    const pending = page.waitForEvent("download");
    await charts.getByRole("link", { name: "Télécharger les données « alliances par mode » (CSV)" }).click();
    const download = await pending;
    expect(download.suggestedFilename()).toMatch(/^observatoire-alliances-par-mode-\d{4}-\d{2}-\d{2}\.csv$/);
    const chunks: Buffer[] = [];
    for await (const chunk of await download.createReadStream()) chunks.push(Buffer.from(chunk as Buffer));
    const lines = Buffer.concat(chunks).subarray(3).toString("utf8").split("\r\n");
    expect(lines[0]).toBe("Mode;Alliances");
    expect(lines.some((line) => /^Mécénat;\d+$/.test(line))).toBe(true);

    // Another measure and scale, through the map's GET form.
    await maps.getByRole("combobox", { name: "Mesure" }).selectOption({ label: "Alliances publiées" });
    await maps.getByRole("combobox", { name: "Échelle" }).selectOption({ label: "Départements" });
    await maps.getByRole("button", { name: "Afficher la carte" }).click();
    await expect(page).toHaveURL(/mesure=alliances/);
    await expect(page).toHaveURL(/echelle=departement/);
    await expect(maps.getByRole("heading", { name: "Carte des alliances publiées par département" })).toBeVisible();
    await expect(maps.getByRole("table", { name: "Nombre d'alliances publiées par département" })).toBeVisible();
    await expectNoAxeViolations(page);

    // The région filter keeps the measure chosen above.
    await main(page).getByRole("combobox", { name: "Région" }).selectOption({ label: "Auvergne-Rhône-Alpes" });
    await main(page)
      .getByRole("combobox", { name: /^Période/ })
      .selectOption({ label: "Depuis le début" });
    await main(page).getByRole("button", { name: "Appliquer les filtres" }).click();
    await expect(page).toHaveURL(/region=84/);
    await expect(page).toHaveURL(/mesure=alliances/);
    await expect(main(page)).toContainText("Auvergne-Rhône-Alpes — depuis le début");
    await expect(main(page).getByRole("combobox", { name: "Région" })).toHaveValue("84");
    await expectNoAxeViolations(page);
  });

  test("aucun défilement horizontal à 320 pixels, données ouvertes", async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 800 });
    await signIn(page, demoAccounts.staff, { goTo: "/admin/observatoire?echelle=departement" });
    for (const summary of await page.locator("details > summary").all()) await summary.click();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page);
  });

  test("un utilisateur sans rôle reçoit « Accès refusé », et aucune donnée en CSV", async ({ page }) => {
    await signIn(page, demoAccounts.user);
    const response = await page.goto("/admin/observatoire");
    expect(response?.status()).toBe(403);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Accès refusé");
    await expect(adminNav(page)).toHaveCount(0);
    await expectNoAxeViolations(page);

    for (const dataset of ["regions", "carte", "inconnu"]) {
      const csv = await page.request.get(`/admin/observatoire/donnees/${dataset}`, { maxRedirects: 0 });
      expect(csv.status(), dataset).toBe(403);
      expect(csv.headers()["content-disposition"]).toBeUndefined();
    }
  });
});
