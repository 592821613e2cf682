import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "../support/axe";

// Read-only: the seeded reference and demo data.
test.describe("données ouvertes", () => {
  test("la page /donnees liste les jeux de données, leur licence et leurs téléchargements", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("contentinfo").getByRole("link", { name: "Données ouvertes" }).click();
    await expect(page).toHaveURL(/\/donnees$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Données ouvertes");
    const table = page.getByRole("table", { name: /Jeux de données disponibles/ });
    await expect(table.getByRole("rowheader")).toHaveText(["Territoires", "Acteurs", "Alliances", "Kits du centre de ressources", "Cibles des ODD", "Statistiques des diagnostics territoriaux"]);
    await expect(table.getByRole("row", { name: /^Territoires/ })).toContainText("36");
    await expect(table.getByRole("link", { name: "CSV — Acteurs" })).toHaveAttribute("href", "/api/v1/acteurs?format=csv");
    await expect(page.getByRole("heading", { name: "Licence" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Lire la Licence Ouverte 2.0" })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test("la page /api documente chaque collection à partir du document OpenAPI", async ({ page }) => {
    await page.goto("/api");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("API des données ouvertes");
    await expect(page.getByRole("heading", { level: 2 })).toContainText(["Principes", "Territoires", "Acteurs", "Alliances"]);
    await expect(page.getByRole("table", { name: "Paramètres de /api/v1/acteurs" }).getByRole("rowheader")).toContainText(["q", "type", "odd", "mode", "territoire", "portee", "cursor", "limit", "format"]);
    await expect(page.getByText(/Limite de débit : \d+ requêtes par \d+ secondes/)).toBeVisible();
    await expect(page.getByRole("link", { name: "Document OpenAPI 3.1 (JSON)" })).toHaveAttribute("href", "/api/v1/openapi.json");
    await expectNoAxeViolations(page);
    await page.getByRole("contentinfo").getByRole("link", { name: "API", exact: true }).click();
    await expect(page).toHaveURL(/\/api$/);
  });

  test("l'API répond en JSON et en CSV, avec CORS, ETag et erreurs nommées", async ({ request }) => {
    const actors = await request.get("/api/v1/acteurs?type=association&limit=1");
    expect(actors.status()).toBe(200);
    expect(actors.headers()["access-control-allow-origin"]).toBe("*");
    const body = await actors.json();
    expect(body.data).toHaveLength(1);
    expect(body.data[0].type).toBe("association");
    expect(body.pagination.next).toContain("cursor=");
    expect(JSON.stringify(body)).not.toMatch(/@demo\.odd17\.fr/);

    const etag = actors.headers()["etag"];
    const again = await request.get("/api/v1/acteurs?type=association&limit=1", { headers: { "If-None-Match": etag } });
    expect(again.status()).toBe(304);

    const head = await request.head("/api/v1/cibles");
    expect(head.status()).toBe(200);
    expect(head.headers()["etag"]).toMatch(/^W\//);
    const preflight = await request.fetch("/api/v1/cibles", { method: "OPTIONS", headers: { Origin: "https://exemple.fr", "Access-Control-Request-Method": "GET" } });
    expect(preflight.status()).toBe(204);
    expect(preflight.headers()["access-control-allow-methods"]).toBe("GET, HEAD, OPTIONS");

    const csv = await request.get("/api/v1/cibles?format=csv");
    expect(csv.status()).toBe(200);
    expect(csv.headers()["content-type"]).toBe("text/csv; charset=utf-8");
    const bytes = await csv.body();
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString("utf8")).toContain("17.17;17;");

    const bad = await request.get("/api/v1/alliances?etape=inconnue");
    expect(bad.status()).toBe(400);
    expect((await bad.json()).errors[0].parameter).toBe("etape");
    expect((await request.get("/api/v1/territoires/commune/00000")).status()).toBe(404);
    const territory = await request.get("/api/v1/territoires/commune/42218");
    expect(await territory.json()).toMatchObject({ name: "Saint-Étienne", population: expect.any(Number) });
  });
});
