import { expect, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "demo-odd17-partenariats";

export const demoAccounts = {
  admin: "admin@demo.odd17.fr",
  staff: "rameau@demo.odd17.fr",
  user: "utilisateur@demo.odd17.fr",
} as const;

// The sign-in fields; required fields may add " (obligatoire)" to their label.
const emailLabel = /^Adresse e-mail( \(obligatoire\))?$/;
const passwordLabel = /^Mot de passe( \(obligatoire\))?$/;

/** Fills and sends the sign-in form of the page already open (/connexion, with or without callbackUrl). */
export async function submitSignIn(page: Page, email: string, password = DEMO_PASSWORD) {
  const main = page.getByRole("main");
  await main.getByLabel(emailLabel).fill(email);
  await main.getByLabel(passwordLabel).fill(password);
  await main.getByRole("button", { name: "Se connecter", exact: true }).click();
  await expect(page).not.toHaveURL(/\/connexion(\?|$)/);
}

/** Signs in through the real form, as a person would, then opens `path` if given. */
export async function signIn(page: Page, email: string, path?: string) {
  await page.goto("/connexion");
  await submitSignIn(page, email);
  if (path) await page.goto(path);
}
