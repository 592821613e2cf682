import { expect, test, type Page } from "@playwright/test";
import { confirmBulkAssignment, sendBulkAssignment } from "./assign-selection";
import { expectNoAxeViolations } from "../support/axe";
import { demoAccounts, newSignedInPage, signIn } from "../support/auth";
import { expectFormKeepsValues } from "../support/forms";
import { makeKitsWorld } from "./kits-list-fixtures";

const kitsTable = (page: Page) => page.getByRole("table", { name: "Kits trouvés" });
/** The titles of the table's rows, in order. */
const rowTitles = (page: Page) => kitsTable(page).getByRole("rowheader");

async function applyFilters(page: Page, fill: () => Promise<unknown>) {
  await fill();
  await page.getByRole("button", { name: "Appliquer", exact: true }).click();
  await expect(page).toHaveURL(/[?&]q=/);
}

test.describe("back-office : liste des kits et attributions", () => {
  test("l'équipe trie les kits, filtre les brouillons en attente et publie en lot au clavier, avec le rapport des kits ignorés", async ({ page }) => {
    test.setTimeout(120_000);
    const world = await makeKitsWorld();
    await signIn(page, demoAccounts.staff, { goTo: "/admin/kits" });
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Kits");
    await expectNoAxeViolations(page);

    // Without accents nor capitals; the draft of Gamma gives its title to the list.
    await applyFilters(page, async () => {
      await page.getByRole("searchbox", { name: "Rechercher" }).fill(world.word.toUpperCase());
      await page.getByLabel("Trier par").selectOption({ label: "Titre (A → Z)" });
    });
    await expect(rowTitles(page)).toHaveText([world.alpha, world.beta, world.gammaDraft]);
    await expectNoAxeViolations(page);
    await applyFilters(page, () => page.getByLabel("Trier par").selectOption({ label: "Les plus récents" }));
    await expect(rowTitles(page)).toHaveText([world.gammaDraft, world.alpha, world.beta]);
    await applyFilters(page, () => page.getByRole("checkbox", { name: "Seulement les kits dont un brouillon attend d'être publié" }).check());
    await expect(rowTitles(page)).toHaveText([world.gammaDraft, world.beta]);
    await expect(page).toHaveURL(/brouillon=1/);
    await applyFilters(page, () => page.getByRole("checkbox", { name: "Seulement les kits dont un brouillon attend d'être publié" }).uncheck());

    // Every control of the bulk form stays after a refusal (restoring kits that are not archived).
    await expectFormKeepsValues(page, "kit.bulk", {
      invalid: async (form) => {
        await form.getByRole("radio", { name: "Restaurer" }).check();
        await form.getByRole("checkbox", { name: `Sélectionner « ${world.alpha} »` }).check();
      },
      confirm: "Restaurer",
    });
    await page.reload();

    // From the keyboard: the whole page, « Publier le brouillon » (the default), send, confirm.
    await page.getByRole("checkbox", { name: "Tout sélectionner sur cette page" }).focus();
    await page.keyboard.press("Space");
    await expect(page.getByText("3 éléments sélectionnés")).toBeVisible();
    await expect(page.getByRole("radio", { name: "Publier le brouillon" })).toBeChecked();
    await page.getByRole("button", { name: "Appliquer à la sélection" }).focus();
    await page.keyboard.press("Enter");
    const dialog = page.getByRole("dialog", { name: "Publier le brouillon de 3 kits ?" });
    await expect(dialog.getByRole("button", { name: "Annuler" })).toBeFocused();
    await expectNoAxeViolations(page);
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await expect(page.getByRole("status").filter({ hasText: `2 kits publiés. 1 ignoré : « ${world.alpha} » (aucun brouillon à publier).` })).toBeFocused();
    const gamma = kitsTable(page).getByRole("row").filter({ hasText: world.gammaDraft });
    await expect(gamma).toContainText("Publié");
    await expect(gamma).not.toContainText("Modifications non publiées");
    await expect(gamma).toContainText("2");
    await expect(kitsTable(page).getByRole("row").filter({ hasText: world.beta })).toContainText("Publié");
    // The sort by publication puts the two just published first.
    await applyFilters(page, () => page.getByLabel("Trier par").selectOption({ label: "Date de publication" }));
    await expect(rowTitles(page).last()).toHaveText(world.alpha);

    // The kit's page keeps its history: the bulk publication is there.
    await kitsTable(page).getByRole("link", { name: world.beta }).click();
    await expect(page.getByRole("region", { name: "Historique" }).getByRole("row").filter({ hasText: "Kit publié" }).first()).toContainText(world.beta);
  });

  test("l'équipe attribue deux organisations à un collègue, qui les retrouve sous « Attribués à moi »", async ({ page, browser }) => {
    test.setTimeout(120_000);
    const world = await makeKitsWorld();
    await signIn(page, demoAccounts.staff, { goTo: `/admin/organisations?q=${world.word}` });
    const table = page.getByRole("table", { name: "Organisations trouvées" });
    await expect(table.getByRole("rowheader")).toHaveCount(2);
    await page.getByRole("checkbox", { name: "Tout sélectionner sur cette page" }).check();
    const sent = await sendBulkAssignment(page, demoAccounts.admin, "Coordonnées à vérifier.");
    const adminLabel = sent.label;
    const dialog = sent.dialog(`Attribuer 2 organisations à ${adminLabel} ?`);
    await expectNoAxeViolations(page);
    await confirmBulkAssignment(dialog, page, 2);
    for (const organisation of world.organisations)
      await expect(table.getByRole("row").filter({ hasText: organisation.name })).toContainText(adminLabel.split(" (")[0]);

    // The colleague: the dashboard counts them, its link lists them.
    const admin = await newSignedInPage(browser, demoAccounts.admin);
    await admin.goto("/admin");
    const mine = admin.getByRole("region", { name: "Mes contenus attribués" });
    await expect(mine.getByRole("link", { name: /^Organisations : \d+$/ })).toBeVisible();
    await expectNoAxeViolations(admin);
    await mine.getByRole("link", { name: /^Organisations : / }).click();
    await expect(admin).toHaveURL(/\/admin\/organisations\?attribue=moi$/);
    await expect(admin.getByLabel("Attribué à", { exact: true })).toHaveValue("moi");
    const theirs = admin.getByRole("table", { name: "Organisations trouvées" });
    for (const organisation of world.organisations) await expect(theirs.getByRole("row").filter({ hasText: organisation.name })).toBeVisible();
    await expectNoAxeViolations(admin);

    // The item's page: who follows it, the note, and its history.
    await theirs.getByRole("link", { name: world.organisations[0].name }).click();
    const panel = admin.getByRole("region", { name: "Suivi par l'équipe" });
    await expect(panel).toContainText("Coordonnées à vérifier.");
    await expect(admin.getByRole("region", { name: "Historique" })).toContainText(`« ${world.organisations[0].name} » attribué à`);
    await expectNoAxeViolations(admin);
    // On a kit nobody follows yet: giving it to nobody changes nothing and is refused.
    await admin.goto(`/admin/kits/kb${world.word}`);
    await expect(admin.getByRole("region", { name: "Suivi par l'équipe" })).toContainText("Personne ne suit cet élément");
    await expectFormKeepsValues(admin, "content.assign", {
      invalid: async (form) => {
        await form.getByLabel("Collègue", { exact: true }).selectOption("");
      },
      confirm: "Retirer l'attribution",
    });
    await admin.context().close();
  });
});
