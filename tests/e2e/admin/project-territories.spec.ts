import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "../support/axe";
import { expectFormKeepsValues } from "../support/forms";
import { demoAccounts, signIn } from "../support/auth";

// Nantes Métropole: far from the territories the other specs check, so that the project this
// spec attaches to it appears on no page they read.
const EPCI = { code: "244400404", name: "Nantes Métropole" };

test.describe("back-office : territoires de projet", () => {
  test("l'équipe colle une liste de codes : la vérification dit ce qui sera ajouté et ce qui ne va pas, rien n'est ajouté avant la confirmation", async ({
    page,
  }) => {
    test.setTimeout(90_000);
    const code = `CRTE-LISTE-${Date.now().toString(36).toUpperCase()}`;
    await signIn(page, demoAccounts.staff, { goTo: "/admin/territoires-de-projet" });
    await page.getByLabel("Nom", { exact: true }).fill(`CRTE par liste ${code}`);
    await page.getByLabel("Code", { exact: true }).fill(code);
    await page.getByRole("button", { name: "Créer le territoire de projet" }).click();
    await expect(page).toHaveURL(/\/admin\/territoires-de-projet\/\d+$/);
    const list = page.getByRole("region", { name: "Ajouter une liste de codes" });
    await expectFormKeepsValues(page, "project-territory.member-list", {
      invalid: (form) => form.getByLabel("Codes INSEE ou SIREN").fill("pas un code"),
      submit: (form) => form.getByRole("button", { name: "Vérifier la liste" }),
    });

    // A wrong code and an unknown one: named next to the field, the list kept, no button to add.
    const field = list.getByLabel("Codes INSEE ou SIREN");
    await field.fill("44109\n44143, 99999 ; 4410");
    await list.getByRole("button", { name: "Vérifier la liste" }).click();
    await expect(field).toHaveAccessibleDescription(/Ce code n'est ni un code INSEE de commune ni un SIREN d'EPCI : 4410\./);
    await expect(field).toHaveAccessibleDescription(/Aucune commune ni aucun EPCI ne porte ce code : 99999\./);
    await expect(field).toHaveValue("44109\n44143, 99999 ; 4410");
    await expect(list.getByRole("button", { name: "Ajouter les territoires de la liste" })).toHaveCount(0);
    await expectNoAxeViolations(page);

    // Corrected: the preview names what will be added; nothing is added yet.
    await field.fill("44109\n44143, 44190");
    await list.getByRole("button", { name: "Vérifier la liste" }).click();
    await expect(list.getByRole("status")).toContainText("3 territoires seront ajoutés : Nantes, Rezé et Saint-Sébastien-sur-Loire.");
    await expect(page.getByRole("heading", { level: 2, name: "Aucun membre" })).toBeVisible();
    await expectNoAxeViolations(page);

    await list.getByRole("button", { name: "Ajouter les territoires de la liste" }).click();
    await expect(list.getByRole("status")).toContainText("3 territoires ajoutés au territoire de projet.");
    await expect(page.getByRole("heading", { level: 2, name: "3 membres" })).toBeVisible();
    await expect(field).toHaveValue("");
  });

  test("l'équipe ajoute les communes d'un fichier de codes (CSV) avec le même aperçu", async ({ page }) => {
    const code = `CRTE-FICHIER-${Date.now().toString(36).toUpperCase()}`;
    await signIn(page, demoAccounts.staff, { goTo: "/admin/territoires-de-projet" });
    await page.getByLabel("Nom", { exact: true }).fill(`CRTE par fichier ${code}`);
    await page.getByLabel("Code", { exact: true }).fill(code);
    await page.getByRole("button", { name: "Créer le territoire de projet" }).click();
    await expect(page).toHaveURL(/\/admin\/territoires-de-projet\/\d+$/);
    const list = page.getByRole("region", { name: "Ajouter une liste de codes" });
    const fileField = list.getByLabel(/^Ou un fichier de codes/);

    // A PDF is refused next to the file field, nothing added.
    await fileField.setInputFiles({ name: "codes.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.7\n\0\0") });
    await list.getByRole("button", { name: "Vérifier la liste" }).click();
    await expect(fileField).toHaveAccessibleDescription(/ni un CSV ou un texte en UTF-8, ni un classeur Excel/);

    // A CSV with a header and a wrong cell: the codes fill the list, the wrong one is named.
    const csv = "code INSEE;nom\n44109;Nantes\n44143;Rezé\n4410;faute\n";
    await fileField.setInputFiles({ name: "codes.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
    await list.getByRole("button", { name: "Vérifier la liste" }).click();
    const field = list.getByLabel("Codes INSEE ou SIREN");
    await expect(field).toHaveAccessibleDescription(/Ces 4 codes ne sont ni des codes INSEE de commune ni des SIREN d'EPCI : Nantes, Rezé, 4410 et faute\./);
    await expect(field).toHaveValue(/^44109\nNantes\n44143/);
    await expect(list.getByRole("button", { name: "Ajouter les territoires de la liste" })).toHaveCount(0);

    // The file of codes only: the preview, then the addition.
    await field.fill("");
    await fileField.setInputFiles({ name: "codes.txt", mimeType: "text/plain", buffer: Buffer.from("44109\n44143\n") });
    await list.getByRole("button", { name: "Vérifier la liste" }).click();
    await expect(list.getByRole("status")).toContainText("2 territoires seront ajoutés : Nantes et Rezé.");
    await expect(field).toHaveValue("44109\n44143");
    await expectNoAxeViolations(page);
    await list.getByRole("button", { name: "Ajouter les territoires de la liste" }).click();
    await expect(list.getByRole("status")).toContainText("2 territoires ajoutés au territoire de projet.");
    await expect(page.getByRole("heading", { level: 2, name: "2 membres" })).toBeVisible();
  });

  test("l'équipe crée un CRTE, lui ajoute un EPCI, le voit sur sa page publique, puis le supprime", async ({ page }) => {
    // Two forms checked, six axe checks, one with the confirmation open: over 30 s on a busy machine.
    test.setTimeout(90_000);
    const code = `CRTE-E2E-${Date.now().toString(36).toUpperCase()}`;
    const name = `CRTE de l'estuaire ${code}`;
    await signIn(page, demoAccounts.staff, { goTo: "/admin/territoires-de-projet" });
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Territoires de projet");
    await expectNoAxeViolations(page);

    // Every field typed stays after a refusal, the summary in focus.
    await expectFormKeepsValues(page, "project-territory.create", { invalid: (form) => form.getByLabel("Code", { exact: true }).fill("crte 44") });
    // A code that cannot be part of a URL is refused next to its field; the name typed stays.
    await page.getByLabel("Nom", { exact: true }).fill(name);
    await page.getByLabel("Code", { exact: true }).fill("crte 44");
    await page.getByRole("button", { name: "Créer le territoire de projet" }).click();
    await expect(page.getByLabel("Code", { exact: true })).toHaveAccessibleDescription(/Le code ne peut contenir que des lettres sans accents/);
    await expect(page.getByLabel("Nom", { exact: true })).toHaveValue(name);
    await expectNoAxeViolations(page);

    await page.getByLabel("Code", { exact: true }).fill(code.toLowerCase());
    await page.getByLabel("Description").fill("Contrat de relance et de transition écologique (test).");
    await page.getByRole("button", { name: "Créer le territoire de projet" }).click();
    await expect(page).toHaveURL(/\/admin\/territoires-de-projet\/\d+$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
    // After a client-side redirect the title can follow the content: wait for it before axe.
    await expect(page).toHaveTitle(`${name} — Territoires de projet — Back-office — ODD 17 en pratiques`);
    await expect(page.getByRole("heading", { level: 2, name: "Aucun membre" })).toBeVisible();
    await expectNoAxeViolations(page);
    // The details form keeps what was typed when the server refuses it (nothing is saved).
    await expectFormKeepsValues(page, "project-territory.update", { invalid: (form) => form.getByLabel("Code", { exact: true }).fill("crte 44") });
    await page.reload();

    await page.getByRole("searchbox", { name: "Rechercher un EPCI ou une commune" }).fill(EPCI.code);
    await page.getByRole("button", { name: "Rechercher", exact: true }).click();
    const results = page.getByRole("table", { name: "EPCI et communes trouvés" });
    await results.getByRole("button", { name: `Ajouter ${EPCI.name}` }).click();
    await expect(page.getByRole("status").filter({ hasText: `${EPCI.name} fait maintenant partie du territoire de projet.` })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: "1 membre" })).toBeVisible();
    await expect(results.getByRole("row").filter({ hasText: EPCI.name })).toContainText("Déjà membre");
    await expect(page.getByRole("main")).toContainText(/Population : \d[\d\s ]* habitants/);
    await expectNoAxeViolations(page);

    // The public page of the project, with its member.
    await page.getByRole("link", { name: "Voir la page publique" }).click();
    await expect(page).toHaveURL(new RegExp(`/territoires/projet/${code}$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
    await expect(page).toHaveTitle(new RegExp(code));
    await expect(page.getByRole("region", { name: "Territoires membres" }).getByRole("link", { name: EPCI.name })).toHaveAttribute(
      "href",
      `/territoires/epci/${EPCI.code}`,
    );
    await expectNoAxeViolations(page);

    await page.goBack();
    await page.reload();
    const members = page.getByRole("table", { name: "Membres du territoire de projet" });
    await members.getByRole("button", { name: `Retirer ${EPCI.name}` }).click();
    await expect(page.getByRole("heading", { level: 2, name: "Aucun membre" })).toBeVisible();

    // Deleting is asked first, naming the project; the list then says it is done, in focus.
    await page.getByRole("button", { name: `Supprimer définitivement « ${name} »` }).click();
    const dialog = page.getByRole("dialog", { name: `Supprimer le territoire de projet « ${name} » ?` });
    await expect(dialog).toContainText("définitive");
    await expect(dialog.getByRole("button", { name: "Annuler" })).toBeFocused();
    await expectNoAxeViolations(page);
    await dialog.getByRole("button", { name: "Supprimer", exact: true }).click();
    await expect(page).toHaveURL(/\/admin\/territoires-de-projet\?fait=supprime$/);
    await expect(page.getByRole("status").filter({ hasText: "Le territoire de projet est supprimé." })).toBeFocused();
    await expect(page.getByRole("main")).not.toContainText(name);
    const gone = await page.request.get(`/territoires/projet/${code}`);
    expect(gone.status()).toBe(404);
  });
});
