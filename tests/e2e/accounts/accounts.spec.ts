import { expect as baseExpect, test, type Locator, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "../support/axe";
import { expectFormKeepsValues } from "../support/forms";
import { latestMailLink, sendSignInForm, signIn, submitSignIn, uniqueEmail } from "../support/auth";

// Argon2 sign-ins and e-mails sent by server actions are slow on a loaded test machine.
const expect = baseExpect.configure({ timeout: 15_000 });
test.describe.configure({ timeout: 120_000 });

const STRONG_PASSWORD = "une phrase de passe solide 2026";

/** A confirmed account of the test's own, through the sign-up journey. */
async function signUpAndConfirm(page: Page, name: string, email: string) {
  await page.goto("/inscription");
  await page.getByLabel("Nom et prénom").fill(name);
  await page.getByLabel("Adresse e-mail").fill(email);
  await page.getByLabel("Mot de passe", { exact: true }).fill(STRONG_PASSWORD);
  await page.getByLabel("Confirmez le mot de passe").fill(STRONG_PASSWORD);
  await page.getByRole("button", { name: "Créer mon compte" }).click();
  await expect(page.getByRole("status").filter({ hasText: "e-mail de confirmation" })).toBeVisible();
  await page.goto(await latestMailLink(page, email, /Confirmez/i));
  await expect(page.getByRole("status").filter({ hasText: "est confirmée" })).toBeVisible();
}

test.describe("comptes", () => {
  test("un visiteur crée son compte, le confirme par e-mail, se connecte puis se déconnecte", async ({ page }) => {
    const email = uniqueEmail("nouvelle");
    await page.goto("/inscription");
    await expect(page.getByRole("heading", { level: 1, name: "Créer un compte" })).toBeVisible();
    await expectNoAxeViolations(page);

    // A refused form keeps what was typed and says why, next to the field.
    await page.getByLabel("Nom et prénom").fill("Nora Nouvelle");
    await page.getByLabel("Adresse e-mail").fill(email);
    await page.getByLabel("Mot de passe", { exact: true }).fill("court");
    await page.getByLabel("Confirmez le mot de passe").fill("court");
    await page.getByRole("button", { name: "Créer mon compte" }).click();
    await expect(page.getByText(/au moins 12 caractères/i).first()).toBeVisible();
    await expect(page.getByLabel("Adresse e-mail")).toHaveValue(email);
    await expect(page.getByLabel("Mot de passe", { exact: true })).toHaveAttribute("aria-invalid", "true");
    await expectNoAxeViolations(page);

    await page.getByLabel("Mot de passe", { exact: true }).fill(STRONG_PASSWORD);
    await page.getByLabel("Confirmez le mot de passe").fill(STRONG_PASSWORD);
    await page.getByRole("button", { name: "Créer mon compte" }).click();
    await expect(page.getByRole("status").filter({ hasText: "e-mail de confirmation" })).toBeVisible();

    // Read in the mailbox beside this page (its own axe check is in dev/mailbox.spec.ts).
    const firstLink = await latestMailLink(page, email, /Confirmez/i);

    // Not confirmed yet: signing in is refused with the reason, and a new e-mail is one click away.
    await page.goto("/connexion");
    await sendSignInForm(page, email, { password: STRONG_PASSWORD });
    await expect(page.getByRole("alert").filter({ hasText: "pas encore confirmée" })).toBeFocused();
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: "Renvoyer l'e-mail de confirmation" }).click();
    const resent = page.getByRole("status").filter({ hasText: `Si un compte en attente de confirmation existe pour ${email}` });
    await expect(resent).toBeFocused();

    // The new link replaces the first one.
    const confirmation = await latestMailLink(page, email, /Confirmez/i);
    expect(confirmation).not.toBe(firstLink);
    await page.goto(firstLink);
    await expect(page.getByRole("alert").filter({ hasText: "n'est pas valide" })).toBeVisible();
    await page.goto(confirmation);
    await expect(page.getByRole("status").filter({ hasText: "est confirmée" })).toBeVisible();
    await expectNoAxeViolations(page);

    await signIn(page, email, { password: STRONG_PASSWORD });
    await expect(page).toHaveURL(/\/espace$/);
    await expect(page.getByRole("heading", { level: 1, name: "Mon espace" })).toBeVisible();
    await expectNoAxeViolations(page);

    await page.getByRole("button", { name: "Se déconnecter" }).click();
    await expect(page.getByRole("link", { name: "Se connecter" })).toBeVisible();
  });

  test("un mauvais mot de passe reçoit le même message qu'une adresse inconnue", async ({ page }) => {
    for (const email of ["association@demo.odd17.fr", uniqueEmail("inconnue")]) {
      await page.goto("/connexion");
      await sendSignInForm(page, email, { password: "pas le bon mot de passe" });
      await expect(page.getByRole("alert").filter({ hasText: "Adresse e-mail ou mot de passe incorrect." })).toBeVisible();
      await expect(page.getByLabel("Adresse e-mail", { exact: true })).toHaveValue(email);
      // Nothing to resend: only the right password of an unconfirmed account offers it.
      await expect(page.getByRole("button", { name: "Renvoyer l'e-mail de confirmation" })).toHaveCount(0);
    }
    await expectNoAxeViolations(page);
  });

  test("un visiteur anonyme est renvoyé de /espace vers la connexion, puis revient où il allait", async ({ page }) => {
    await page.goto("/espace/compte");
    await expect(page).toHaveURL(/\/connexion\?callbackUrl=%2Fespace%2Fcompte/);
    await expectNoAxeViolations(page);
    await submitSignIn(page, "membre@demo.odd17.fr");
    await expect(page).toHaveURL(/\/espace\/compte$/);
    await expect(page.getByRole("heading", { level: 1, name: "Mon compte" })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test("mot de passe oublié : le lien reçu permet d'en choisir un nouveau, une seule fois", async ({ page }) => {
    const email = uniqueEmail("oubli");
    await signUpAndConfirm(page, "Olivier Oubli", email);

    await page.goto("/mot-de-passe-oublie");
    await expectNoAxeViolations(page);
    await page.getByLabel("Adresse e-mail").fill(email);
    await page.getByRole("button", { name: "Recevoir le lien" }).click();
    await expect(page.getByRole("status").filter({ hasText: "lien de réinitialisation" })).toBeVisible();

    const reset = await latestMailLink(page, email, /mot de passe/i);
    await page.goto(reset);
    await expectNoAxeViolations(page);
    // Passwords are never sent back: the check only sees the focused refusal.
    await expectFormKeepsValues(page, "account.password-reset", {
      invalid: async (form) => {
        await form.getByLabel("Nouveau mot de passe", { exact: true }).fill("un tout nouveau mot de passe 2027");
        await form.getByLabel("Confirmez le nouveau mot de passe").fill("un autre mot de passe 2027");
      },
    });
    const newPassword = "un tout nouveau mot de passe 2027";
    await page.getByLabel("Nouveau mot de passe", { exact: true }).fill(newPassword);
    await page.getByLabel("Confirmez le nouveau mot de passe").fill(newPassword);
    await page.getByRole("button", { name: "Enregistrer le mot de passe" }).click();
    await expect(page.getByRole("status").filter({ hasText: "mot de passe a été modifié" })).toBeVisible();

    await page.goto(reset);
    await expect(page.getByRole("alert").filter({ hasText: "n'est pas valide" })).toBeVisible();
    await signIn(page, email, { password: newPassword });
  });

  test("une personne change d'adresse e-mail : elle ne change qu'après le lien reçu à la nouvelle adresse", async ({ page }) => {
    const email = uniqueEmail("ancienne");
    const newEmail = uniqueEmail("nouvelle-adresse");
    await signUpAndConfirm(page, "Camille Changement", email);
    await signIn(page, email, { password: STRONG_PASSWORD });

    await page.goto("/espace/compte");
    const section = page.getByRole("region", { name: "Adresse e-mail" });
    await section.getByLabel("Nouvelle adresse e-mail").fill(newEmail);
    await section.getByLabel("Mot de passe actuel").fill(STRONG_PASSWORD);
    await section.getByRole("button", { name: "Changer d'adresse" }).click();
    await expect(section.getByRole("status").filter({ hasText: `envoyé à ${newEmail}` })).toBeVisible();
    await expect(section).toContainText(`Adresse actuelle : ${email}`);

    await page.goto(await latestMailLink(page, newEmail, /nouvelle adresse/i));
    await expect(page.getByRole("heading", { level: 1, name: "Confirmer la nouvelle adresse e-mail" })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: "Confirmer la nouvelle adresse" }).click();
    await expect(page.getByRole("status").filter({ hasText: `désormais ${newEmail}` })).toBeVisible();
    await expectNoAxeViolations(page);

    await page.goto("/espace/compte");
    await expect(page.getByRole("region", { name: "Adresse e-mail" })).toContainText(`Adresse actuelle : ${newEmail}`);
  });

  test("connexion par lien reçu par e-mail", async ({ page }) => {
    await page.goto("/connexion");
    await page.getByLabel("Adresse e-mail pour recevoir le lien").fill("entreprise@demo.odd17.fr");
    await page.getByRole("button", { name: "Recevoir un lien" }).click();
    await expect(page.getByRole("status").filter({ hasText: "lien de connexion" })).toBeVisible();
    const link = await latestMailLink(page, "entreprise@demo.odd17.fr", /connexion/i);
    await page.goto(link);
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: "Me connecter" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Mon espace" })).toBeVisible();
  });

  test("la page du compte change le nom et refuse un mot de passe actuel faux", async ({ page }) => {
    await signIn(page, "collectivite@demo.odd17.fr");
    await page.goto("/espace/compte");
    await expectNoAxeViolations(page);
    await page.getByLabel("Nom et prénom").fill("Claire Collectivité-Modifiée");
    await page.getByRole("button", { name: "Enregistrer" }).click();
    await expect(page.getByRole("status").filter({ hasText: "enregistrées" })).toBeVisible();

    const passwordSection = page.getByRole("region", { name: "Mot de passe" });
    await passwordSection.getByLabel("Mot de passe actuel").fill("faux mot de passe");
    await passwordSection.getByLabel("Nouveau mot de passe", { exact: true }).fill(STRONG_PASSWORD);
    await passwordSection.getByLabel("Confirmez le nouveau mot de passe").fill(STRONG_PASSWORD);
    await passwordSection.getByRole("button", { name: "Changer le mot de passe" }).click();
    await expect(passwordSection.getByLabel("Mot de passe actuel")).toHaveAccessibleDescription(/Le mot de passe actuel est incorrect\./);
  });

  test("les formulaires des comptes gardent ce qui a été saisi quand le serveur les refuse", async ({ page }) => {
    const badEmail = async (form: Locator) => form.getByRole("textbox", { name: /^Adresse e-mail/ }).fill("pas-une-adresse");
    await page.goto("/connexion");
    await expectFormKeepsValues(page, "account.sign-in", { invalid: badEmail });
    await expectFormKeepsValues(page, "account.sign-in-link", { invalid: badEmail });
    await page.goto("/inscription");
    await expectFormKeepsValues(page, "account.sign-up", { invalid: badEmail });
    await page.goto("/mot-de-passe-oublie");
    await expectFormKeepsValues(page, "account.password-forgotten", { invalid: badEmail });

    await signIn(page, "collectivite@demo.odd17.fr");
    await page.goto("/espace/compte");
    await expectFormKeepsValues(page, "account.profile", { invalid: (form) => form.getByLabel("Nom et prénom").fill(" ") });
    await expectFormKeepsValues(page, "account.email-change", { invalid: (form) => form.getByLabel("Nouvelle adresse e-mail").fill("pas-une-adresse") });
    await expectFormKeepsValues(page, "account.password-change", {
      invalid: async (form) => {
        await form.getByLabel("Nouveau mot de passe", { exact: true }).fill(STRONG_PASSWORD);
        await form.getByLabel("Confirmez le nouveau mot de passe").fill(`${STRONG_PASSWORD} !`);
      },
    });
    // Deleting asks first (Annuler in focus), then the server refuses a wrong confirmation word.
    await expectFormKeepsValues(page, "account.delete", {
      invalid: (form) => form.getByLabel("Pour confirmer, écrivez SUPPRIMER").fill("NON"),
      confirm: "Supprimer mon compte",
    });
    await expect(page.getByRole("region", { name: "Supprimer mon compte" }).getByText("Écrivez SUPPRIMER pour confirmer.").first()).toBeVisible();
    await expectNoAxeViolations(page);
  });
});
