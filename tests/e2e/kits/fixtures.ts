// Kits made by the tests themselves, through the back-office form as the team would.
import { expect, type Page } from "@playwright/test";

/** A lower-case word no other test run uses (it also ends up in slugs). */
export function unique(): string {
  return `e2e${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
}

export async function fillKitForm(page: Page, kit: { title: string; summary?: string; category: string; body?: string }) {
  const main = page.getByRole("main");
  await main.getByLabel("Titre").fill(kit.title);
  if (kit.summary !== undefined) await main.getByLabel("Résumé").fill(kit.summary);
  await main.getByLabel("Famille (M.E.D.O.C.)").selectOption({ label: kit.category });
  if (kit.body !== undefined) await main.getByLabel("Contenu (Markdown)").fill(kit.body);
}

/** Opens the new-kit form, saves a draft and lands on its edit page. */
export async function newKitDraft(page: Page, kit: { body?: string } = {}) {
  const title = `Kit de test ${unique()}`;
  await page.goto("/admin/kits/nouveau");
  await fillKitForm(page, { title, category: "Méthode", body: kit.body ?? "## Partie\n\nTexte.\n" });
  await page.getByRole("main").getByRole("button", { name: "Enregistrer le brouillon" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Modifier « ${title} »`);
  return { title };
}
