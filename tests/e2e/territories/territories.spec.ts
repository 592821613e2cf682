import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "../support/axe";

const searchBox = (page: Page) => page.getByRole("searchbox", { name: "Rechercher un territoire" });

test.describe("territoires", () => {
  test("sans recherche, la page propose les 18 régions", async ({ page }) => {
    await page.goto("/territoires");
    await expect(page).toHaveTitle("Territoires — ODD 17 en pratiques");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Territoires");
    const browse = page.getByRole("region", { name: "Parcourir les régions" });
    await expect(browse.getByRole("link")).toHaveCount(18);
    await expectNoAxeViolations(page);

    await browse.getByRole("link", { name: "Auvergne-Rhône-Alpes" }).click();
    await expect(page).toHaveURL(/\/territoires\/region\/84$/);
    const departements = page.getByRole("region", { name: "Départements de la région" });
    await expect(departements.getByRole("link", { name: "Loire", exact: true })).toHaveAttribute("href", "/territoires/departement/42");
    await expectNoAxeViolations(page);
  });

  test("trouve Saint-Étienne et montre ses rattachements", async ({ page }) => {
    await page.goto("/territoires");
    await searchBox(page).fill("saint etienne");
    await page.getByRole("button", { name: "Rechercher" }).click();
    await expect(page).toHaveURL(/[?&]q=saint\+etienne/);
    await expect(page.getByRole("status")).toHaveText(/^\d+ territoires trouvés$/);
    await expect(page).toHaveTitle(/^Recherche « saint etienne » : \d+ territoires trouvés/);

    const results = page.getByRole("region", { name: "Résultats" });
    const first = results.getByRole("listitem").first();
    await expect(first.getByRole("link")).toHaveText("Saint-Étienne");
    await expect(first).toContainText("Commune");
    await expect(first).toContainText("42218");
    await expect(first).toContainText("Loire, Auvergne-Rhône-Alpes");
    await expect(first).toContainText(/\d{3}\s\d{3} habitants/);
    await expect(results.getByRole("navigation", { name: "Pagination" }).getByRole("link", { name: "Page suivante" })).toBeVisible();
    await expectNoAxeViolations(page);

    await first.getByRole("link", { name: "Saint-Étienne", exact: true }).click();
    await expect(page).toHaveURL(/\/territoires\/commune\/42218$/);
    await expect(page).toHaveTitle("Saint-Étienne (commune 42218) — ODD 17 en pratiques");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Saint-Étienne");

    const breadcrumbs = page.getByRole("navigation", { name: "Fil d'Ariane" });
    await expect(breadcrumbs.getByRole("link")).toHaveText(["Accueil", "Territoires", "Auvergne-Rhône-Alpes", "Loire", "Saint-Étienne Métropole"]);

    const parents = page.getByRole("region", { name: "Rattachements" });
    await expect(parents.getByRole("link", { name: "Auvergne-Rhône-Alpes" })).toHaveAttribute("href", "/territoires/region/84");
    await expect(parents.getByRole("link", { name: "Loire" })).toHaveAttribute("href", "/territoires/departement/42");
    await expect(parents.getByRole("link", { name: "Saint-Étienne Métropole" })).toHaveAttribute("href", "/territoires/epci/244200770");
    await expect(page.getByRole("heading", { level: 2, name: "Acteurs présents" })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: "Alliances" })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test("la page d'un EPCI liste ses communes membres, page par page", async ({ page }) => {
    await page.goto("/territoires/epci/244200770");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Saint-Étienne Métropole");
    await expect(page.getByRole("main")).toContainText("Métropole");
    const members = page.getByRole("region", { name: "Communes membres" });
    await expect(members.getByRole("link", { name: "Saint-Étienne", exact: true })).toHaveAttribute("href", "/territoires/commune/42218");
    const pagination = members.getByRole("navigation", { name: "Pagination" });
    await expect(pagination.getByRole("link", { name: "Page 1" })).toHaveAttribute("aria-current", "page");
    await expect(pagination.getByRole("link", { name: "Page précédente" })).toHaveCount(0);
    const firstPageCount = await members.getByRole("list").first().getByRole("listitem").count();
    expect(firstPageCount).toBe(50);
    await expectNoAxeViolations(page);

    await pagination.getByRole("link", { name: "Page suivante" }).click();
    await expect(page).toHaveURL(/\/territoires\/epci\/244200770\/page\/2$/);
    await expect(pagination.getByRole("link", { name: "Page 2" })).toHaveAttribute("aria-current", "page");
    await expect(pagination.getByRole("link", { name: "Page précédente" })).toBeVisible();
    await expect(members.getByRole("list").first().getByRole("listitem")).not.toHaveCount(0);
    await expectNoAxeViolations(page);
  });

  test("une recherche insolite ne provoque pas d'erreur", async ({ page }) => {
    await page.goto("/territoires");
    await searchBox(page).fill(`%_'"`);
    await page.getByRole("button", { name: "Rechercher" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Territoires");
    await expect(page.getByRole("status")).toHaveText("Aucun territoire trouvé");
    await expect(page.getByRole("main")).toContainText(`Aucun territoire ne correspond à « %_'" »`);
    await expectNoAxeViolations(page);

    for (const query of ["a".repeat(500), "🙂 saint 🙂", '\'; DROP TABLE "Territory"; --', "\\%"]) {
      const response = await page.goto(`/territoires?q=${encodeURIComponent(query)}&page=abc&kind=ville`);
      expect(response?.status()).toBe(200);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Territoires");
      await expect(page.getByRole("heading", { name: "Une erreur est survenue" })).toHaveCount(0);
    }
    await expect(searchBox(page)).toHaveValue("\\%");
    await expectNoAxeViolations(page);

    await page.goto(`/territoires?q=${"a".repeat(500)}`);
    await expect(searchBox(page)).toHaveValue("a".repeat(100));
  });

  test("filtre par type et trouve un code INSEE", async ({ page }) => {
    await page.goto("/territoires");
    await searchBox(page).fill("loire");
    await page.getByRole("combobox", { name: "Type de territoire" }).selectOption({ label: "Département" });
    await page.getByRole("button", { name: "Rechercher" }).click();
    await expect(page).toHaveURL(/kind=departement/);
    const results = page.getByRole("region", { name: "Résultats" });
    await expect(results.getByRole("listitem").first().getByRole("link")).toHaveText("Loire");
    await expect(results.getByRole("listitem").getByText("Commune", { exact: true })).toHaveCount(0);
    await expectNoAxeViolations(page);

    await page.goto("/territoires?q=42218");
    await expect(page.getByRole("region", { name: "Résultats" }).getByRole("listitem").first().getByRole("link")).toHaveText("Saint-Étienne");
  });

  test("trouve la commune d'aujourd'hui par « st », un ancien nom ou un ancien code", async ({ page }) => {
    const results = page.getByRole("region", { name: "Résultats" });
    await page.goto("/territoires");
    await searchBox(page).fill("st etienne");
    await page.getByRole("button", { name: "Rechercher" }).click();
    await expect(results.getByRole("listitem").first().getByRole("link")).toHaveText("Saint-Étienne");

    await page.goto("/territoires?q=rochetaillee");
    const saintEtienne = results.getByRole("listitem").filter({ has: page.getByRole("link", { name: "Saint-Étienne", exact: true }) });
    await expect(saintEtienne).toContainText("anciennement Rochetaillée");
    await expect(results.getByRole("listitem").first().getByRole("link")).toHaveText("Rochetaillée");
    await expectNoAxeViolations(page);

    await page.goto("/territoires?q=42291");
    const first = results.getByRole("listitem").first();
    await expect(first.getByRole("link")).toHaveText("Vêtre-sur-Anzon");
    await expect(first).toContainText("anciennement Saint-Thurin (42291)");

    await first.getByRole("link", { name: "Vêtre-sur-Anzon" }).click();
    await expect(page.getByRole("main")).toContainText("Saint-Thurin");
  });

  test("un EPCI à cheval sur deux départements figure sur chacun", async ({ page }) => {
    for (const code of ["07", "26"]) {
      await page.goto(`/territoires/departement/${code}`);
      const epci = page.getByRole("region", { name: "Intercommunalités (EPCI) du département" });
      await expect(epci.getByRole("link", { name: "CA Arche Agglo" })).toHaveAttribute("href", "/territoires/epci/200073096");
    }
    await expectNoAxeViolations(page);

    await page.goto("/territoires/epci/200073096");
    const parents = page.getByRole("region", { name: "Rattachements" });
    await expect(parents.getByText("Départements", { exact: true })).toBeVisible();
    await expect(parents.getByRole("link", { name: "Ardèche" })).toHaveAttribute("href", "/territoires/departement/07");
    await expect(parents.getByRole("link", { name: "Drôme" })).toHaveAttribute("href", "/territoires/departement/26");
    await expectNoAxeViolations(page);
  });

  test("un établissement public territorial se place entre la commune et la Métropole du Grand Paris", async ({ page }) => {
    await page.goto("/territoires/commune/93001");
    const breadcrumbs = page.getByRole("navigation", { name: "Fil d'Ariane" });
    await expect(breadcrumbs.getByRole("link")).toHaveText([
      "Accueil",
      "Territoires",
      "Île-de-France",
      "Seine-Saint-Denis",
      "Métropole du Grand Paris",
      "Plaine Commune",
    ]);
    const parents = page.getByRole("region", { name: "Rattachements" });
    await expect(parents.getByRole("link", { name: "Plaine Commune" })).toHaveAttribute("href", "/territoires/epci/200057867");
    await expectNoAxeViolations(page);

    await page.goto("/territoires/epci/200054781");
    const epts = page.getByRole("region", { name: "Établissements publics territoriaux" });
    await expect(epts.getByRole("link")).toHaveCount(11);
    await epts.getByRole("link", { name: "Plaine Commune" }).click();
    await expect(page.getByRole("main")).toContainText("Établissement public territorial");
    await expect(page.getByRole("region", { name: "Rattachements" }).getByRole("link", { name: "Métropole du Grand Paris" })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test("un territoire inconnu affiche la page 404 en français", async ({ page }) => {
    for (const path of ["/territoires/commune/99999", "/territoires/ville/42218", "/territoires/commune/%27%22"]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      await expect(page).toHaveTitle("Page introuvable — ODD 17 en pratiques");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page introuvable");
      await expect(page.getByRole("link", { name: "Retour à l'accueil" })).toBeVisible();
    }
    await expectNoAxeViolations(page);
  });

  test("aucun défilement horizontal à 320 pixels", async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 800 });
    for (const path of [
      "/",
      "/territoires",
      "/territoires?q=saint",
      "/territoires/commune/42218",
      "/territoires/epci/244200770",
      "/territoires/departement/42",
    ]) {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
      await expectNoAxeViolations(page);
    }
  });
});
