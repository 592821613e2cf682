// The one way the specs sign in: through the real form, as a person would. signIn opens
// /connexion (and a page after, if asked); submitSignIn signs in on the form already open (e.g.
// /connexion?callbackUrl=…); sendSignInForm only sends it, for the attempts that must fail.
import { expect, type Browser, type BrowserContextOptions, type Page } from "@playwright/test";
import { latestMailLink } from "./mailbox";

export const DEMO_PASSWORD = "demo-odd17-partenariats";

/** The demonstration accounts the specs sign in with (prisma/seed-demo*.ts). */
export const demoAccounts = {
  admin: "admin@demo.odd17.fr",
  staff: "rameau@demo.odd17.fr",
  user: "utilisateur@demo.odd17.fr",
} as const;

// The sign-in fields; required fields may add " (obligatoire)" to their label.
const emailLabel = /^Adresse e-mail( \(obligatoire\))?$/;
const passwordLabel = /^Mot de passe( \(obligatoire\))?$/;

export type SignInOptions = {
  /** The demo accounts' password unless given. */
  password?: string;
  /** Type the address and password key by key and press Enter, without the mouse. */
  keyboard?: boolean;
};

/** Fills and sends the sign-in form of the page already open, whatever the answer. */
export async function sendSignInForm(page: Page, email: string, options: SignInOptions = {}) {
  const password = options.password ?? DEMO_PASSWORD;
  const main = page.getByRole("main");
  if (options.keyboard) {
    await main.getByLabel(emailLabel).pressSequentially(email);
    await main.getByLabel(passwordLabel).pressSequentially(password);
    await page.keyboard.press("Enter");
  } else {
    await main.getByLabel(emailLabel).fill(email);
    await main.getByLabel(passwordLabel).fill(password);
    await main.getByRole("button", { name: "Se connecter", exact: true }).click();
  }
}

/** Fills and sends the sign-in form of the page already open, and waits until signed in. */
export async function submitSignIn(page: Page, email: string, options: SignInOptions = {}) {
  await sendSignInForm(page, email, options);
  // Patience, not a delay: on a loaded machine the argon2 check and the first render take seconds.
  await expect(page).not.toHaveURL(/\/connexion(\?|$)/, { timeout: 30_000 });
  await expect(page.getByRole("button", { name: "Se déconnecter", exact: true })).toBeVisible();
}

/** Signs in from /connexion, then opens `goTo` if given. */
export async function signIn(page: Page, email: string, options: SignInOptions & { goTo?: string } = {}) {
  await page.goto("/connexion");
  await submitSignIn(page, email, options);
  if (options.goTo) await page.goto(options.goTo);
}

/** A page of its own (a fresh context, French) signed in as `email`: for tests with two people. */
export async function newSignedInPage(browser: Browser, email: string, options: SignInOptions & { context?: BrowserContextOptions } = {}): Promise<Page> {
  const page = await (await browser.newContext({ locale: "fr-FR", ...options.context })).newPage();
  await signIn(page, email, options);
  return page;
}

/** A unique address for a test's own account. */
export function uniqueEmail(prefix: string): string {
  return `${prefix}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@exemple.test`;
}

/** Read in the dev mailbox as the platform admin, beside the page's own visitor. */
export { latestMailLink };

/** The password of the accounts tests make through the sign-up journey. */
export const TEST_PASSWORD = "une phrase de passe pour les tests 2026";

/** A confirmed account of the test's own, through the sign-up journey (form, e-mail link), then signed in. */
export async function signUpAndSignIn(page: Page, email: string, name: string): Promise<void> {
  await page.goto("/inscription");
  await page.getByLabel(/^Nom et prénom/).fill(name);
  await page.getByLabel(/^Adresse e-mail/).fill(email);
  await page.getByLabel(/^Mot de passe/).fill(TEST_PASSWORD);
  await page.getByLabel(/^Confirmez le mot de passe/).fill(TEST_PASSWORD);
  await page.getByRole("button", { name: "Créer mon compte" }).click();
  await expect(page.getByRole("status").filter({ hasText: email })).toBeVisible();
  await page.goto(await latestMailLink(page, email, /Confirmez/));
  await signIn(page, email, { password: TEST_PASSWORD });
}
