import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "../support/axe";
import { expectFormKeepsValues } from "../support/forms";
import { demoAccounts, signIn } from "../support/auth";

// The version this spec activates is a copy of the seeded v1 with another title, and v1 is active
// again at the end: the diagnostics spec, which may run meanwhile on the same database, sees the
// same questions throughout.
const KEY = "diagnostic-territorial";

function lineOf(text: string, needle: string, from = 0): number {
  return text.slice(0, text.indexOf(needle, from)).split("\n").length;
}

async function versionPageOf(page: Page): Promise<number> {
  await expect(page).toHaveURL(/\/admin\/questionnaires\/[A-Za-z0-9_-]+$/);
  const heading = page.getByRole("heading", { level: 1 });
  await expect(heading).toHaveText(new RegExp(`^Questionnaire « ${KEY} », version \\d+$`));
  return Number((await heading.textContent())!.match(/(\d+)$/)![1]);
}

test.describe("back-office : questionnaires de diagnostic", () => {
  test("l'équipe crée une version, voit ses erreurs à leur place, la corrige, la prévisualise et l'active", async ({ page }) => {
    // A long journey with seven axe checks, one on a page holding the whole questionnaire, and
    // every text of the questionnaire typed into by the form check.
    test.setTimeout(300_000);
    await signIn(page, demoAccounts.staff, { goTo: "/admin" });
    await page.getByRole("navigation", { name: "Navigation du back-office" }).getByRole("link", { name: "Questionnaires" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Questionnaires de diagnostic");
    const versions = page.getByRole("table", { name: `Versions du questionnaire « ${KEY} », de la plus récente à la plus ancienne` });
    const v1 = versions.getByRole("row").filter({ has: page.getByRole("link", { name: "Ouvrir la version 1" }) });
    await expect(v1.getByRole("cell").nth(1)).toHaveText("Active");
    await expectNoAxeViolations(page);

    // New version from v1: a DRAFT with the next number, opened in the editor.
    await v1.getByRole("button", { name: "Nouvelle version à partir de celle-ci (version 1)" }).click();
    const version = await versionPageOf(page);
    expect(version).toBeGreaterThan(1);
    await expect(page.getByText("Brouillon", { exact: true })).toBeVisible();
    await expectNoAxeViolations(page);

    const editor = page.getByRole("textbox", { name: "Contenu JSON" });
    const original = await editor.inputValue();
    const save = page.getByRole("button", { name: "Enregistrer le brouillon" });
    const title = page.getByLabel("Titre", { exact: true });
    const originalTitle = await title.inputValue();

    // Whatever the server refuses, the title and the JSON stay as typed, the summary in focus.
    await expectFormKeepsValues(page, "questionnaire.edit-json", { invalid: (form) => form.getByLabel("Titre", { exact: true }).fill("") });
    await title.fill(originalTitle);

    // A JSON syntax error: its line and column, nothing saved, the typed text kept.
    const missingComma = original.replace('"levels": [', '"levels": [\n    "oubli"\n    "virgule",');
    await editor.fill(missingComma);
    await save.click();
    const errors = page.locator("#contenu-erreurs");
    await expect(errors).toContainText("Erreur de syntaxe JSON : Virgule « , » ou crochet fermant « ] » attendu");
    const syntaxLine = lineOf(missingComma, '"virgule"');
    await expect(errors.getByRole("button", { name: `Aller à la ligne ${syntaxLine} du contenu` })).toHaveText(`Ligne ${syntaxLine}, colonne 5`);
    await expect(editor).toHaveValue(missingComma);

    // A template error: shown with its path and the line of that path in the typed text.
    const body = JSON.parse(original);
    body.sections[2].questions[0].options = body.sections[2].questions[0].options.slice(0, 1);
    const broken = JSON.stringify(body, null, 2);
    await editor.fill(broken);
    await page.getByLabel("Titre", { exact: true }).fill("Diagnostic territorial des alliances (révisé)");
    await save.click();
    await expect(page.getByRole("alert").filter({ hasText: "Rien n'a été enregistré" })).toBeVisible();
    await expect(errors).toContainText("1 erreur dans le contenu");
    await expect(errors).toContainText("sections[2].questions[0].options : Proposez au moins deux réponses.");
    const thirdSection = broken.indexOf(`"id": "${body.sections[2].id}"`);
    const optionsLine = lineOf(broken, '"options"', thirdSection);
    const goTo = errors.getByRole("button", { name: `Aller à la ligne ${optionsLine} du contenu` });
    await expect(goTo).toHaveText(`Ligne ${optionsLine}`);
    await expect(editor).toHaveValue(broken);
    await expect(page.getByLabel("Titre", { exact: true })).toHaveValue("Diagnostic territorial des alliances (révisé)");
    await expectNoAxeViolations(page);
    await goTo.click();
    await expect(editor).toBeFocused();
    await expect(page.getByText(`Curseur : ligne ${optionsLine}, colonne 1`)).toBeVisible();

    // Fixed: saved.
    await editor.fill(original);
    await save.click();
    await expect(page.getByRole("status").filter({ hasText: "Brouillon enregistré." })).toBeVisible();
    await expect(errors).toBeEmpty();
    await expectNoAxeViolations(page);

    // The form editor: an emptied question label is refused under its field, nothing saved.
    await page.getByRole("navigation", { name: "Mode d'édition" }).getByRole("link", { name: "Formulaire (textes)" }).click();
    const label = page.getByRole("textbox", { name: "Libellé de la question 1.1", exact: true });
    // Every text typed stays after a refusal; nothing was saved, as the reload shows.
    await expectFormKeepsValues(page, "questionnaire.edit-texts", { invalid: async () => label.fill("") });
    await page.reload();
    const originalLabel = await label.inputValue();
    expect(originalLabel).not.toBe("");
    await label.fill("");
    const saveTexts = page.getByRole("button", { name: "Enregistrer les textes" });
    await saveTexts.click();
    await expect(page.getByRole("alert").filter({ hasText: "Rien n'a été enregistré" })).toBeVisible();
    await expect(label).toHaveAccessibleDescription(/Ce champ est obligatoire\./);
    await expect(label).toHaveValue("");
    await expectNoAxeViolations(page);
    // The texts put back (the activated copy must stay equivalent to v1), the title saved.
    await label.fill(originalLabel);
    await page.getByLabel("Titre", { exact: true }).fill("Diagnostic territorial des alliances (révisé)");
    await saveTexts.click();
    await expect(page.getByRole("status").filter({ hasText: "Brouillon enregistré." })).toBeVisible();

    // Preview: every step, the scoring summary, controls that can be tried.
    await page.getByRole("link", { name: "Aperçu", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Aperçu : « ${KEY} », version ${version}`);
    await expect(page.getByRole("heading", { level: 2, name: "Diagnostic territorial des alliances (révisé)" })).toBeVisible();
    await expect(page.getByRole("heading", { level: 3, name: /^Étape \d sur 6 : / })).toHaveCount(6);
    await expect(page.getByRole("table", { name: /Niveaux de maturité/ }).getByRole("rowheader", { name: "Découverte" })).toBeVisible();
    await expect(page.getByText(/^Gouvernance partenariale \(gouvernance\) : \d+ questions?, [\d,]+ points au plus\.$/)).toBeVisible();
    const firstRadio = page.getByRole("radio").first();
    await firstRadio.check();
    await expect(firstRadio).toBeChecked();
    await expectNoAxeViolations(page);

    // Activation: v1 is retired, the new version is active and read-only.
    await page.getByRole("link", { name: "Retour à la version" }).click();
    // Asked first: every new diagnostic will take it.
    await page.getByRole("button", { name: "Activer cette version" }).click();
    const dialog = page.getByRole("dialog", { name: `Activer la version ${version} du questionnaire ?` });
    await expect(dialog).toContainText("la version 1 sera retirée");
    await expect(dialog.getByRole("button", { name: "Annuler" })).toBeFocused();
    await expectNoAxeViolations(page);
    await dialog.getByRole("button", { name: "Activer", exact: true }).click();
    await expect(page.getByRole("status").filter({ hasText: `Version ${version} activée : les nouveaux diagnostics l'utiliseront.` })).toBeFocused();
    await expect(page.getByText("Cette version est active : elle ne peut plus être modifiée.")).toBeVisible();
    await expect(page.getByRole("textbox", { name: "Contenu JSON (lecture seule)" })).toHaveAttribute("readonly", "");
    await expect(page.getByRole("button", { name: "Enregistrer le brouillon" })).toHaveCount(0);
    await expectNoAxeViolations(page);

    await page.getByRole("link", { name: "Questionnaires", exact: true }).first().click();
    await expect(
      versions
        .getByRole("row")
        .filter({ has: page.getByRole("link", { name: "Ouvrir la version 1" }) })
        .getByRole("cell")
        .nth(1),
    ).toHaveText("Retirée");

    // Back to v1, so that the demo questionnaire stays the seeded one.
    await page.getByRole("link", { name: "Ouvrir la version 1" }).click();
    await page.getByRole("button", { name: "Réactiver cette version" }).click();
    await page.getByRole("dialog", { name: "Activer la version 1 du questionnaire ?" }).getByRole("button", { name: "Activer", exact: true }).click();
    await expect(page.getByRole("status").filter({ hasText: "Version 1 activée" })).toBeVisible();
  });

  test("l'équipe supprime un brouillon après confirmation, et la liste le dit", async ({ page }) => {
    await signIn(page, demoAccounts.staff, { goTo: "/admin/questionnaires" });
    const versions = page.getByRole("table", { name: `Versions du questionnaire « ${KEY} », de la plus récente à la plus ancienne` });
    await versions.getByRole("button", { name: "Nouvelle version à partir de celle-ci (version 1)" }).click();
    const version = await versionPageOf(page);

    const remove = page.getByRole("button", { name: "Supprimer ce brouillon" });
    await remove.click();
    const dialog = page.getByRole("dialog", { name: `Supprimer le brouillon de la version ${version} ?` });
    await expect(dialog).toContainText("définitivement");
    await expect(dialog.getByRole("button", { name: "Annuler" })).toBeFocused();
    await expectNoAxeViolations(page);
    // Échap cancels: the draft is still there.
    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Questionnaire « ${KEY} », version ${version}`);

    await remove.click();
    await dialog.getByRole("button", { name: "Supprimer le brouillon" }).click();
    await expect(page).toHaveURL(/\/admin\/questionnaires\?fait=supprime$/);
    await expect(page.getByRole("status").filter({ hasText: "Le brouillon est supprimé." })).toBeFocused();
    await expect(page.getByRole("link", { name: `Ouvrir la version ${version}` })).toHaveCount(0);
    await expectNoAxeViolations(page);
  });

  test("un utilisateur sans rôle reçoit la page « Accès refusé »", async ({ page }) => {
    await signIn(page, demoAccounts.user);
    const response = await page.goto("/admin/questionnaires");
    expect(response?.status()).toBe(403);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Accès refusé");
    await expectNoAxeViolations(page);
  });
});
