import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "../support/axe";

// Runs on the demonstration data: 13 published actors (plus one pending), 3 published alliances
// (plus one draft), on Saint-Étienne, Nantes and the Creuse.

// The count of results is the heading of the results region.
const status = (page: Page) => page.getByRole("heading", { level: 2, name: /trouvé/ });
const filters = (page: Page) => page.getByRole("region", { name: "Affiner la recherche" });
const results = (page: Page) => page.getByRole("region", { name: "Résultats" });

test.describe("annuaire des acteurs", () => {
  test("recherche à facettes : l'URL garde l'état et le bouton retour fonctionne", async ({ page }) => {
    await page.goto("/acteurs");
    await expect(page).toHaveTitle("Acteurs — ODD 17 en pratiques");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Annuaire des acteurs");
    await expect(status(page)).toHaveText("13 acteurs trouvés");
    await expect(filters(page).getByRole("checkbox", { name: /^Entreprise/ })).toHaveAccessibleName("Entreprise (4)");
    await expectNoAxeViolations(page);

    await filters(page)
      .getByRole("checkbox", { name: /^Entreprise/ })
      .check();
    await filters(page).getByRole("button", { name: "Appliquer les filtres" }).click();
    await expect(page).toHaveURL(/\/acteurs\?type=entreprise$/);
    await expect(status(page)).toHaveText("4 acteurs trouvés");
    await expect(filters(page).getByRole("checkbox", { name: /^Entreprise/ })).toBeChecked();
    await expectNoAxeViolations(page);

    await page.getByRole("searchbox", { name: "Rechercher un acteur" }).fill("NUMERIQUE");
    await page.getByRole("button", { name: "Rechercher", exact: true }).click();
    await expect(page).toHaveURL(/\/acteurs\?q=NUMERIQUE&type=entreprise$/);
    await expect(status(page)).toHaveText("1 acteur trouvé");
    await expect(results(page).getByRole("heading", { level: 3 })).toHaveText(["Forez Numérique (démo)"]);
    await expect(page).toHaveTitle(/^Acteurs : « NUMERIQUE », 1 résultat/);

    await page.goBack();
    await expect(page).toHaveURL(/\/acteurs\?type=entreprise$/);
    await expect(status(page)).toHaveText("4 acteurs trouvés");

    await page.getByRole("link", { name: "Retirer le filtre : Entreprise" }).click();
    await expect(page).toHaveURL(/\/acteurs$/);
    await expect(status(page)).toHaveText("13 acteurs trouvés");
  });

  test("la liste affichée se télécharge en CSV, avec ses filtres et toutes ses pages", async ({ page }) => {
    await page.goto("/acteurs?type=entreprise&tri=nom");
    await expect(status(page)).toHaveText("4 acteurs trouvés");
    const link = results(page).getByRole("link", { name: "Télécharger cette liste (CSV)" });
    await expect(link).toHaveAttribute("href", "/api/v1/acteurs?type=entreprise&format=csv");
    await expect(link).toHaveAccessibleDescription(/^4 lignes, toutes les pages/);
    const csv = await page.request.get((await link.getAttribute("href"))!);
    expect(csv.headers()["content-type"]).toBe("text/csv; charset=utf-8");
    const [header, ...rows] = (await csv.text()).trim().split(/\r?\n/);
    expect(header).toContain("nom;type");
    expect(rows).toHaveLength(4);
    for (const row of rows) expect(row.split(";")[2]).toBe("entreprise");

    // The resource centre offers the same: its facets go to the kits' collection.
    await page.goto("/ressources?categorie=methode");
    await expect(page.getByRole("link", { name: "Télécharger cette liste (CSV)" })).toHaveAttribute("href", "/api/v1/kits?categorie=methode&format=csv");
  });

  test("un territoire choisi par autocomplétion sépare les acteurs dedans et autour", async ({ page }) => {
    await page.goto("/acteurs");
    const place = page.getByRole("combobox", { name: "Territoire" });
    await place.fill("saint-eti");
    const option = page.getByRole("option", { name: /^Saint-Étienne \(Commune, Loire/ });
    await expect(option).toBeVisible();
    await expectNoAxeViolations(page);
    await option.click();

    await expect(page).toHaveURL(/\/acteurs\?territoire=commune-42218$/);
    await expect(page).toHaveTitle("Acteurs de Saint-Étienne — ODD 17 en pratiques");
    await expect(status(page)).toHaveText("7 acteurs trouvés");
    const items = results(page)
      .getByRole("listitem")
      .filter({ has: page.getByRole("heading", { level: 3 }) });
    await expect(items.filter({ hasText: "Dans le territoire" })).toHaveCount(2);
    await expect(items.filter({ hasText: "Agit plus largement, dont Saint-Étienne" })).toHaveCount(5);
    // The actors inside come first.
    await expect(items.first()).toContainText("Dans le territoire");
    await expectNoAxeViolations(page);

    await filters(page).getByRole("radio", { name: "Dans ce territoire (2)" }).check();
    await filters(page).getByRole("button", { name: "Appliquer les filtres" }).click();
    await expect(page).toHaveURL(/territoire=commune-42218&portee=dedans$/);
    await expect(status(page)).toHaveText("2 acteurs trouvés");
    await expect(results(page).getByRole("heading", { level: 3 })).toHaveText(["Forez Numérique (démo)", "Les Liens du Furan (démo)"]);

    await page.getByRole("link", { name: "Retirer le territoire Saint-Étienne" }).click();
    await expect(page).toHaveURL(/\/acteurs$/);
  });

  test("sans JavaScript, le lieu saisi propose des territoires à choisir", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/acteurs");
    await page.getByRole("combobox", { name: "Territoire" }).fill("loire");
    await page.getByRole("button", { name: "Rechercher", exact: true }).click();
    await expect(page).toHaveURL(/\/acteurs\?lieu=loire$/);
    const suggestions = page.getByRole("region", { name: "Territoires correspondant à « loire »" });
    await suggestions.getByRole("link", { name: "Loire", exact: true }).click();
    await expect(page).toHaveURL(/\/acteurs\?territoire=departement-42$/);
    // 6 inside the Loire, and the laboratory acting on the whole région around it.
    await expect(status(page)).toHaveText("7 acteurs trouvés");
    await context.close();
  });

  test("un profil d'acteur publié, et 404 pour les autres", async ({ page }) => {
    await page.goto("/acteurs?type=entreprise");
    await results(page).getByRole("link", { name: "Forez Numérique (démo)" }).click();
    await expect(page).toHaveURL(/\/acteurs\/forez-numerique-demo$/);
    await expect(page).toHaveTitle("Forez Numérique (démo) — ODD 17 en pratiques");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Forez Numérique (démo)");
    await expect(page.getByRole("navigation", { name: "Fil d'Ariane" }).getByRole("link")).toHaveText(["Accueil", "Acteurs"]);
    await expect(page.getByRole("region", { name: "Territoires d'action" }).getByRole("link", { name: "Saint-Étienne" })).toHaveAttribute(
      "href",
      "/territoires/commune/42218",
    );
    await expect(page.getByRole("region", { name: "Objectifs de développement durable" }).getByRole("listitem")).toHaveText([/ODD 4/, /ODD 9/, /ODD 17/]);
    const alliances = page.getByRole("region", { name: "Alliances" });
    await expect(alliances.getByRole("link", { name: "Inclusion numérique des seniors du Furan (démo)" })).toBeVisible();
    await expect(alliances).toContainText("Chef de file : Mécène de compétences");
    await expect(page.getByRole("region", { name: "Ce qu'elle propose" })).toContainText("Mécénat de compétences numériques (démo)");
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", "Forez Numérique (démo)");
    await expectNoAxeViolations(page);

    for (const path of ["/acteurs/collectif-en-attente-demo", "/acteurs/inconnu", "/acteurs/%27%22%3Cb%3E"]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page introuvable");
    }
    await expectNoAxeViolations(page);
  });

  test("toute adresse donne une page valide, jamais une erreur", async ({ page }) => {
    const queries = [
      `q=${"a".repeat(500)}`,
      "q=%25_%27%22&type=ville&odd=99&mode=<b>&page=-4",
      `q=${encodeURIComponent(`'; DROP TABLE "Actor"; --`)}&territoire=${encodeURIComponent("commune-'; --")}`,
      "territoire=commune-99999&tri=prix&vue=3d&portee=partout",
      "page=99999999999999999999&odd=1e3",
      `q=${encodeURIComponent("<script>alert(1)</script>")}`,
    ];
    for (const query of queries) {
      for (const path of ["/acteurs", "/alliances"]) {
        const response = await page.goto(`${path}?${query}`);
        expect(response?.status(), `${path}?${query}`).toBe(200);
        await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
        await expect(page.getByRole("heading", { name: "Une erreur est survenue" })).toHaveCount(0);
      }
    }
    await page.goto(`/acteurs?q=${encodeURIComponent("<script>alert(1)</script>")}`);
    await expect(page.getByRole("searchbox", { name: "Rechercher un acteur" })).toHaveValue("<script>alert(1)</script>");
    await expect(page.getByRole("main")).toContainText("Aucun acteur ne correspond à cette recherche");
    await expectNoAxeViolations(page);

    await page.goto("/acteurs?territoire=commune-99999");
    await expect(page.getByRole("main")).toContainText("Le territoire indiqué dans l'adresse n'existe pas");

    await page.goto("/acteurs?page=3");
    await expect(page.getByRole("main")).toContainText("Cette page n'existe pas");
    await page.getByRole("link", { name: "Revenir à la première page" }).click();
    await expect(page).toHaveURL(/\/acteurs$/);
    await expect(status(page)).toHaveText("13 acteurs trouvés");
  });

  test("la carte compte les résultats par département et filtre au clic", async ({ page }) => {
    await page.goto("/acteurs?vue=carte");
    await expect(page.getByRole("link", { name: "Carte" })).toHaveAttribute("aria-current", "page");
    await expect(page.getByText("Contours : IGN GEOFLA, via france-geojson")).toBeVisible();
    const table = page.getByRole("table", { name: "Nombre de résultats par département" });
    await expect(table.getByRole("row", { name: /Loire \(42\)/ })).toContainText("6");
    await expectNoAxeViolations(page);

    await table.getByRole("link", { name: "Loire (42)" }).click();
    await expect(page).toHaveURL(/\/acteurs\?territoire=departement-42&vue=carte$/);
    await expect(status(page)).toHaveText("7 acteurs trouvés");
    await page.locator('svg a[href="/acteurs?territoire=departement-23&vue=carte"]').click();
    await expect(page).toHaveURL(/territoire=departement-23&vue=carte$/);
    await expect(status(page)).toHaveText("2 acteurs trouvés");

    // Zoomed out: the same search by région.
    await page.getByRole("navigation", { name: "Échelle de la carte" }).getByRole("link", { name: "Régions" }).click();
    await expect(page).toHaveURL(/territoire=departement-23&vue=carte&echelle=region$/);
    const regions = page.getByRole("table", { name: "Nombre de résultats par région" });
    await expect(regions.getByRole("row", { name: /Auvergne-Rhône-Alpes \(84\)/ })).toContainText("7");
    await expectNoAxeViolations(page);
    await regions.getByRole("link", { name: "Pays de la Loire (52)" }).click();
    await expect(page).toHaveURL(/territoire=region-52&vue=carte&echelle=region$/);
    await expect(status(page)).toHaveText("3 acteurs trouvés");
  });
});

test.describe("alliances", () => {
  test("la vitrine filtre par mode, et la fiche montre partenaires, étape et cibles", async ({ page }) => {
    await page.goto("/alliances");
    await expect(page).toHaveTitle("Alliances — ODD 17 en pratiques");
    await expect(status(page)).toHaveText("3 alliances trouvées");
    await expect(results(page).getByRole("link", { name: "Laboratoire d'innovation sociétale de l'estuaire (démo)" })).toHaveCount(0);
    await expectNoAxeViolations(page);

    await filters(page).getByRole("checkbox", { name: "Mécénat (1)" }).check();
    await filters(page).getByRole("button", { name: "Appliquer les filtres" }).click();
    await expect(page).toHaveURL(/\/alliances\?mode=mecenat$/);
    await expect(status(page)).toHaveText("1 alliance trouvée");

    await results(page).getByRole("link", { name: "Inclusion numérique des seniors du Furan (démo)" }).click();
    await expect(page).toHaveURL(/\/alliances\/inclusion-numerique-seniors-furan-demo$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Inclusion numérique des seniors du Furan (démo)");
    const partners = page.getByRole("region", { name: "Partenaires" });
    await expect(partners.getByRole("listitem")).toHaveCount(2);
    await expect(partners.getByRole("listitem").first()).toContainText("Chef de file");
    await expect(page.getByRole("main")).toContainText("Depuis septembre 2025");
    await expect(page.getByRole("region", { name: "Cibles de l'ODD 17" }).getByRole("link")).toHaveText(["Cible 17.9", "Cible 17.17"]);
    await expectNoAxeViolations(page);

    await page.goBack();
    await expect(page).toHaveURL(/\/alliances\?mode=mecenat$/);
    const response = await page.goto("/alliances/laboratoire-innovation-estuaire-demo");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page introuvable");
  });

  test("les alliances d'un territoire, dedans et autour", async ({ page }) => {
    await page.goto("/alliances?territoire=commune-42218");
    await expect(status(page)).toHaveText("2 alliances trouvées");
    await expect(filters(page).getByRole("radio", { name: "Dans ce territoire (1)" })).toBeVisible();
    await expect(filters(page).getByRole("radio", { name: "Autour : territoires qui le contiennent (1)" })).toBeVisible();
    await expectNoAxeViolations(page);
  });
});

test.describe("objectifs de développement durable", () => {
  test("les 17 objectifs, puis les 19 cibles de l'ODD 17 avec leurs alliances et ressources", async ({ page }) => {
    await page.goto("/odd");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Les 17 objectifs de développement durable");
    await expect(page.getByRole("main").getByRole("listitem")).toHaveCount(17);
    await expectNoAxeViolations(page);

    await page.getByRole("link", { name: /^17 Partenariats pour la réalisation des objectifs/ }).click();
    await expect(page).toHaveURL(/\/odd\/17$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Partenariats pour la réalisation des objectifs");
    await expect(page.getByRole("heading", { level: 2 })).toHaveText([
      "Finances",
      "Technologie",
      "Renforcement des capacités",
      "Commerce",
      "Questions structurelles",
    ]);
    await expect(page.locator('li[id^="cible-17-"]')).toHaveCount(19);
    await expect(page.getByText("Formulation française à confirmer")).toHaveCount(3);
    const target = page.locator("#cible-17-17");
    for (const title of [
      "Filière bois circulaire en Creuse (démo)",
      "Emploi local et achats responsables (démo)",
      "Inclusion numérique des seniors du Furan (démo)",
      "Construire une alliance en 7 étapes (démo)",
    ]) {
      await expect(target.getByRole("link", { name: title })).toBeVisible();
    }
    await expect(page.locator("#cible-17-1")).toContainText("Aucune alliance publiée pour cette cible.");
    await expectNoAxeViolations(page);

    for (const path of ["/odd/18", "/odd/0", "/odd/017"]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
    }
  });
});

test.describe("pages de territoire et référencement", () => {
  test("la page d'un territoire liste ses acteurs et alliances, et mène à l'annuaire filtré", async ({ page }) => {
    await page.goto("/territoires/commune/42218");
    const actors = page.getByRole("region", { name: "Acteurs présents" });
    await expect(actors.getByRole("heading", { level: 3 })).toHaveText(["Forez Numérique (démo)", "Les Liens du Furan (démo)"]);
    await expect(page.getByRole("region", { name: "Alliances" }).getByRole("heading", { level: 3 })).toHaveText([
      "Inclusion numérique des seniors du Furan (démo)",
    ]);
    await expectNoAxeViolations(page);
    await actors.getByRole("link", { name: "Voir tous les acteurs de ce territoire" }).click();
    await expect(page).toHaveURL(/\/acteurs\?territoire=commune-42218$/);
    await expect(status(page)).toHaveText("7 acteurs trouvés");
  });

  test("robots.txt et les sitemaps", async ({ request }) => {
    const robots = await (await request.get("/robots.txt")).text();
    for (const path of ["/espace", "/admin", "/dev", "/api"]) expect(robots).toContain(`Disallow: ${path}`);
    // robots.txt names the index, which names every split sitemap by its absolute address.
    expect(robots).toMatch(/Sitemap: http:\/\/[^/]+\/sitemap\.xml/);
    const index = await request.get("/sitemap.xml");
    expect(index.status()).toBe(200);
    expect(index.headers()["content-type"]).toContain("application/xml");
    const indexXml = await index.text();
    expect(indexXml).toContain("<sitemapindex");
    for (const id of ["pages", "territoires", "communes", "ressources", "acteurs-0", "alliances-0"])
      expect(indexXml).toMatch(new RegExp(`<loc>http://[^<]+/sitemap/${id}\\.xml</loc>`));
    const kits = await (await request.get("/sitemap/ressources.xml")).text();
    expect(kits).toContain("/ressources/grille-co-construction-partenariat-demo</loc>");
    expect(kits).toMatch(/<lastmod>\d{4}-\d{2}-\d{2}/);
    const actors = await request.get("/sitemap/acteurs-0.xml");
    expect(actors.status()).toBe(200);
    const xml = await actors.text();
    expect(xml).toContain("/acteurs/forez-numerique-demo</loc>");
    expect(xml).not.toContain("collectif-en-attente-demo");
    expect(await (await request.get("/sitemap/pages.xml")).text()).toContain("/odd/17</loc>");
    expect(await (await request.get("/sitemap/territoires.xml")).text()).toContain("/territoires/epci/244200770</loc>");
  });

  test("la page d'un territoire porte son adresse canonique absolue et ses balises Open Graph", async ({ page }) => {
    await page.goto("/territoires/commune/42218");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Saint-Étienne");
    const head = page.locator("head");
    await expect(head.locator('link[rel="canonical"]')).toHaveAttribute("href", /^https?:\/\/[^/]+\/territoires\/commune\/42218$/);
    await expect(head.locator('meta[property="og:url"]')).toHaveAttribute("content", /^https?:\/\/[^/]+\/territoires\/commune\/42218$/);
    await expect(head.locator('meta[property="og:title"]')).toHaveAttribute("content", "Saint-Étienne (commune 42218)");
    const description = /^Saint-Étienne : commune \(Loire, Auvergne-Rhône-Alpes\), [\d\s\u202f]+ habitants\. /;
    await expect(head.locator('meta[name="description"]')).toHaveAttribute("content", description);
    await expect(head.locator('meta[property="og:description"]')).toHaveAttribute("content", description);
  });

  test("aucun défilement horizontal à 320 pixels", async ({ page }) => {
    // Eight pages, each with an axe check.
    test.setTimeout(90_000);
    await page.setViewportSize({ width: 320, height: 800 });
    for (const path of [
      "/acteurs",
      "/acteurs?territoire=commune-42218",
      "/acteurs?vue=carte",
      "/acteurs/forez-numerique-demo",
      "/alliances",
      "/alliances/emploi-local-achats-responsables-demo",
      "/odd",
      "/odd/17",
    ]) {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
      await expectNoAxeViolations(page);
    }
  });
});
