// Needs, offers and matching with the demo data: "Les Liens du Furan (démo)" needs digital
// volunteers in Saint-Étienne (commune 42218), "Forez Numérique (démo)" offers skills-based
// mécénat on Saint-Étienne Métropole (EPCI 244200770): the same mode and theme, so they match.
import { expect, test, type Locator, type Page } from "@playwright/test";
import { signIn } from "../support/auth";
import { expectNoAxeViolations } from "../support/axe";
import { expectFormKeepsValues } from "../support/forms";
import { addCommune } from "../support/territory-picker";

const NEED = "Bénévoles pour des ateliers numériques (démo)";
const OFFER = "Mécénat de compétences numériques (démo)";
const FUREN = "Les Liens du Furan (démo)";
const FOREZ = "Forez Numérique (démo)";

const matches = (page: Page) => page.getByRole("region", { name: "Partenaires possibles" });
/** An error shown anywhere in this part of the page (outcome lines are empty until something happens). */
const shownErrors = (scope: Locator) => scope.locator('[role="alert"]:not(:empty)');

async function openFromList(page: Page, title: string) {
  await page.goto("/espace/besoins-offres");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Besoins et offres");
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: title }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
}

// Each form is also filled and refused once (expectFormKeepsValues), and server actions are slow
// when the machine is shared: these journeys get more than the default time.
test.describe.configure({ timeout: 120_000 });

test.describe.serial("mises en relation", () => {
  test("l'entreprise voit le besoin de l'association, avec les raisons, et la contacte", async ({ page }) => {
    await signIn(page, "entreprise@demo.odd17.fr");
    await openFromList(page, OFFER);
    const match = matches(page).getByRole("article", { name: NEED });
    await expect(match).toContainText("même EPCI : Saint-Étienne Métropole");
    await expect(match).toContainText("même mode d'alliance : mécénat de compétences");
    await expect(match).toContainText("même thème : inclusion numérique");
    await expect(match).toContainText(`Proposé par ${FUREN}`);
    await expectNoAxeViolations(page);

    await match.getByRole("button", { name: "Envoyer le message" }).click();
    await expect(match.getByRole("alert")).toContainText("Le formulaire contient des erreurs");
    await expect(match.getByLabel(/^Votre message/)).toHaveAccessibleDescription(/Écrivez un message/);
    await expectNoAxeViolations(page);
    // Within this match: needs made by other specs may match the offer too, each with its form.
    await expectFormKeepsValues(page, "match.contact", { within: match, invalid: (form) => form.getByLabel(/^Votre message/).fill("") });
    await match.getByLabel(/^Votre message/).fill("Bonjour, nos salariés peuvent animer deux ateliers par mois.");
    // A double click sends once and shows the success only, never an error after it.
    await match.getByRole("button", { name: "Envoyer le message" }).dblclick();
    await expect(match.getByRole("status")).toContainText("Message envoyé");
    await expect(match.getByRole("status")).toBeFocused();
    await expect(shownErrors(match)).toHaveCount(0);
    // After a reload, the match says a contact is under way.
    await page.reload();
    await expect(matches(page).getByRole("article", { name: NEED })).toContainText("Mise en relation déjà engagée — en attente de réponse.");

    await page.goto("/espace/mises-en-relation");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mises en relation");
    const sent = page.getByRole("region", { name: "Messages envoyés" }).getByRole("article", { name: `À ${FUREN}` });
    await expect(sent).toContainText("En attente de réponse");
    await expectNoAxeViolations(page);
  });

  test("l'association voit la mise en relation, l'accepte et en fait un projet d'alliance", async ({ page }) => {
    await signIn(page, "association@demo.odd17.fr");
    await openFromList(page, NEED);
    const match = matches(page).getByRole("article", { name: OFFER });
    await expect(match).toContainText("même EPCI : Saint-Étienne Métropole");
    await expect(match).toContainText(`Proposé par ${FOREZ}`);
    await expect(match).toContainText("Mise en relation déjà engagée — en attente de réponse.");
    await expectNoAxeViolations(page);

    await page.goto("/espace/mises-en-relation");
    const received = page.getByRole("region", { name: "Messages reçus" }).getByRole("article", { name: `De ${FOREZ}` });
    await expect(received).toContainText("nos salariés peuvent animer deux ateliers");
    await expectNoAxeViolations(page);
    // Declining asks first; « Annuler » changes nothing.
    await received.getByRole("button", { name: `Décliner la mise en relation de ${FOREZ}` }).click();
    await page
      .getByRole("dialog", { name: `Décliner la mise en relation de ${FOREZ} ?` })
      .getByRole("button", { name: "Annuler" })
      .click();
    await received.getByRole("button", { name: `Accepter la mise en relation de ${FOREZ}` }).dblclick();
    await expect(received.getByRole("status").filter({ hasText: "Mise en relation acceptée." })).toBeVisible();
    await expect(received).toContainText("Acceptée");
    await expect(shownErrors(received)).toHaveCount(0);
    // Accepted: whom to write to at Forez Numérique, with a link to write.
    await expect(received).toContainText("Pour vous écrire directement");
    await expect(received).toContainText("entreprise@demo.odd17.fr");
    await expect(received.getByRole("link", { name: `Écrire un e-mail à ${FOREZ}` })).toHaveAttribute("href", /^mailto:entreprise@demo\.odd17\.fr\?subject=/);

    await received.getByRole("button", { name: `Créer un projet d'alliance avec ${FOREZ}` }).click();
    await expect(received.getByRole("status").filter({ hasText: "Projet d'alliance créé" })).toBeVisible();
    const link = received.getByRole("link", { name: "Voir le projet d'alliance" });
    await expect(link).toBeVisible();
    await expect(link).toHaveAttribute("href", /^\/espace\/alliances\/[A-Za-z0-9_-]+$/);
    await expectNoAxeViolations(page);
  });

  test("l'entreprise voit à qui écrire chez l'association ; une troisième organisation ne voit rien", async ({ page, browser }) => {
    await signIn(page, "entreprise@demo.odd17.fr");
    await page.goto("/espace/mises-en-relation");
    const sent = page.getByRole("region", { name: "Messages envoyés" }).getByRole("article", { name: `À ${FUREN}` });
    await expect(sent).toContainText("Acceptée");
    await expect(sent).toContainText("association@demo.odd17.fr");
    await expect(sent.getByRole("link", { name: `Écrire un e-mail à ${FUREN}` })).toHaveAttribute("href", /^mailto:association@demo\.odd17\.fr\?subject=/);
    await expectNoAxeViolations(page);

    const third = await browser.newContext();
    const thirdPage = await third.newPage();
    await signIn(thirdPage, "collectivite@demo.odd17.fr");
    await thirdPage.goto("/espace/mises-en-relation");
    await expect(thirdPage.getByRole("heading", { level: 1 })).toHaveText("Mises en relation");
    await expect(thirdPage.getByText("association@demo.odd17.fr")).toHaveCount(0);
    await expect(thirdPage.getByText("entreprise@demo.odd17.fr")).toHaveCount(0);
    await expect(thirdPage.getByText("nos salariés peuvent animer deux ateliers")).toHaveCount(0);
    await third.close();
  });
});

test("un membre crée un besoin et le voit en attente de validation ; une autre organisation ne peut pas l'ouvrir", async ({ page, browser }) => {
  await signIn(page, "membre@demo.odd17.fr");
  await page.goto("/espace/besoins-offres");
  await page.getByRole("link", { name: `Nouveau besoin pour ${FUREN}` }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Nouveau besoin");
  await expectNoAxeViolations(page);

  // Refused first: no territory yet, errors under their fields.
  const title = `Aide aux devoirs ${Date.now()} (e2e)`;
  await page.getByLabel(/^Titre/).fill(title);
  await page.getByRole("button", { name: "Enregistrer le besoin" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Le formulaire contient des erreurs" })).toBeVisible();
  await expect(page.locator("#territoires-erreurs")).toHaveText(/Choisissez le territoire concerné\./);
  await expect(page.getByLabel(/^Titre/)).toHaveValue(title);
  await expectNoAxeViolations(page);
  await expectFormKeepsValues(page, "need-offer.create", { invalid: (form) => form.getByLabel(/^Titre/).fill("") });
  await page.reload();

  // The territory is searched inside the form: the page does not reload, the title typed stays.
  await page.getByLabel(/^Titre/).fill(title);
  await addCommune(page, "42218", "Saint-Étienne");
  await expect(page.getByRole("button", { name: "Retirer Saint-Étienne" })).toBeVisible();
  await expect(page.getByLabel(/^Titre/)).toHaveValue(title);
  await page.getByLabel(/^Description/).fill("Des bénévoles pour accompagner des collégiens le mercredi.");
  await page.getByLabel(/^Mode d'alliance/).selectOption({ label: "Mécénat" });
  await page.getByLabel(/^Forme de mécénat/).selectOption({ label: "De compétences" });
  await page.getByLabel(/^Thème/).selectOption({ label: "Éducation et jeunesse" });
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Enregistrer le besoin" }).click();

  await expect(page).toHaveURL(/\/espace\/besoins-offres\/besoins\/[^/]+$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  const info = page.getByRole("region", { name: "Informations" });
  await expect(info).toContainText("En attente de validation");
  await expect(info).toContainText("Saint-Étienne");
  // After the action's redirect, the new page's title arrives with its streamed metadata.
  await expect(page).toHaveTitle(`${title} — ODD 17 en pratiques`);
  await expectNoAxeViolations(page);
  const url = page.url();

  // Edited (the territory is kept), then closed.
  await page.getByRole("link", { name: "Modifier" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Modifier le besoin « ${title} »`);
  await expect(page.getByRole("button", { name: "Retirer Saint-Étienne" })).toBeVisible();
  await expect(page).toHaveTitle(/^Modifier le besoin/);
  await expect(page.getByText("Le besoin est en attente de validation : vos modifications seront examinées avec lui.")).toBeVisible();
  await expectNoAxeViolations(page);
  await expectFormKeepsValues(page, "need-offer.update", { invalid: (form) => form.getByLabel(/^Titre/).fill("") });
  await expect(page.getByRole("button", { name: "Retirer Saint-Étienne" })).toBeVisible();
  await page.reload();
  await page.getByLabel(/^Titre/).fill(`${title} — mercredis`);
  await page.getByRole("button", { name: "Enregistrer les modifications" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${title} — mercredis`);
  await page.getByRole("button", { name: /^Clôturer/ }).click();
  await page
    .getByRole("dialog", { name: `Clôturer le besoin « ${title} — mercredis » ?` })
    .getByRole("button", { name: "Clôturer" })
    .click();
  await expect(page.getByRole("status").filter({ hasText: "C'est clôturé" })).toBeVisible();
  await page.reload();
  await expect(page.getByRole("region", { name: "Informations" })).toContainText("Clôturé");
  await expectNoAxeViolations(page);

  // Cross-tenant: an admin of another organisation gets the "not found" page.
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await signIn(otherPage, "entreprise@demo.odd17.fr");
  await otherPage.goto(url);
  await expect(otherPage.getByRole("heading", { level: 1 })).toHaveText("Page introuvable");
  await expect(otherPage.getByText(title)).toHaveCount(0);
  await other.close();
});
