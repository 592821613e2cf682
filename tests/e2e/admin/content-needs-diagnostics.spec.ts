import { expect, test, type Page } from "@playwright/test";
import { confirmBulkAssignment, sendBulkAssignment } from "./assign-selection";
import { expectNoAxeViolations } from "../support/axe";
import { demoAccounts, newSignedInPage, signIn } from "../support/auth";
import { expectFormKeepsValues } from "../support/forms";
import { expectMail } from "../support/mailbox";
import { makeNeedsWorld } from "./content-needs-fixtures";

const adminNav = (page: Page) => page.getByRole("navigation", { name: "Navigation du back-office" });
const table = (page: Page, caption: string) => page.getByRole("table", { name: caption });

async function search(page: Page, q: string) {
  await page.getByRole("searchbox", { name: "Rechercher" }).fill(q);
  await page.getByRole("button", { name: "Appliquer", exact: true }).click();
  await expect(page).toHaveURL(/[?&]q=/);
}

test.describe("back-office : besoins, offres et diagnostics publiés", () => {
  test("l'équipe trouve un besoin sans les accents, le dépublie en lot avec un motif, et l'organisation voit « Dépublié par l'équipe »", async ({
    page,
    browser,
  }) => {
    test.setTimeout(150_000);
    const world = await makeNeedsWorld();
    const { need, offer } = world;
    await signIn(page, demoAccounts.staff, { goTo: "/admin" });
    await adminNav(page).getByRole("link", { name: "Besoins et offres", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Besoins et offres");
    await expectNoAxeViolations(page);

    // One list for both: the type filter narrows it to the needs.
    await search(page, `oecumenique ${world.suffix}`);
    await expect(table(page, "Besoins et offres trouvés").getByRole("row").filter({ hasText: offer.title })).toContainText("Offre");
    await page.getByRole("searchbox", { name: "Rechercher" }).fill(`BENEVOLES l ete ${world.suffix}`);
    await page.getByLabel("Type", { exact: true }).selectOption({ label: "Besoin" });
    await page.getByRole("button", { name: "Appliquer", exact: true }).click();
    await expect(page).toHaveURL(/[?&]type=besoin/);
    await expect(page.getByRole("heading", { level: 2, name: "1 besoin ou offre trouvé" })).toBeVisible();
    const row = table(page, "Besoins et offres trouvés").getByRole("row").filter({ hasText: need.title });
    await expect(row).toContainText(world.organisation.name);
    await expect(row).toContainText("Publiée");
    await expectNoAxeViolations(page);

    await expectFormKeepsValues(page, "content.bulk", {
      invalid: async (form) => {
        await form.getByRole("radio", { name: "Dépublier" }).check();
        await form.getByRole("checkbox", { name: `Sélectionner « ${need.title} »` }).check();
        await form.getByLabel("Motif de la dépublication").fill("ab");
      },
      confirm: "Dépublier",
    });

    const reason = "Annonce en double : une autre fiche décrit déjà ce besoin.";
    await page.getByLabel("Motif de la dépublication").fill(reason);
    await page.getByRole("button", { name: "Appliquer à la sélection" }).click();
    await page.getByRole("dialog", { name: "Dépublier 1 besoin ou offre ?" }).getByRole("button", { name: "Dépublier", exact: true }).click();
    await expect(page.getByRole("status").filter({ hasText: "1 élément dépublié." })).toBeFocused();
    await expect(row).toContainText("Dépubliée par l'équipe");

    await row.getByRole("link", { name: need.title }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(need.title);
    await expect(page.getByRole("region", { name: "Historique" })).toContainText(reason);
    await expectNoAxeViolations(page);

    // The offer's own page: its decision form keeps the reason typed when refused.
    await page.goto(`/admin/besoins-offres/offres/${offer.id}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(offer.title);
    await expectNoAxeViolations(page);
    await expectFormKeepsValues(page, "content.unpublish", {
      invalid: (form) => form.getByLabel("Motif de la dépublication").fill("ab"),
      confirm: "Dépublier",
    });

    // The organisation sees the staff unpublication and its reason, and got the e-mail.
    const owner = await newSignedInPage(browser, world.ownerEmail);
    await owner.goto(`/espace/besoins-offres/besoins/${need.id}`);
    await expect(owner.getByText("Dépublié par l'équipe", { exact: true })).toBeVisible();
    await expect(owner.getByText(`Motif de la dépublication : ${reason}`)).toBeVisible();
    await expectNoAxeViolations(owner);
    await owner.context().close();
    await expectMail(page, world.ownerEmail, reason, async (mails) => {
      await expect(mails.first()).toContainText("retiré du site public");
    });
  });

  test("l'équipe retire la synthèse publiée d'un diagnostic avec un motif, que l'organisation voit dans son espace", async ({ page, browser }) => {
    test.setTimeout(150_000);
    const world = await makeNeedsWorld();
    const title = `${world.organisation.name} — ${world.diagnostic.territory}`;
    await signIn(page, demoAccounts.staff, { goTo: "/admin" });
    await adminNav(page).getByRole("link", { name: "Diagnostics publiés", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Diagnostics publiés");
    await expectNoAxeViolations(page);

    // The organisation's name and the territory's, typed without accents.
    await search(page, `atelier EOLE nandu ${world.suffix} saint etienne`);
    await expect(page.getByRole("heading", { level: 2, name: "1 diagnostic trouvé" })).toBeVisible();
    const row = table(page, "Diagnostics trouvés").getByRole("row").filter({ hasText: title });
    await expect(row).toContainText("Publiée");
    // The team withdraws a summary, it never publishes one.
    await expect(page.getByRole("radio", { name: "Dépublier", exact: true })).toBeChecked();
    await expect(page.getByRole("radio", { name: "Publier", exact: true })).toHaveCount(0);
    await expectNoAxeViolations(page);

    await row.getByRole("link", { name: title }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Diagnostic de ${title}`);
    await expect(page.getByRole("link", { name: "Voir la synthèse sur la page du territoire" })).toHaveAttribute("href", /\/territoires\//);
    await expectNoAxeViolations(page);
    await expectFormKeepsValues(page, "content.unpublish", {
      invalid: (form) => form.getByLabel("Motif de la dépublication").fill("ab"),
      confirm: "Retirer la synthèse",
    });

    const reason = "Les scores ne correspondent pas au territoire choisi.";
    await page.getByLabel("Motif de la dépublication").fill(reason);
    await page.getByRole("button", { name: "Retirer la synthèse", exact: true }).click();
    await page
      .getByRole("dialog", { name: `Retirer la synthèse « ${title} » ?` })
      .getByRole("button", { name: "Retirer la synthèse", exact: true })
      .click();
    await expect(page.getByRole("status").filter({ hasText: "1 élément dépublié." })).toBeFocused();
    await page.reload();
    await expect(page.getByText("Retirée par l'équipe", { exact: true })).toBeVisible();
    await expect(page.getByRole("region", { name: "Historique" })).toContainText("Dépublication par l'équipe");
    // Nothing left to decide: no publish button for the team.
    await expect(page.getByRole("button", { name: "Publier", exact: true })).toHaveCount(0);

    const owner = await newSignedInPage(browser, world.ownerEmail);
    await owner.goto(`/espace/diagnostics/${world.diagnostic.id}/rapport`);
    await expect(owner.getByText("Synthèse retirée par l'équipe", { exact: true })).toBeVisible();
    await expect(owner.getByText(`Motif de la dépublication : ${reason}`)).toBeVisible();
    await expectNoAxeViolations(owner);
    await owner.context().close();
  });

  test("l'équipe s'attribue un besoin et une offre d'un coup, et les retrouve sous « Attribués à moi » avec leur historique", async ({ page }) => {
    test.setTimeout(120_000);
    const world = await makeNeedsWorld();
    const { need, offer } = world;
    await signIn(page, demoAccounts.staff, { goTo: `/admin/besoins-offres?q=${world.suffix}` });
    const list = table(page, "Besoins et offres trouvés");
    for (const item of [need, offer]) await page.getByRole("checkbox", { name: `Sélectionner « ${item.title} »` }).check();
    const sent = await sendBulkAssignment(page, demoAccounts.staff, "Vérifier les dates de validité.");
    const myLabel = sent.label;
    await confirmBulkAssignment(sent.dialog(`Attribuer 2 besoins et offres à ${myLabel} ?`), page, 2);
    for (const item of [need, offer]) await expect(list.getByRole("row").filter({ hasText: item.title })).toContainText(myLabel.split(" (")[0]);

    // The filter reads both kinds; each item's page shows who follows it and its history.
    await page.getByLabel("Attribué à", { exact: true }).selectOption("moi");
    await page.getByRole("button", { name: "Appliquer", exact: true }).click();
    await expect(page).toHaveURL(/[?&]attribue=moi/);
    await expect(page.getByRole("heading", { level: 2, name: "2 besoins et offres trouvés" })).toBeVisible();
    await expectNoAxeViolations(page);
    await list.getByRole("link", { name: offer.title }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(offer.title);
    await expect(page.getByRole("region", { name: "Suivi par l'équipe" })).toContainText("Vérifier les dates de validité.");
    await expect(page.getByRole("region", { name: "Historique" })).toContainText(`« ${offer.title} » attribué à`);
    await expectNoAxeViolations(page);
  });
});
