import { expect as baseExpect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "../support/axe";
import { expectFormKeepsValues } from "../support/forms";
import { latestMailLink, signIn, submitSignIn, uniqueEmail } from "../support/auth";
import { demo, organisationIdBySlug } from "./fixtures";
import { addCommune } from "../support/territory-picker";

// Argon2 sign-ins and e-mails sent by server actions are slow on a loaded test machine.
const expect = baseExpect.configure({ timeout: 15_000 });
test.describe.configure({ timeout: 120_000 });

const membersTable = (page: Page) => page.getByRole("table", { name: "Membres de l'organisation" });
const memberRow = (page: Page, text: string) => membersTable(page).getByRole("row").filter({ hasText: text });

test.describe("organisations", () => {
  test("une personne crée le profil de son organisation et le voit en attente de validation", async ({ page }) => {
    // An account of the test's own, through the sign-up journey.
    const email = uniqueEmail("organisation");
    const password = "une phrase de passe pour les tests 2026";
    await page.goto("/inscription");
    await page.getByLabel(/^Nom et prénom/).fill("Camille Créatrice");
    await page.getByLabel(/^Adresse e-mail/).fill(email);
    await page.getByLabel(/^Mot de passe/).fill(password);
    await page.getByLabel(/^Confirmez le mot de passe/).fill(password);
    await page.getByRole("button", { name: "Créer mon compte" }).click();
    await expect(page.getByRole("status").filter({ hasText: email })).toBeVisible();
    await page.goto(await latestMailLink(page, email, /Confirmez/));
    await signIn(page, email, { password: password });

    await page.goto("/espace/organisations/nouvelle");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Créer le profil de mon organisation");
    await expectNoAxeViolations(page);

    // Everything typed or chosen survives a refusal (here a SIREN with a wrong key, no territory).
    await expectFormKeepsValues(page, "organisation.create", { invalid: (form) => form.getByLabel(/^Numéro SIREN/).fill("123 456 789") });
    await expect(
      page.getByRole("alert").getByRole("link", { name: /^Territoires d'action \(au moins un\) : Choisissez au moins un territoire d'action\.$/ }),
    ).toBeVisible();
    // A fresh form (a new navigation: a reload would let the browser restore the values).
    await page.goto(page.url());

    // Refused first: errors under their fields, what was typed is kept.
    const name = `Jardins solidaires ${Date.now()} (e2e)`;
    await page.getByLabel(/^Nom de l'organisation/).fill(name);
    await page.getByLabel(/^Numéro SIREN/).fill("123 456 789");
    await page.getByLabel(/^Site internet/).fill("http://jardins.exemple.fr");
    await page.getByRole("button", { name: "Créer l'organisation" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Le formulaire contient des erreurs" })).toBeVisible();
    await expect(page.getByLabel(/^Type d'organisation/)).toHaveAccessibleDescription(/Choisissez le type d'organisation\./);
    await expect(page.getByLabel(/^Numéro SIREN/)).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByLabel(/^Numéro SIREN/)).toHaveAccessibleDescription(/SIREN n'est pas valide/);
    await expect(page.getByLabel(/^Site internet/)).toHaveAccessibleDescription(/commençant par https:\/\//);
    await expect(page.getByLabel(/^Nom de l'organisation/)).toHaveValue(name);
    await expect(page.getByRole("group", { name: "Territoires d'action (au moins un)" })).toContainText("Choisissez au moins un territoire d'action.");
    await expectNoAxeViolations(page);

    // The same territory search as the profile's, without reloading the page.
    await addCommune(page, "Saint-Étienne", "Saint-Étienne");
    await expect(page.getByRole("button", { name: "Retirer Saint-Étienne" })).toBeVisible();
    await expect(page.getByLabel(/^Nom de l'organisation/)).toHaveValue(name);

    await page.getByLabel(/^Type d'organisation/).selectOption({ label: "Association" });
    await page.getByLabel(/^Numéro SIREN/).fill("");
    await page.getByLabel(/^Site internet/).fill("https://jardins.exemple.fr");
    await page.getByLabel(/^Présentation/).fill("Des jardins partagés dans le quartier.");
    await page.getByRole("button", { name: "Créer l'organisation" }).click();

    await expect(page).toHaveURL(/\/espace\/organisations\/[^/]+$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
    await expect(page.getByRole("region", { name: "Statut" })).toContainText("En attente de validation par l'équipe Le RAMEAU");
    const details = page.getByRole("region", { name: "Informations" });
    await expect(details).toContainText("Association");
    await expect(details).toContainText("Administrateur");
    await expect(details.getByRole("link", { name: "https://jardins.exemple.fr" })).toBeVisible();
    await expectNoAxeViolations(page);

    await page.getByRole("link", { name: /Voir les membres/ }).click();
    await expect(memberRow(page, email)).toContainText("(vous)");
    await expect(memberRow(page, email)).toContainText("Administrateur");
    await expectNoAxeViolations(page);
  });

  test("l'administratrice invite une personne, qui accepte depuis le lien reçu et apparaît parmi les membres", async ({ page, browser }) => {
    const furanId = await organisationIdBySlug(demo.furan.slug);
    const membersPath = `/espace/organisations/${furanId}/membres`;

    await signIn(page, demo.associationAdmin);
    await page.goto(membersPath);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Membres — ${demo.furan.name}`);
    await expect(memberRow(page, demo.associationAdmin)).toContainText("(vous)");
    await expectNoAxeViolations(page);

    // The only admin cannot leave: asked first, then refused with the reason.
    await page.getByRole("button", { name: "Quitter l'organisation" }).click();
    const leaveDialog = page.getByRole("dialog", { name: `Quitter « ${demo.furan.name} » ?` });
    await expect(leaveDialog.getByRole("button", { name: "Annuler" })).toBeFocused();
    await expectNoAxeViolations(page);
    await leaveDialog.getByRole("button", { name: "Quitter", exact: true }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Vous êtes le seul administrateur : nommez d'abord un autre administrateur." })).toBeVisible();

    // Nor demote herself: the role she chose stays chosen beside the refusal.
    await expectFormKeepsValues(page, "organisation.member-role", { within: memberRow(page, demo.associationAdmin), invalid: async () => {} });
    await expect(memberRow(page, demo.associationAdmin).getByRole("alert")).toContainText("seul administrateur");

    const invite = page.getByRole("region", { name: "Inviter une personne" });
    // A refused address keeps what was chosen (the role as well), the summary says what to fix.
    await expectFormKeepsValues(page, "organisation.invite", { invalid: (form) => form.getByLabel(/^Adresse e-mail de la personne/).fill("pas-une-adresse") });
    await expect(invite.getByRole("alert").getByRole("link", { name: /^Adresse e-mail de la personne : / })).toBeVisible();
    await invite.getByLabel(/^Adresse e-mail de la personne/).fill(demo.user);
    await invite.getByLabel(/^Rôle/).selectOption({ label: "Membre" });
    await invite.getByRole("button", { name: "Envoyer l'invitation" }).click();
    await expect(invite.getByRole("status")).toHaveText(`Invitation envoyée à ${demo.user}.`);
    // Emptied for the next address, with the message in focus.
    await expect(invite.getByRole("status")).toBeFocused();
    await expect(invite.getByLabel(/^Adresse e-mail de la personne/)).toHaveValue("");
    const pending = page.getByRole("table", { name: "Invitations en attente" });
    await expect(pending.getByRole("row").filter({ hasText: demo.user })).toBeVisible();
    await expect(pending.getByRole("button", { name: `Annuler l'invitation de ${demo.user}` })).toBeVisible();
    await expectNoAxeViolations(page);

    // The invitee, in a browser of their own, opens the e-mail's link before signing in.
    const invitee = await (await browser.newContext()).newPage();
    const link = await latestMailLink(invitee, demo.user, /Invitation à rejoindre/);
    expect(link).toMatch(/^\/invitation\?token=[A-Za-z0-9_-]{43}$/);
    await invitee.goto(link);
    await expect(invitee.getByRole("heading", { level: 1 })).toHaveText(`Rejoindre « ${demo.furan.name} »`);
    await expect(invitee.getByRole("main")).toContainText(`Cette invitation est adressée à ${demo.user}.`);
    // Who invites, with which role, and what the organisation is, before anything else.
    const details = invitee.getByRole("definition");
    await expect(invitee.getByRole("term")).toHaveText([
      "Invitation envoyée par",
      "Rôle proposé",
      "Type d'organisation",
      "Territoires d'action",
      "Présentation",
      "Valable jusqu'au",
    ]);
    await expect(details.nth(0)).toHaveText("Aïcha Association");
    await expect(details.nth(1)).toContainText("Membre");
    await expect(details.nth(2)).toHaveText("Association");
    await expect(details.nth(3)).toContainText("Saint-Étienne");
    await expect(details.nth(4)).not.toBeEmpty();
    await expect(invitee.getByRole("button", { name: "Accepter l'invitation" })).toHaveCount(0);
    await expectNoAxeViolations(invitee);

    await invitee.getByRole("main").getByRole("link", { name: "Se connecter" }).click();
    await expect(invitee).toHaveURL(/\/connexion\?callbackUrl=%2Finvitation%3Ftoken%3D/);
    await submitSignIn(invitee, demo.user);
    await expect(invitee).toHaveURL(link);
    await expect(invitee.getByRole("main")).toContainText(`Vous êtes connecté avec l'adresse ${demo.user}.`);
    await expectNoAxeViolations(invitee);

    await invitee.getByRole("button", { name: "Accepter l'invitation" }).click();
    await expect(invitee).toHaveURL(new RegExp(`/espace/organisations/${furanId}$`));
    await expect(invitee.getByRole("heading", { level: 1 })).toHaveText(demo.furan.name);
    await expect(invitee.getByRole("region", { name: "Informations" })).toContainText("Membre");
    await expectNoAxeViolations(invitee);

    // Single use: the link now says so, and offers nothing to click.
    await invitee.goto(link);
    await expect(invitee.getByRole("main")).toContainText("Cette invitation a déjà été acceptée.");
    await expect(invitee.getByRole("button", { name: "Accepter l'invitation" })).toHaveCount(0);
    await expectNoAxeViolations(invitee);

    await page.reload();
    await expect(memberRow(page, demo.user)).toContainText("Membre");
    await expect(pending).toHaveCount(0);
    await expectNoAxeViolations(page);
    await invitee.context().close();
  });

  test("un membre voit la liste des membres sans les commandes d'administration", async ({ page }) => {
    const furanId = await organisationIdBySlug(demo.furan.slug);
    await signIn(page, demo.member);
    await page.goto(`/espace/organisations/${furanId}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(demo.furan.name);
    await expect(page.getByRole("region", { name: "Statut" })).toContainText("Publiée");
    await expectNoAxeViolations(page);

    await page.getByRole("link", { name: /Voir les membres/ }).click();
    await expect(page).toHaveURL(new RegExp(`/espace/organisations/${furanId}/membres$`));
    await expect(memberRow(page, demo.associationAdmin)).toContainText("Administrateur");
    await expect(memberRow(page, demo.member)).toContainText("(vous)");
    await expect(page.getByText("Seuls les administrateurs de l'organisation peuvent inviter, modifier ou retirer des membres.")).toBeVisible();
    await expect(membersTable(page).getByRole("columnheader", { name: "Actions" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: /^Retirer/ })).toHaveCount(0);
    await expect(page.getByRole("button", { name: /^Modifier/ })).toHaveCount(0);
    await expect(page.getByRole("region", { name: "Inviter une personne" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Envoyer l'invitation" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Quitter l'organisation" })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test("une organisation dont on n'est pas membre donne la page 404, même avec son identifiant", async ({ page }) => {
    // membre@ belongs to Les Liens du Furan, not to Forez Numérique. (utilisateur@ would do as
    // well, but the back-office spec lends it the staff role for a moment, and staff may read
    // every organisation.)
    const forezId = await organisationIdBySlug(demo.forez.slug);
    await signIn(page, demo.member);
    for (const path of [`/espace/organisations/${forezId}`, `/espace/organisations/${forezId}/membres`, "/espace/organisations/identifiant-invente"]) {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page introuvable");
      await expect(page.getByRole("main")).not.toContainText(demo.forez.name);
      await expectNoAxeViolations(page);
    }
  });
});
