import { expect, test } from "@playwright/test";

// The result lists and facets of the directories render on both sides of the RSC boundary
// (components/actors/actor-list-view.tsx): the browser must rebuild exactly the server's text (a
// count formatted otherwise would not). React then renders the page again, which the eye does not
// see, and reports error #418, which this catches (checked by making one list differ).
const PAGES = ["/acteurs", "/acteurs?q=numerique", "/alliances", "/ressources", "/territoires/departement/42"];

test.describe("annuaires hydratés sans erreur", () => {
  for (const path of PAGES) {
    test(`${path} : aucune erreur dans la console`, async ({ page }) => {
      const errors: string[] = [];
      page.on("pageerror", (error) => errors.push(error.message));
      page.on("console", (message) => {
        if (message.type() === "error") errors.push(message.text());
      });
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      // Hydration runs after the load event; the list's links are live once it is done.
      await page.waitForLoadState("networkidle");
      expect(errors).toEqual([]);
    });
  }
});
