// The alliances workspace with the demo data: "Les Liens du Furan (démo)" (association@) creates
// an alliance and invites "Forez Numérique (démo)" (entreprise@), who confirms; the lead moves it
// to "Construction" and submits it; both rate it. Axe runs on every page visited. Every form is
// refused once with everything filled in: nothing chosen (mode, targets, territories, scores) is lost.
import { expect, test, type Locator, type Page } from "@playwright/test";
import { signIn } from "../support/auth";
import { expectNoAxeViolations } from "../support/axe";
import { expectFormKeepsValues } from "../support/forms";
import { addCommune } from "../support/territory-picker";

const FUREN = "Les Liens du Furan (démo)";
const FOREZ = "Forez Numérique (démo)";
const TITLE = `Cafés numériques du Furan ${Date.now()}`;
// "de" + "Les Liens…" contracts to "des Liens…".
const NOTE_OF: Record<string, string> = { [FUREN]: "La note des Liens du Furan (démo)", [FOREZ]: `La note de ${FOREZ}` };
let allianceUrl = "";

/** A stale version: the server refuses with the conflict message, whatever else was sent. */
const staleVersion = (form: Locator) =>
  form.locator('input[name="version"]').evaluate((input) => {
    (input as HTMLInputElement).value = "999";
  });
/** An id nothing has: the server refuses without changing anything. */
const unknownId = (name: string) => (form: Locator) =>
  form.locator(`input[name="${name}"]`).evaluate((input) => {
    (input as HTMLInputElement).value = "inconnu";
  });

async function rate(page: Page, organisation: string, scores: [number, number, number], comment: string) {
  const form = page.getByRole("form", { name: NOTE_OF[organisation] });
  for (const [index, dimension] of ["Innovation", "Performance", "Confiance"].entries()) {
    await form
      .getByRole("group", { name: dimension })
      .getByRole("radio", { name: String(scores[index]), exact: true })
      .check();
  }
  await form.getByLabel("Commentaire").fill(comment);
  await form.getByRole("button", { name: "Enregistrer la note" }).click();
  await expect(form.getByRole("status")).toContainText("Note enregistrée");
}

// Each form is also filled and refused once (expectFormKeepsValues), and server actions are slow
// when the machine is shared: these journeys get more than the default time.
test.describe.configure({ timeout: 120_000 });

test.describe.serial("espace alliances", () => {
  test("l'association crée une alliance et invite Forez Numérique", async ({ page }) => {
    await signIn(page, "association@demo.odd17.fr");
    await page.goto("/espace/alliances");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mes alliances");
    await expectNoAxeViolations(page);

    await page.getByRole("link", { name: "Créer une alliance" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Créer une alliance");
    await expectNoAxeViolations(page);
    // Refused: the errors sit under their fields.
    await page.getByRole("button", { name: "Créer l'alliance" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Le formulaire contient des erreurs" })).toBeVisible();
    await expect(page.getByLabel("Titre", { exact: true })).toHaveAccessibleDescription(/Indiquez un titre/);
    await expectNoAxeViolations(page);
    // Everything chosen survives a refusal: the mode, the ticked targets, the territories picked.
    await addCommune(page, "Saint-Étienne", "Saint-Étienne");
    await expectFormKeepsValues(page, "alliance.create", { invalid: (form) => form.getByLabel("Titre", { exact: true }).fill("") });
    await expect(page.getByRole("button", { name: "Retirer Saint-Étienne" })).toBeVisible();
    await page.reload();

    const organisation = page.getByLabel("Organisation cheffe de file");
    if (await organisation.evaluate((select) => (select as HTMLSelectElement).options.length > 1)) await organisation.selectOption({ label: FUREN });
    await page.getByLabel("Titre", { exact: true }).fill(TITLE);
    await page.getByLabel("Résumé").fill("Des cafés pour apprendre le numérique ensemble.");
    await page.getByLabel("Mode d'alliance").selectOption({ label: "Mécénat" });
    await page.getByLabel("Type de mécénat").selectOption({ label: "De compétences" });
    await addCommune(page, "Saint-Étienne", "Saint-Étienne");
    await expect(page.getByRole("button", { name: "Retirer Saint-Étienne" })).toBeVisible();
    await page.getByRole("checkbox", { name: /^17\.17 / }).check();
    await page.getByRole("button", { name: "Créer l'alliance" }).click();

    await expect(page.getByRole("heading", { level: 1 })).toHaveText(TITLE);
    allianceUrl = new URL(page.url()).pathname;
    await expect(page.getByRole("region", { name: "Historique" })).toContainText("Alliance créée");
    await expectNoAxeViolations(page);

    await page.getByRole("textbox", { name: "Rechercher une organisation" }).fill("Forez");
    await page.getByRole("button", { name: "Rechercher", exact: true }).click();
    await expectFormKeepsValues(page, "alliance.partner-invite", { invalid: unknownId("id") });
    await page.getByRole("radio", { name: new RegExp(`^${FOREZ.replace(/[()]/g, "\\$&")}`) }).check();
    await page.getByLabel("Rôle dans l'alliance").fill("Mécénat de compétences numériques");
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: "Inviter" }).click();
    const partners = page.getByRole("region", { name: "Partenaires" });
    await expect(partners.getByRole("listitem").filter({ hasText: FOREZ })).toContainText("Invitation en attente");
    await expectNoAxeViolations(page);
  });

  test("Forez Numérique confirme sa participation", async ({ page }) => {
    await signIn(page, "entreprise@demo.odd17.fr");
    // A forged id answers like a missing page.
    const missing = await page.goto("/espace/alliances/cet-identifiant-n-existe-pas");
    expect(missing?.status()).toBe(404);
    await page.goto("/espace/alliances");
    const toConfirm = page.getByRole("region", { name: "À confirmer" });
    await expect(toConfirm).toContainText(TITLE);
    await expectNoAxeViolations(page);
    await toConfirm.getByRole("link", { name: TITLE }).click();
    await expect(page.getByRole("heading", { name: "Votre organisation est invitée" })).toBeVisible();
    // Before confirming: who invites, with which role, what the alliance is and with whom; no timeline.
    const invitation = page.getByRole("region", { name: "Votre organisation est invitée" });
    await expect(invitation).toContainText(`Invitation de ${FUREN}, organisation cheffe de file de l'alliance.`);
    await expect(invitation).toContainText("Rôle proposé : partenaire, Mécénat de compétences numériques.");
    await expect(invitation).toContainText("Mécénat (De compétences)");
    await expect(invitation.getByRole("term").filter({ hasText: "Dates" })).toBeVisible();
    await expect(invitation.getByRole("listitem").filter({ hasText: FUREN })).toContainText("Confirmé");
    await expect(page.getByRole("region", { name: "Historique" })).toHaveCount(0);
    await expectNoAxeViolations(page);
    // Declining asks first; « Annuler » leaves the invitation as it was.
    await page.getByRole("button", { name: "Décliner l'invitation" }).click();
    const dialog = page.getByRole("dialog", { name: `Décliner l'invitation à l'alliance « ${TITLE} » ?` });
    await expect(dialog.getByRole("button", { name: "Annuler" })).toBeFocused();
    await dialog.getByRole("button", { name: "Annuler" }).click();
    await expect(dialog).toBeHidden();
    await page.getByRole("button", { name: "Confirmer la participation" }).click();
    await expect(page.getByRole("region", { name: "Partenaires" }).getByRole("listitem").filter({ hasText: FOREZ })).toContainText("Confirmé");
    // A confirmed partner that is not the lead cannot move the stage.
    await expect(page.getByRole("region", { name: "Changer d'étape" })).toHaveCount(0);
    await expectNoAxeViolations(page);
  });

  test("l'association passe l'alliance en construction, la soumet et la note", async ({ page }) => {
    await signIn(page, "association@demo.odd17.fr");
    await page.goto(allianceUrl);
    const stage = page.getByRole("region", { name: "Changer d'étape" });
    await expectFormKeepsValues(page, "alliance.stage", { invalid: (form) => form.getByLabel(/^Commentaire/).fill("") });
    await expectFormKeepsValues(page, "alliance.results", { invalid: staleVersion });
    await page.reload();
    await stage.getByLabel("Nouvelle étape").selectOption({ label: "Construction" });
    await stage.getByLabel("Commentaire").fill("Forez Numérique a confirmé : on prépare les premiers cafés.");
    await stage.getByRole("button", { name: "Changer d'étape" }).click();
    const timeline = page.getByRole("region", { name: "Historique" });
    await expect(timeline.getByRole("listitem").first()).toContainText("Idée → Construction");
    await expect(timeline.getByRole("listitem").first()).toContainText("on prépare les premiers cafés");
    await expectNoAxeViolations(page);

    await page.getByRole("button", { name: "Soumettre pour publication" }).click();
    // The submit form gives way to the pending state, announced as a status.
    await expect(page.getByRole("region", { name: "Publication" }).getByRole("status")).toContainText("en attente de validation");
    await page.reload();
    await expect(page.getByRole("region", { name: "Publication" })).toContainText("en attente de validation");

    // The scores chosen survive a refusal.
    await expectFormKeepsValues(page, "alliance.rating", { invalid: unknownId("actorId") });
    await page.reload();
    await rate(page, FUREN, [4, 4, 5], "Un partenaire fiable.");
    await expectNoAxeViolations(page);

    // The editor, reached from the alliance, keeps what was recorded.
    await page.getByRole("link", { name: "Modifier l'alliance" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Modifier l'alliance");
    await expect(page.getByLabel("Titre", { exact: true })).toHaveValue(TITLE);
    // What saving does is said before saving: a pending alliance is reviewed with its edits.
    await expect(page.getByText("L'alliance est en attente de validation : vos modifications seront examinées avec elle.")).toBeVisible();
    await expectNoAxeViolations(page);
    await expectFormKeepsValues(page, "alliance.update", { invalid: (form) => form.getByLabel("Titre", { exact: true }).fill("") });
  });

  test("Forez Numérique note l'alliance et voit où les partenaires divergent", async ({ page }) => {
    await signIn(page, "entreprise@demo.odd17.fr");
    await page.goto(allianceUrl);
    await rate(page, FOREZ, [4, 3, 2], "La coordination reste à construire.");
    await page.reload();
    const scorecard = page.getByRole("region", { name: "Tableau de bord des partenaires" });
    await expect(scorecard.getByRole("table")).toContainText(FUREN);
    await expect(scorecard.getByRole("table")).toContainText(FOREZ);
    await expect(scorecard).toContainText("Les partenaires divergent sur la confiance");
    await expect(scorecard).not.toContainText("divergent sur l'innovation");
    await expectNoAxeViolations(page);
  });
});
