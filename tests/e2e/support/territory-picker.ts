import type { Page } from "@playwright/test";

/**
 * Adds a commune with the territory picker of a form (alliance, organisation, profile, need or
 * offer): searches `query` inside the form, without leaving the page, then adds the first commune
 * named `name` among the suggestions.
 */
export async function addCommune(page: Page, query: string, name: string) {
  await page.getByLabel("Rechercher un territoire").fill(query);
  await page.getByRole("button", { name: "Rechercher", exact: true }).click();
  await page
    .getByRole("button", { name: new RegExp(`^Ajouter ${name} \\(Commune`) })
    .first()
    .click();
}
