import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "../support/axe";
import { demoAccounts, newSignedInPage, signIn } from "../support/auth";
import { expectFormKeepsValues } from "../support/forms";
import { expectMail } from "../support/mailbox";
import { makeContentWorld } from "./content-fixtures";

const adminNav = (page: Page) => page.getByRole("navigation", { name: "Navigation du back-office" });
const table = (page: Page, caption: string) => page.getByRole("table", { name: caption });

/** Searches the list without accents nor capitals, as staff type quickly. */
async function search(page: Page, q: string, status?: string) {
  await page.getByRole("searchbox", { name: "Rechercher" }).fill(q);
  if (status) await page.getByLabel("Statut").selectOption({ label: status });
  await page.getByRole("button", { name: "Appliquer", exact: true }).click();
  await expect(page).toHaveURL(/[?&]q=/);
}

test.describe("back-office : organisations et alliances", () => {
  test("l'équipe trouve une organisation publiée sans les accents, la dépublie avec un motif que ses membres voient, puis la republie", async ({
    page,
    browser,
  }) => {
    // Two browsers, the mailbox and seven axe checks: a long journey.
    test.setTimeout(150_000);
    const world = await makeContentWorld();
    const { organisation } = world;
    await signIn(page, demoAccounts.staff, { goTo: "/admin" });
    await adminNav(page).getByRole("link", { name: "Organisations", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Organisations");
    await expect(adminNav(page).getByRole("link", { name: "Organisations", exact: true })).toHaveAttribute("aria-current", "page");
    await expectNoAxeViolations(page);

    await search(page, `ATELIER eole nandu ${world.suffix}`, "Publiée");
    await expect(page.getByRole("heading", { level: 2, name: "1 organisation trouvée" })).toBeVisible();
    const row = table(page, "Organisations trouvées").getByRole("row").filter({ hasText: organisation.name });
    await expect(row).toContainText("Publiée");
    await expect(row).toContainText("Association");
    await expectNoAxeViolations(page);

    // The bulk form: a reason too short is refused, and the ticked row, the action and the reason stay.
    await expectFormKeepsValues(page, "content.bulk", {
      invalid: async (form) => {
        await form.getByRole("radio", { name: "Dépublier" }).check();
        await form.getByRole("checkbox", { name: `Sélectionner « ${organisation.name} »` }).check();
        await form.getByLabel("Motif de la dépublication").fill("ab");
      },
      confirm: "Dépublier",
    });

    await row.getByRole("link", { name: organisation.name }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(organisation.name);
    await expect(page.getByRole("region", { name: "Historique" })).toContainText("Aucune action enregistrée");
    await expectNoAxeViolations(page);
    await expectFormKeepsValues(page, "content.unpublish", {
      invalid: (form) => form.getByLabel("Motif de la dépublication").fill("ab"),
      confirm: "Dépublier",
    });

    const reason = "Les coordonnées de contact sont à corriger.";
    await page.getByLabel("Motif de la dépublication").fill(reason);
    await page.getByRole("button", { name: "Dépublier", exact: true }).click();
    const dialog = page.getByRole("dialog", { name: `Dépublier « ${organisation.name} » ?` });
    await dialog.getByRole("button", { name: "Dépublier", exact: true }).click();
    await expect(page.getByRole("status").filter({ hasText: "1 élément dépublié." })).toBeFocused();
    await page.reload();
    await expect(page.getByText("Dépubliée par l'équipe", { exact: true })).toBeVisible();
    await expect(page.getByRole("main")).toContainText(reason);
    await expect(page.getByRole("region", { name: "Historique" })).toContainText("Dépublication par l'équipe");
    await expectNoAxeViolations(page);
    expect((await page.request.get(`/acteurs/${organisation.slug}`)).status()).toBe(404);

    // The owner sees the reason in the organisation's workspace, and received it by e-mail.
    const owner = await newSignedInPage(browser, world.ownerEmail);
    await owner.goto(`/espace/organisations/${organisation.id}`);
    await expect(owner.getByText("Dépubliée par l'équipe", { exact: true })).toBeVisible();
    await expect(owner.getByText(`Motif de la dépublication : ${reason}`)).toBeVisible();
    await expectNoAxeViolations(owner);
    await expectMail(page, world.ownerEmail, reason, async (mails) => {
      await expect(mails.first()).toContainText("retirée du site public");
    });
    await owner.context().close();

    // Staff publish it again: the reason is gone.
    await page.getByRole("button", { name: "Publier", exact: true }).click();
    await page
      .getByRole("dialog", { name: `Publier « ${organisation.name} » ?` })
      .getByRole("button", { name: "Publier", exact: true })
      .click();
    await expect(page.getByRole("status").filter({ hasText: "1 élément publié." })).toBeFocused();
    await page.reload();
    // The status and the reason of the last decision come first on the page.
    const statusFacts = page.getByRole("main").getByRole("definition");
    await expect(statusFacts.nth(0)).toHaveText("Publiée");
    await expect(statusFacts.nth(1)).toHaveText("Aucun");
    await expect(page.getByRole("region", { name: "Historique" })).toContainText("Publication par l'équipe");
  });

  test("l'équipe dépublie une alliance en lot, au clavier, et son chef de file voit le motif", async ({ page, browser }) => {
    test.setTimeout(120_000);
    const world = await makeContentWorld();
    const { alliance } = world;
    await signIn(page, demoAccounts.staff, { goTo: "/admin/alliances" });
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Alliances");
    await search(page, `foret d EOLE ${world.suffix}`);
    await expect(page.getByRole("heading", { level: 2, name: "1 alliance trouvée" })).toBeVisible();
    const row = table(page, "Alliances trouvées").getByRole("row").filter({ hasText: alliance.title });
    await expect(row).toContainText(world.organisation.name);
    await expectNoAxeViolations(page);

    // Everything from the keyboard: tick the whole page, type the reason, send, confirm.
    const selectAll = page.getByRole("checkbox", { name: "Tout sélectionner sur cette page" });
    await selectAll.focus();
    await page.keyboard.press("Space");
    await expect(row.getByRole("checkbox", { name: `Sélectionner « ${alliance.title} »` })).toBeChecked();
    await expect(page.getByText("1 élément sélectionné")).toBeVisible();
    const reason = "Alliance en double : voir la fiche principale.";
    await page.getByLabel("Motif de la dépublication").focus();
    await page.keyboard.type(reason);
    await page.getByRole("button", { name: "Appliquer à la sélection" }).focus();
    await page.keyboard.press("Enter");
    const dialog = page.getByRole("dialog", { name: "Dépublier 1 alliance ?" });
    await expect(dialog.getByRole("button", { name: "Annuler" })).toBeFocused();
    await expectNoAxeViolations(page);
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await expect(page.getByRole("status").filter({ hasText: "1 élément dépublié." })).toBeFocused();
    await expect(row).toContainText("Dépubliée par l'équipe");
    await expect(page.getByText("Aucun élément sélectionné")).toBeVisible();

    await row.getByRole("link", { name: alliance.title }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(alliance.title);
    await expect(page.getByRole("region", { name: "Historique" })).toContainText(reason);
    await expectNoAxeViolations(page);

    const owner = await newSignedInPage(browser, world.ownerEmail);
    await owner.goto(`/espace/alliances/${alliance.id}`);
    await expect(owner.getByText(`Motif de la dépublication : ${reason}`)).toBeVisible();
    await expectNoAxeViolations(owner);
    await owner.context().close();
  });

  test("la recherche des comptes ignore les accents et les majuscules", async ({ page }) => {
    const world = await makeContentWorld();
    await signIn(page, demoAccounts.staff, { goTo: "/admin/utilisateurs" });
    // « Odile Propriétaire », typed without its accent.
    await page.getByRole("searchbox", { name: "Rechercher un utilisateur" }).fill("ODILE proprietaire");
    await page.getByRole("button", { name: "Rechercher", exact: true }).click();
    await expect(page).toHaveURL(/[?&]q=ODILE/);
    const accounts = page.getByRole("table", { name: "Comptes, du plus récent au plus ancien" });
    await expect(accounts.getByRole("row").filter({ hasText: world.ownerEmail })).toContainText("Odile Propriétaire");
    await expectNoAxeViolations(page);
  });
});
