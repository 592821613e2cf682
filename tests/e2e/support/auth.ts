import { expect, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "demo-odd17-partenariats";

/** Signs in through the real form, as a person would. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD, path = "/connexion") {
  await page.goto(path);
  await page.getByLabel("Adresse e-mail", { exact: true }).fill(email);
  await page.getByLabel("Mot de passe", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Se connecter" }).click();
  await expect(page.getByRole("button", { name: "Se déconnecter" })).toBeVisible();
}

/** A unique address for a test's own account. */
export function uniqueEmail(prefix: string): string {
  return `${prefix}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@exemple.test`;
}

/** Read in the dev mailbox as the platform admin, beside the page's own visitor. */
export { latestMailLink } from "./mailbox";
