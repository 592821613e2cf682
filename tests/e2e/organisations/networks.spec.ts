// Networks with the demo data: "Forez Numérique (démo)" (entreprise@) invites "Les Liens du Furan
// (démo)" (association@) as its local team; a member of the team cannot answer, its admin accepts;
// the head reads the team's dashboard and summary (read-only) and recommends a kit, which the team
// sees. Someone outside both organisations gets the 404 page.
import { expect as baseExpect, test, type Locator, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "../support/axe";
import { expectFormKeepsValues } from "../support/forms";
import { signIn } from "../support/auth";
import { demo, organisationIdBySlug } from "./fixtures";

// Server actions and sign-ins are slow when the machine is shared: wait longer than the default.
const expect = baseExpect.configure({ timeout: 15_000 });
test.describe.configure({ timeout: 90_000 });

const FOREZ_ADMIN = "entreprise@demo.odd17.fr";

const networkPath = (id: string) => `/espace/organisations/${id}/reseau`;
/** An organisation id nothing has: the server refuses, whatever else the form carries. */
const unknownId = (name: string) => (form: Locator) =>
  form.locator(`input[name="${name}"]`).evaluate((input) => {
    (input as HTMLInputElement).value = "inconnu";
  });

async function openNetwork(page: Page, slug: string) {
  const id = await organisationIdBySlug(slug);
  await page.goto(networkPath(id));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^Réseau (de |d'|du |des )/);
  return id;
}

test.describe.serial("réseaux", () => {
  test("Forez Numérique invite Les Liens du Furan comme équipe locale", async ({ page }) => {
    await signIn(page, FOREZ_ADMIN);
    const forezId = await organisationIdBySlug(demo.forez.slug);
    await page.goto(`/espace/organisations/${forezId}`);
    await page.getByRole("link", { name: "Réseau", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Réseau de ${demo.forez.name}`);
    await expect(page.getByRole("region", { name: "Équipes locales", exact: true })).toContainText("Aucune équipe locale");
    await expectNoAxeViolations(page);

    await page.getByRole("searchbox", { name: "Nom de l'organisation" }).fill("Liens du Furan");
    await page.getByRole("button", { name: "Rechercher" }).click();
    // Sent without choosing: both choices are asked for, next to their group.
    await page.getByRole("button", { name: "Envoyer la demande" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Le formulaire contient des erreurs" })).toBeVisible();
    await expect(page.getByRole("group", { name: /^Organisation/ })).toHaveAccessibleDescription(/Choisissez une organisation/);
    await expectNoAxeViolations(page);
    // Refused by the server: the organisation and the relation chosen stay chosen.
    await expectFormKeepsValues(page, "network.link-request", { invalid: unknownId("actorId") });
    await page.reload();

    await page.getByRole("radio", { name: `${demo.furan.name} (Association)` }).check();
    await page.getByRole("radio", { name: "Elle devient une équipe locale de mon organisation" }).check();
    await page.getByLabel("Message (facultatif)").fill("Rejoignez le réseau Forez Numérique !");
    // A double click sends one request and shows its success only.
    await page.getByRole("button", { name: "Envoyer la demande" }).dblclick();
    await expect(page.getByRole("status").filter({ hasText: `Demande envoyée à ${demo.furan.name}` })).toBeVisible();
    await expect(page.getByRole("main").locator('[role="alert"]:not(:empty)')).toHaveCount(0);
    await page.reload();
    const sent = page.getByRole("table", { name: "Demandes envoyées" });
    await expect(sent.getByRole("row").filter({ hasText: demo.furan.name })).toContainText("Équipe locale de votre organisation");
    await expectNoAxeViolations(page);
  });

  test("un membre de l'équipe voit la demande mais ne peut pas y répondre", async ({ page }) => {
    await signIn(page, demo.member);
    await openNetwork(page, demo.furan.slug);
    const row = page.getByRole("table", { name: "Demandes à examiner" }).getByRole("row").filter({ hasText: demo.forez.name });
    await expect(row).toContainText("Tête de réseau de votre organisation");
    // Before anyone answers: who asked, and what the network is.
    await expect(row).toContainText(/Demande de \S/);
    await expect(row).toContainText(`Réseau de ${demo.forez.name} (Entreprise) : aucune équipe locale pour l'instant.`);
    await expect(page.getByRole("button", { name: /^Accepter/ })).toHaveCount(0);
    await expectNoAxeViolations(page);
  });

  test("l'administratrice des Liens du Furan accepte", async ({ page }) => {
    await signIn(page, demo.associationAdmin);
    await openNetwork(page, demo.furan.slug);
    await page.getByRole("button", { name: `Accepter : ${demo.forez.name}` }).click();
    await expect(page.getByRole("status").filter({ hasText: "Demande acceptée" })).toBeVisible();
    await page.reload();
    await expect(page.getByRole("region", { name: "Tête de réseau", exact: true })).toContainText(
      `Votre organisation est une équipe locale de ${demo.forez.name}.`,
    );
    await expect(page.getByRole("button", { name: `Quitter le réseau de ${demo.forez.name}` })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test("Forez Numérique voit le tableau de bord de son équipe et lui recommande un kit", async ({ page }) => {
    await signIn(page, FOREZ_ADMIN);
    const forezId = await openNetwork(page, demo.forez.slug);
    const teams = page.getByRole("table", { name: /^Équipes locales, leur territoire/ });
    const row = teams.getByRole("row").filter({ hasText: demo.furan.name });
    await expect(row).toContainText("Saint-Étienne");
    // The map's accessible table counts the team in its région.
    await expect(page.getByRole("table", { name: "Nombre de résultats par région" })).toContainText("Auvergne-Rhône-Alpes");
    await expectNoAxeViolations(page);

    await row.getByRole("link", { name: "Voir la synthèse des Liens du Furan (démo)" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Synthèse des Liens du Furan (démo)");
    await expect(page.getByText("Lecture seule")).toBeVisible();
    // Read-only: no form, no button to change the team's data.
    await expect(page.getByRole("main").getByRole("button")).toHaveCount(0);
    await expectNoAxeViolations(page);

    await page.goto(networkPath(forezId));
    await expectFormKeepsValues(page, "network.kit-recommend", { invalid: unknownId("headId") });
    await page.reload();
    const form = page.getByRole("region", { name: "Recommander un kit" });
    const kitSelect = form.getByLabel("Kit", { exact: true });
    const kitTitle = (await kitSelect.locator("option").nth(1).textContent())!.trim();
    await kitSelect.selectOption({ index: 1 });
    await form.getByLabel("Destinataire").selectOption({ label: demo.furan.name });
    await form.getByLabel("Message (facultatif)").fill("Une méthode utile pour vos ateliers.");
    await form.getByRole("button", { name: "Recommander" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Kit recommandé." })).toBeVisible();
    await page.reload();
    await expect(page.getByRole("region", { name: "Recommandations envoyées" })).toContainText(kitTitle);
    await expectNoAxeViolations(page);
  });

  test("sur un écran de 320 px, le tableau des équipes se lit sans défilement horizontal", async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 800 });
    await signIn(page, FOREZ_ADMIN);
    await openNetwork(page, demo.forez.slug);
    const teams = page.getByRole("table", { name: /^Équipes locales, leur territoire/ });
    const row = teams.getByRole("row").filter({ hasText: demo.furan.name });
    await expect(row).toBeVisible();
    // Each row is a card: every value under its column's name.
    await expect(row).toContainText("Territoires");
    await expect(row).toContainText("Saint-Étienne");
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    // Nor does the table scroll sideways inside its frame.
    const frame = page.getByRole("region", { name: /^Équipes locales, leur territoire/ });
    expect(await frame.evaluate((element) => element.scrollWidth - element.clientWidth)).toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page);
  });

  test("l'équipe voit le kit recommandé par sa tête de réseau", async ({ page }) => {
    await signIn(page, demo.associationAdmin);
    await openNetwork(page, demo.furan.slug);
    const received = page.getByRole("region", { name: "Kits recommandés par votre tête de réseau" });
    await expect(received).toContainText(`Par ${demo.forez.name}`);
    await expect(received).toContainText("Une méthode utile pour vos ateliers.");
    await expectNoAxeViolations(page);
  });

  test("une personne extérieure aux deux organisations obtient la page 404", async ({ page }) => {
    await signIn(page, demo.user);
    const forezId = await organisationIdBySlug(demo.forez.slug);
    const furanId = await organisationIdBySlug(demo.furan.slug);
    for (const path of [networkPath(forezId), `${networkPath(forezId)}/equipes/${furanId}`]) {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page introuvable");
    }
    await expectNoAxeViolations(page);
  });

  test("l'équipe ne lit pas les données de sa tête de réseau par l'adresse de synthèse", async ({ page }) => {
    await signIn(page, demo.associationAdmin);
    const forezId = await organisationIdBySlug(demo.forez.slug);
    const furanId = await organisationIdBySlug(demo.furan.slug);
    const response = await page.goto(`${networkPath(furanId)}/equipes/${forezId}`);
    expect(response?.status()).toBe(404);
  });
});
