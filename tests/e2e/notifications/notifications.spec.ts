import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "../support/axe";
import { demo, organisationIdBySlug } from "../organisations/fixtures";
import { signIn, signUpAndSignIn, uniqueEmail } from "../support/auth";
import { expectFormKeepsValues } from "../support/forms";
import { expectMail } from "../support/mailbox";
import { addCommune } from "../support/territory-picker";

// An organisation no other spec inspects the invitations or alliances of: this spec's invitations
// stay pending, and its alliance stays a draft.
const mission = {
  admin: "collectivite@demo.odd17.fr",
  slug: "mission-odd-saint-etienne-metropole-demo",
  name: "Mission ODD de Saint-Étienne Métropole (démo)",
};

async function invite(page: Page, email: string, role: "Membre" | "Administrateur") {
  const invitation = page.getByRole("region", { name: "Inviter une personne" });
  await invitation.getByLabel(/^Adresse e-mail de la personne/).fill(email);
  await invitation.getByLabel(/^Rôle/).selectOption({ label: role });
  await invitation.getByRole("button", { name: "Envoyer l'invitation" }).click();
  await expect(invitation.getByRole("status")).toHaveText(`Invitation envoyée à ${email}.`);
}

const accountNav = (page: Page) => page.getByRole("navigation", { name: "Mon compte" });

test.describe("notifications", () => {
  test("une personne invitée voit le compteur, ouvre ses notifications, les marque lues et coupe les e-mails", async ({ page, browser }) => {
    // A long journey (sign-up, two accounts, five axe checks) on a shared, busy machine.
    test.setTimeout(180_000);
    const email = uniqueEmail("notifications");
    await signUpAndSignIn(page, email, "Noé Notifié");
    await expect(accountNav(page).getByRole("link", { name: "Notifications", exact: true })).toBeVisible();

    // An organisation's admin invites that account twice (the second invitation replaces the first).
    const admin = await browser.newPage();
    await signIn(admin, mission.admin);
    await admin.goto(`/espace/organisations/${await organisationIdBySlug(mission.slug)}/membres`);
    await invite(admin, email, "Membre");
    await invite(admin, email, "Administrateur");
    // Both invitations end on the same status words: the table says when the second one is in.
    await expect(admin.getByRole("table", { name: "Invitations en attente" }).getByRole("row").filter({ hasText: email })).toContainText("Administrateur");
    await admin.close();

    await page.goto("/espace");
    await expect(accountNav(page).getByRole("link", { name: "Notifications, 2 non lues" })).toBeVisible();
    const block = page.getByRole("region", { name: "Notifications" });
    await expect(block).toContainText("2 notifications non lues.");
    await expect(block.getByRole("button", { name: `Invitation à rejoindre « ${mission.name} »`, exact: true })).toHaveCount(2);
    await expectNoAxeViolations(page);

    await accountNav(page)
      .getByRole("link", { name: /^Notifications/ })
      .click();
    await expect(page).toHaveURL(/\/espace\/notifications$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Notifications");
    const list = page.getByRole("list", { name: "Liste des notifications" });
    await expect(list.getByRole("listitem")).toHaveCount(2);
    await expectNoAxeViolations(page);

    // Opening one follows its link and marks it read.
    await list
      .getByRole("button", { name: `Invitation à rejoindre « ${mission.name} »`, exact: true })
      .first()
      .click();
    await expect(page).toHaveURL(/\/espace$/);
    await expect(accountNav(page).getByRole("link", { name: "Notifications, 1 non lue" })).toBeVisible();

    await page.goto("/espace/notifications");
    await expect(list.getByRole("link", { name: `Invitation à rejoindre « ${mission.name} »`, exact: true })).toHaveCount(1);
    await page.getByRole("button", { name: "Tout marquer comme lu" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Toutes les notifications sont marquées comme lues." })).toBeVisible();
    await expect(page.getByRole("status").filter({ hasText: "Toutes les notifications sont marquées comme lues." })).toBeFocused();
    await expect(accountNav(page).getByRole("link", { name: "Notifications", exact: true })).toBeVisible();
    await expect(list.getByRole("button", { name: /^Invitation/ })).toHaveCount(0);
    await expectNoAxeViolations(page);

    // E-mails switched off, and the choice kept.
    await page.getByRole("link", { name: "Gérer mes e-mails de notification" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("E-mails de notification");
    await expect(page.getByRole("radio", { name: "Tous les e-mails" })).toBeChecked();
    await expectNoAxeViolations(page);
    // A choice the server does not know (a forged value): refused, the chosen radio still chosen.
    await expectFormKeepsValues(page, "notification.email-preference", {
      invalid: (form) => form.locator('input[name="notificationEmails"]:checked').evaluate((radio) => void ((radio as HTMLInputElement).value = "JAMAIS")),
    });
    await expect(
      page.getByRole("alert").getByRole("link", { name: /^Quels e-mails souhaitez-vous recevoir \? : Choisissez une des options proposées\.$/ }),
    ).toBeVisible();
    await page.reload();
    await expect(page.getByRole("radio", { name: "Tous les e-mails" })).toBeChecked();
    await page.getByRole("radio", { name: "Aucun e-mail" }).check();
    await page.getByRole("button", { name: "Enregistrer mes préférences" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Vos préférences d'e-mail sont enregistrées." })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.reload();
    await expect(page.getByRole("radio", { name: "Aucun e-mail" })).toBeChecked();
  });

  test("une invitation dans une alliance part aussitôt par e-mail aux administrateurs de l'organisation invitée", async ({ page }) => {
    test.setTimeout(120_000);
    const title = `Alliance notifiée ${Date.now()}`;
    await signIn(page, mission.admin);
    await page.goto("/espace/alliances/nouvelle");
    const organisation = page.getByLabel("Organisation cheffe de file");
    if (await organisation.evaluate((select) => (select as HTMLSelectElement).options.length > 1)) await organisation.selectOption({ label: mission.name });
    await page.getByLabel("Titre", { exact: true }).fill(title);
    await page.getByLabel("Résumé").fill("Une alliance pour tester les notifications.");
    await page.getByLabel("Mode d'alliance").selectOption({ label: "Mécénat" });
    await page.getByLabel("Type de mécénat").selectOption({ label: "De compétences" });
    await addCommune(page, "Saint-Étienne", "Saint-Étienne");
    await page.getByRole("checkbox", { name: /^17\.17 / }).check();
    await page.getByRole("button", { name: "Créer l'alliance" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);

    await page.getByRole("textbox", { name: "Rechercher une organisation" }).fill("Forez");
    await page.getByRole("button", { name: "Rechercher", exact: true }).click();
    await page.getByRole("radio", { name: new RegExp(`^${demo.forez.name.replace(/[()]/g, "\\$&")}`) }).check();
    await page.getByRole("button", { name: "Inviter" }).click();
    await expect(page.getByRole("region", { name: "Partenaires" }).getByRole("listitem").filter({ hasText: demo.forez.name })).toContainText(
      "Invitation en attente",
    );

    // Sent after the response (next/server `after`): look until it is there.
    const subject = `Votre organisation est invitée dans l'alliance « ${title} » — ODD 17 en pratiques`;
    await expectMail(page, "entreprise@demo.odd17.fr", subject, async (mails) => {
      await expect(mails).toHaveCount(1);
      await expect(mails).toContainText("/espace/notifications/preferences");
    });
  });

  test("les pages de notifications demandent une connexion", async ({ page }) => {
    await page.goto("/espace/notifications");
    await expect(page).toHaveURL(/\/connexion\?callbackUrl=%2Fespace%2Fnotifications/);
  });
});
