import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "../support/axe";
import { demoAccounts, latestMailLink, sendSignInForm, signIn, submitSignIn, uniqueEmail } from "../support/auth";

const PASSWORD = "une phrase de passe solide 2026";
const usersTable = (page: Page) => page.getByRole("table", { name: "Comptes, du plus récent au plus ancien" });

/** A confirmed account of the test's own, so that disabling it disturbs no other spec. */
async function createConfirmedAccount(page: Page, email: string) {
  await page.goto("/inscription");
  await page.getByLabel("Nom et prénom").fill("Dora Désactivable");
  await page.getByLabel("Adresse e-mail").fill(email);
  await page.getByLabel("Mot de passe", { exact: true }).fill(PASSWORD);
  await page.getByLabel("Confirmez le mot de passe").fill(PASSWORD);
  await page.getByRole("button", { name: "Créer mon compte" }).click();
  await expect(page.getByRole("status").filter({ hasText: "e-mail de confirmation" })).toBeVisible();
  await page.goto(await latestMailLink(page, email, /Confirmez/i));
  await expect(page.getByRole("status").filter({ hasText: "est confirmée" })).toBeVisible();
}

async function trySignIn(page: Page, email: string) {
  await page.goto("/connexion");
  await sendSignInForm(page, email, { password: PASSWORD });
}

test.describe("back-office : comptes", () => {
  test("un administrateur désactive un compte, qui ne peut plus se connecter, puis le réactive", async ({ page, browser }) => {
    // Sign-up, confirmation, two browsers and the journal: a long journey.
    test.setTimeout(120_000);
    const email = uniqueEmail("desactivable");
    await createConfirmedAccount(page, email);

    await signIn(page, demoAccounts.admin, { goTo: `/admin/utilisateurs?q=${encodeURIComponent(email)}` });
    const row = usersTable(page).getByRole("row").filter({ hasText: email });
    await expect(row).toContainText("Aucune");
    await expect(row).toContainText("Actif");
    // Disabling is asked first; Échap cancels.
    await row.getByRole("button", { name: `Désactiver le compte de ${email}` }).click();
    const dialog = page.getByRole("dialog", { name: `Désactiver le compte ${email} ?` });
    await expect(dialog.getByRole("button", { name: "Annuler" })).toBeFocused();
    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
    await expect(row).toContainText("Actif");
    await row.getByRole("button", { name: `Désactiver le compte de ${email}` }).click();
    await dialog.getByRole("button", { name: "Désactiver le compte" }).click();
    const disabled = row.getByRole("status").filter({ hasText: `Le compte ${email} est désactivé : il ne peut plus se connecter.` });
    await expect(disabled).toBeFocused();
    await expect(row).toContainText(/Désactivé le \d{1,2} \S+ \d{4}/);
    await expectNoAxeViolations(page);

    // « Annuler » beside the message re-enables the account at once; disable it again to go on.
    await row.getByRole("button", { name: `Annuler la désactivation du compte ${email}` }).click();
    const undone = row.getByRole("status").filter({ hasText: `Le compte ${email} est réactivé.` });
    await expect(undone).toBeFocused();
    await expect(disabled).toHaveCount(0);
    await expect(row).toContainText("Actif");
    await row.getByRole("button", { name: `Désactiver le compte de ${email}` }).click();
    await dialog.getByRole("button", { name: "Désactiver le compte" }).click();
    await expect(disabled).toBeFocused();

    // Another browser: the disabled account is refused, with the reason.
    const other = await browser.newContext();
    const visitor = await other.newPage();
    await trySignIn(visitor, email);
    await expect(visitor.getByRole("alert").filter({ hasText: "Ce compte a été désactivé" })).toBeVisible();

    await row.getByRole("button", { name: `Réactiver le compte de ${email}` }).click();
    await expect(row.getByRole("status").filter({ hasText: `Le compte ${email} est réactivé.` })).toBeVisible();
    await expect(row).toContainText("Actif");

    await trySignIn(visitor, email);
    await expect(visitor).not.toHaveURL(/\/connexion(\?|$)/);
    await other.close();

    // Both changes are in the journal.
    await page.goto(`/admin/journal?qui=${encodeURIComponent(demoAccounts.admin)}&element=User&id=`);
    const journal = page.getByRole("table", { name: "Entrées du journal d'audit, de la plus récente à la plus ancienne" });
    // Disabled twice (the first one undone), re-enabled twice.
    await expect(journal.getByRole("row").filter({ hasText: `Compte ${email} désactivé` })).toHaveCount(2);
    await expect(journal.getByRole("row").filter({ hasText: `Compte ${email} réactivé` })).toHaveCount(2);
    await expect(
      journal
        .getByRole("row")
        .filter({ hasText: `Compte ${email} réactivé` })
        .first(),
    ).toContainText("Compte réactivé");
    await expectNoAxeViolations(page);
  });

  test("l'équipe voit les organisations de chaque compte", async ({ page }) => {
    await page.goto("/admin/utilisateurs?q=association%40demo.odd17.fr");
    await submitSignIn(page, demoAccounts.staff);
    const row = usersTable(page).getByRole("row").filter({ hasText: "association@demo.odd17.fr" });
    await expect(row).toContainText("Les Liens du Furan (démo) (administrateur)");
    await expectNoAxeViolations(page);
  });
});
