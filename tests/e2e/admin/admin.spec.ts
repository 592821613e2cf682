import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "../support/axe";
import { demoAccounts, signIn, submitSignIn } from "../support/auth";

const adminNav = (page: Page) => page.getByRole("navigation", { name: "Navigation du back-office" });
const usersTable = (page: Page) => page.getByRole("table", { name: "Comptes, du plus récent au plus ancien" });
const rowOf = (page: Page, email: string) => usersTable(page).getByRole("row").filter({ hasText: email });

async function searchUsers(page: Page, q: string) {
  await page.getByRole("searchbox", { name: "Rechercher un utilisateur" }).fill(q);
  await page.getByRole("button", { name: "Rechercher", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`[?&]q=${encodeURIComponent(q).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`));
}

test.describe("back-office", () => {
  test("un visiteur anonyme est envoyé vers la connexion, puis revient au back-office", async ({ page }) => {
    await page.goto("/admin");
    await expect(page).toHaveURL(/\/connexion\?callbackUrl=%2Fadmin$/);
    await expectNoAxeViolations(page);

    await submitSignIn(page, demoAccounts.staff);
    await expect(page).toHaveURL(/\/admin$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tableau de bord");
    await expect(page).toHaveTitle("Tableau de bord — Back-office — ODD 17 en pratiques");
    await expect(adminNav(page).getByRole("link", { name: "Tableau de bord" })).toHaveAttribute("aria-current", "page");
    await expect(page.getByRole("region", { name: "Comptes" }).getByRole("definition")).toHaveCount(3);
    await expect(page.getByRole("region", { name: "Organisations" })).toContainText(/en attente de modération/);
    await expect(page.getByRole("region", { name: "Alliances et ressources" })).toContainText(/alliances? publiées?/);
    // The sign-in that just happened is in the journal when the accounts module records it; the
    // table is there either way once anything has been recorded.
    await expect(page.getByRole("region", { name: "Dernières actions" })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test("un utilisateur sans rôle reçoit la page « Accès refusé » avec le statut 403", async ({ page }) => {
    // Twelve pages, each checked with axe.
    test.setTimeout(180_000);
    await signIn(page, demoAccounts.user);
    const response = await page.goto("/admin");
    expect(response?.status()).toBe(403);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Accès refusé");
    await expect(page.getByRole("main")).toContainText("Vous n'avez pas les droits nécessaires");
    await expect(page.getByRole("main").getByRole("link", { name: "Retour à l'accueil" })).toHaveAttribute("href", "/");
    await expect(adminNav(page)).toHaveCount(0);
    await expectNoAxeViolations(page);

    // Every back-office page, and each CSV export, whose answer must carry no data.
    for (const path of [
      "/admin/utilisateurs",
      "/admin/moderation",
      "/admin/messages-signales",
      "/admin/moderation/motifs",
      "/admin/journal",
      "/admin/exports",
      "/admin/territoires-de-projet",
      "/admin/territoires-de-projet/1",
      "/admin/taches",
      "/admin/organisations",
      "/admin/organisations/inconnu",
      "/admin/alliances",
      "/admin/alliances/inconnu",
      "/admin/imports/organisations",
      "/admin/kits?brouillon=1&tri=titre",
      "/admin/organisations?attribue=moi",
      "/admin/besoins-offres",
      "/admin/besoins-offres/besoins/inconnu",
      "/admin/diagnostics",
      "/admin/diagnostics/inconnu",
    ]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(403);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Accès refusé");
      await expect(adminNav(page)).toHaveCount(0);
      await expectNoAxeViolations(page);
    }
    for (const download of ["/admin/imports/organisations/modele", "/admin/imports/organisations/00000000-0000-0000-0000-000000000000/rapport"]) {
      const response = await page.request.get(download, { maxRedirects: 0 });
      expect(response.status(), download).toBe(403);
      expect(response.headers()["content-disposition"], download).toBeUndefined();
    }
    for (const list of ["utilisateurs", "organisations", "moderation", "journal"]) {
      const response = await page.request.get(`/admin/exports/${list}`, { maxRedirects: 0 });
      expect(response.status(), list).toBe(403);
      expect(response.headers()["content-disposition"]).toBeUndefined();
      expect(await response.text()).not.toContain("@");
    }
  });

  test("un visiteur anonyme ne télécharge aucun export", async ({ request }) => {
    const response = await request.get("/admin/exports/utilisateurs", { maxRedirects: 0 });
    // The proxy sends anonymous visitors to the sign-in page before any data is read.
    expect(response.status()).toBe(307);
    expect(response.headers()["location"]).toContain("/connexion?callbackUrl=%2Fadmin%2Fexports%2Futilisateurs");
    expect(response.headers()["content-disposition"]).toBeUndefined();
  });

  test("l'équipe voit la liste des comptes, sans pouvoir changer les rôles", async ({ page }) => {
    await signIn(page, demoAccounts.staff, { goTo: "/admin" });
    await adminNav(page).getByRole("link", { name: "Utilisateurs" }).click();
    await expect(page).toHaveURL(/\/admin\/utilisateurs$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Utilisateurs");
    await expect(adminNav(page).getByRole("link", { name: "Utilisateurs" })).toHaveAttribute("aria-current", "page");
    await expect(usersTable(page).getByRole("columnheader")).toHaveText([
      "Nom",
      "Adresse e-mail",
      "Rôle",
      "Organisations",
      "Compte",
      "E-mail confirmé",
      "Créé le",
    ]);
    await expect(page.getByRole("button", { name: /rôle Équipe/ })).toHaveCount(0);
    await expect(page.getByRole("button", { name: /Désactiver le compte/ })).toHaveCount(0);
    await expectNoAxeViolations(page);

    await searchUsers(page, "ADMIN@demo");
    await expect(page.getByRole("heading", { level: 2, name: "1 compte trouvé" })).toBeVisible();
    const admin = rowOf(page, demoAccounts.admin);
    await expect(admin).toContainText("Alice Administratrice");
    await expect(admin).toContainText("Actif");
    await expect(admin).toContainText("Administrateur");
    await expect(admin).toContainText("Oui");
    await expectNoAxeViolations(page);

    await searchUsers(page, "personne-de-ce-nom");
    await expect(page.getByText("Aucun compte ne correspond à cette recherche.")).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test("un administrateur donne puis retire le rôle Équipe", async ({ page }) => {
    // Five axe checks, one with the confirmation open: more than 30 s on a busy machine.
    test.setTimeout(90_000);
    await signIn(page, demoAccounts.admin, { goTo: "/admin/utilisateurs" });
    await expect(usersTable(page).getByRole("columnheader", { name: "Actions" })).toBeVisible();
    await expectNoAxeViolations(page);

    // Neither their own row nor another admin's has a control.
    await searchUsers(page, "admin@demo.odd17.fr");
    await expect(rowOf(page, demoAccounts.admin)).toContainText("(vous)");
    await expect(rowOf(page, demoAccounts.admin).getByRole("button")).toHaveCount(0);

    await searchUsers(page, demoAccounts.user);
    const row = rowOf(page, demoAccounts.user);
    await expect(row.getByRole("cell").nth(1)).toHaveText("Utilisateur");
    // Granting opens the back office: it is asked first. « Annuler » has the focus and changes nothing.
    const grant = row.getByRole("button", { name: `Donner le rôle Équipe à ${demoAccounts.user}` });
    await grant.click();
    const dialog = page.getByRole("dialog", { name: `Donner le rôle « Équipe » à ${demoAccounts.user} ?` });
    await expect(dialog).toContainText("accès au back-office");
    await expect(dialog.getByRole("button", { name: "Annuler" })).toBeFocused();
    await expectNoAxeViolations(page);
    await dialog.getByRole("button", { name: "Annuler" }).click();
    await expect(dialog).toBeHidden();
    await expect(row.getByRole("cell").nth(1)).toHaveText("Utilisateur");
    await grant.click();
    await dialog.getByRole("button", { name: "Donner le rôle « Équipe »" }).click();
    // Each row has two outcome lines (role, account): the role form's says what happened, in focus.
    const granted = row.getByRole("status").filter({ hasText: `${demoAccounts.user} a maintenant le rôle « Équipe ».` });
    await expect(granted).toBeVisible();
    await expect(granted).toBeFocused();
    await expect(row.getByRole("cell").nth(1)).toHaveText("Équipe");
    await expectNoAxeViolations(page);

    // The change is in the database, not only on screen, and in the journal.
    await page.reload();
    await expect(rowOf(page, demoAccounts.user).getByRole("cell").nth(1)).toHaveText("Équipe");
    await page.goto("/admin");
    const journal = page.getByRole("region", { name: "Dernières actions" });
    await expect(
      journal
        .getByRole("row")
        .filter({ hasText: `Rôle « Équipe » donné à ${demoAccounts.user}` })
        .first(),
    ).toContainText("Rôle attribué");
    await expectNoAxeViolations(page);

    await page.goto(`/admin/utilisateurs?q=${encodeURIComponent(demoAccounts.user)}`);
    const again = rowOf(page, demoAccounts.user);
    await again.getByRole("button", { name: `Retirer le rôle Équipe à ${demoAccounts.user}` }).click();
    await expect(again.getByRole("status").filter({ hasText: `${demoAccounts.user} n'a plus le rôle « Équipe ».` })).toBeVisible();
    await expect(again.getByRole("cell").nth(1)).toHaveText("Utilisateur");
    await expect(again.getByRole("button", { name: `Donner le rôle Équipe à ${demoAccounts.user}` })).toBeVisible();
    await expectNoAxeViolations(page);
  });
});
