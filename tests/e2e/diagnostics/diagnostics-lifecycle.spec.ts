// The diagnostic before and after its questionnaire, on the demo data: "Lancer un diagnostic" with
// the territory combobox (keyboard only), from a territory page, and without JavaScript; the
// follow-up question asked weeks after completion (the demo diagnostic of Forez Numérique was
// completed 40 days before seeding: prisma/seed-demo-diagnostics.ts); reopening a completed
// diagnostic, modifying it and completing it again. Axe on every page visited.
import { expect, test, type Locator, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "../support/axe";
import { newSignedInPage, signIn } from "../support/auth";

const ENTERPRISE = "entreprise@demo.odd17.fr";
const MEMBER = "membre@demo.odd17.fr";
const ASSOCIATION = "association@demo.odd17.fr";

const FOLLOW_UP = "Trois semaines après : ce diagnostic vous a-t-il été utile ?";
const FEEDBACK = "Ce diagnostic vous a-t-il été utile ?";

/** Moves the focus there (as Tab would) and presses a key. */
async function press(locator: Locator, key: string) {
  await locator.focus();
  await expect(locator).toBeFocused();
  await locator.press(key);
}

const group = (page: Page, name: RegExp) => page.getByRole("group", { name });
const radio = (scope: Page | Locator, name: string) => scope.getByRole("radio", { name, exact: true });
const region = (page: Page, name: string) => page.getByRole("region", { name, exact: true });

/** The report of Forez Numérique's demo diagnostic, found in its team's list. */
async function demoReportPath(page: Page): Promise<string> {
  await page.goto("/espace/diagnostics");
  const link = page.getByRole("link", { name: "Rapport du diagnostic de Saint-Étienne" }).first();
  await expect(link).toBeVisible();
  return (await link.getAttribute("href"))!;
}

// A shared machine is slow: axe alone may take several seconds a page.
test.beforeEach(() => test.setTimeout(120_000));

test.describe("lancer un diagnostic", () => {
  test("le territoire est choisi dans l'autocomplétion, au clavier", async ({ page }) => {
    await signIn(page, MEMBER);
    await page.goto("/espace/diagnostics/nouveau");
    const territory = page.getByRole("combobox", { name: "Territoire diagnostiqué" });
    await expect(territory).toHaveAttribute("aria-expanded", "false");
    await expectNoAxeViolations(page);

    // Typed but not chosen: refused next to the field, the text kept.
    await territory.focus();
    await page.keyboard.type("saint-eti");
    const saintEtienne = page.getByRole("option", { name: /^Saint-Étienne \(Commune, Loire/ });
    await expect(saintEtienne).toBeVisible();
    await expect(territory).toHaveAttribute("aria-expanded", "true");
    await expectNoAxeViolations(page);
    await page.keyboard.press("Escape");
    await expect(territory).toHaveAttribute("aria-expanded", "false");
    await press(page.getByRole("button", { name: "Commencer le diagnostic" }), "Enter");
    // In the focused summary (a link to the field) and next to the field.
    const summary = page.getByRole("alert").filter({ hasText: "Le formulaire contient des erreurs" });
    await expect(summary).toBeFocused();
    await expect(summary.getByRole("link", { name: /Choisissez le territoire dans la liste des suggestions\.$/ })).toBeVisible();
    await expect(territory).toHaveAttribute("aria-invalid", "true");
    await expect(territory).toHaveAccessibleDescription(/Choisissez le territoire dans la liste des suggestions\./);
    await expect(territory).toHaveValue("saint-eti");
    await expectNoAxeViolations(page);

    // The arrows move through the suggestions, Enter chooses without leaving the page.
    await territory.focus();
    await page.keyboard.press("ArrowDown");
    await expect(saintEtienne).toBeVisible();
    for (let i = 0; i < 8 && (await saintEtienne.getAttribute("aria-selected")) !== "true"; i += 1) await page.keyboard.press("ArrowDown");
    await expect(territory).toHaveAttribute("aria-activedescendant", (await saintEtienne.getAttribute("id"))!);
    await page.keyboard.press("Enter");
    await expect(territory).toHaveValue("Saint-Étienne");
    await expect(territory).toHaveAttribute("aria-expanded", "false");
    await expect(page).toHaveURL(/\/espace\/diagnostics\/nouveau$/);

    await press(page.getByRole("button", { name: "Commencer le diagnostic" }), "Enter");
    await expect(page).toHaveURL(/\/espace\/diagnostics\/(?!nouveau$)[^/?]+$/);
    await expect(page.getByRole("heading", { level: 2, name: "Profil" })).toBeVisible();
  });

  test("depuis la page d'un territoire, le territoire est déjà choisi", async ({ page }) => {
    await signIn(page, MEMBER);
    await page.goto("/territoires/commune/42218");
    await press(page.getByRole("link", { name: "Lancer un diagnostic sur ce territoire" }), "Enter");
    await expect(page).toHaveURL(/\/espace\/diagnostics\/nouveau\?territoire=commune(:|%3A)42218$/);
    await expect(page.getByRole("combobox", { name: "Territoire diagnostiqué" })).toHaveValue("Saint-Étienne");
    await expectNoAxeViolations(page);
  });

  test("sans JavaScript, une recherche puis une liste de territoires", async ({ browser }) => {
    const page = await newSignedInPage(browser, MEMBER, { context: { javaScriptEnabled: false } });
    await page.goto("/espace/diagnostics/nouveau");
    await expect(page.getByRole("combobox", { name: "Territoire diagnostiqué" })).toHaveCount(0);
    await page
      .getByRole("searchbox", { name: "Rechercher le territoire" })
      .or(page.getByRole("textbox", { name: "Rechercher le territoire" }))
      .fill("Saint-Étienne");
    await page.getByRole("button", { name: "Rechercher", exact: true }).click();
    const saintEtienne = radio(page, "Saint-Étienne (Commune · 42218 · Loire)");
    await saintEtienne.check();
    // No axe here: it runs as a script in the page. The same markup is what JavaScript users see
    // until the page is hydrated.
    await page.getByRole("button", { name: "Commencer le diagnostic" }).click();
    await expect(page).toHaveURL(/\/espace\/diagnostics\/(?!nouveau$)[^/?]+$/);
    await page.context().close();
  });
});

test.describe("après le diagnostic", () => {
  // In this order: the follow-up question needs the demo diagnostic still completed long ago.
  test.describe.configure({ mode: "serial" });

  test("trois semaines après, l'équipe est invitée à redonner son avis", async ({ page, browser }) => {
    await signIn(page, ENTERPRISE);
    const reportPath = await demoReportPath(page);
    const prompt = region(page, FOLLOW_UP);
    await expect(prompt).toContainText("Vous avez terminé le diagnostic de Saint-Étienne le");
    await expectNoAxeViolations(page);

    // "Plus tard": gone for this visit, on the list and on the report.
    await press(prompt.getByRole("button", { name: "Plus tard" }), "Enter");
    await expect(prompt).toHaveCount(0);
    await page.goto(reportPath);
    await expect(region(page, FOLLOW_UP)).toHaveCount(0);
    await expect(region(page, FEEDBACK)).toBeVisible();
    await expectNoAxeViolations(page);

    // A new visit asks again; the answer is given on the report, with the keyboard.
    const later = await newSignedInPage(browser, ENTERPRISE);
    await later.goto(reportPath);
    const again = region(later, FOLLOW_UP);
    await expect(again).toBeVisible();
    // The follow-up replaces the plain feedback form.
    await expect(region(later, FEEDBACK)).toHaveCount(0);
    await expectNoAxeViolations(later);
    await press(radio(again.getByRole("group", { name: /^Votre note/ }), "5 — Très utile"), " ");
    await again.getByRole("textbox", { name: "Commentaire" }).focus();
    await later.keyboard.type("Il nous a servi à monter un partenariat avec une association.");
    await press(again.getByRole("button", { name: "Envoyer mon avis" }), "Enter");
    await expect(later.getByRole("status").filter({ hasText: "Merci pour votre avis !" })).toBeVisible();

    // Answered: not asked again, on the report or the list.
    await later.reload();
    await expect(region(later, FOLLOW_UP)).toHaveCount(0);
    await later.goto("/espace/diagnostics");
    await expect(region(later, FOLLOW_UP)).toHaveCount(0);
    await later.context().close();
  });

  test("un autre organisme ne voit pas le rapport", async ({ browser }) => {
    const owner = await newSignedInPage(browser, ENTERPRISE);
    const reportPath = await demoReportPath(owner);
    const outsider = await newSignedInPage(browser, ASSOCIATION);
    const response = await outsider.goto(reportPath);
    expect(response?.status()).toBe(404);
    await expect(outsider.getByRole("button", { name: "Rouvrir pour modifier" })).toHaveCount(0);
    await owner.context().close();
    await outsider.context().close();
  });

  test("rouvrir un diagnostic terminé, modifier une réponse et le terminer à nouveau", async ({ page }) => {
    await signIn(page, ENTERPRISE);
    const reportPath = await demoReportPath(page);
    const id = reportPath.split("/")[3];
    await page.goto(reportPath);
    // Published first: reopening withdraws the summary, which is asked in a dialog.
    await press(region(page, "Synthèse publique").getByRole("button", { name: "Publier la synthèse" }), "Enter");
    await expect(region(page, "Synthèse publique").getByRole("status")).toHaveText("La synthèse est publiée sur la page du territoire.");
    const reopen = region(page, "Modifier les réponses");
    await expect(reopen).toContainText("ses scores, son niveau et ses recommandations seront recalculés");
    await expect(reopen).toContainText("La synthèse publiée sur la page du territoire sera retirée");
    await press(reopen.getByRole("button", { name: "Rouvrir pour modifier" }), "Enter");
    const confirmation = page.getByRole("dialog", { name: "Rouvrir le diagnostic de Saint-Étienne et retirer sa synthèse ?" });
    await expect(confirmation.getByRole("button", { name: "Annuler" })).toBeFocused();
    await expectNoAxeViolations(page);
    await press(confirmation.getByRole("button", { name: "Rouvrir et retirer la synthèse" }), "Enter");

    // Back to the questionnaire, answers kept.
    await expect(page).toHaveURL(new RegExp(`/espace/diagnostics/${id}\\?etape=1$`));
    await expect(page.getByRole("heading", { level: 2, name: "Profil" })).toBeVisible();
    await expect(radio(group(page, /^Quel type d'organisation/), "Entreprise")).toBeChecked();
    await expectNoAxeViolations(page);
    // The list shows it in progress, and the report is no longer available.
    await page.goto("/espace/diagnostics");
    await expect(page.getByRole("link", { name: "Reprendre le diagnostic de Saint-Étienne" })).toBeVisible();

    await page.goto(`/espace/diagnostics/${id}?etape=5`);
    await expect(page.getByRole("heading", { level: 2, name: "Maturité partenariale" })).toBeVisible();
    await expect(radio(group(page, /coopèrent-elles déjà/), "3")).toBeChecked();
    await press(radio(group(page, /coopèrent-elles déjà/), "5 (Très souvent)"), " ");
    await expect(page.getByRole("status").filter({ hasText: /^Enregistré à/ })).toBeVisible();
    await press(page.getByRole("button", { name: "Suivant" }), "Enter");
    await expect(page.getByRole("heading", { level: 2, name: "Envies" })).toBeVisible();
    await press(page.getByRole("button", { name: "Terminer le diagnostic" }), "Enter");

    await expect(page).toHaveURL(new RegExp(`/espace/diagnostics/${id}/rapport$`));
    await expect(page.getByRole("region", { name: "Niveau de maturité partenariale" })).toContainText(/Niveau \d sur 4 : /);
    // Just completed again: no follow-up question yet.
    await expect(region(page, FOLLOW_UP)).toHaveCount(0);
    await expectNoAxeViolations(page);
    await expect(region(page, "Modifier les réponses").getByRole("button", { name: "Rouvrir pour modifier" })).toBeVisible();
    await page.goto("/espace/diagnostics");
    await expect(page.getByRole("row", { name: /Saint-Étienne/ }).filter({ hasText: "Forez Numérique (démo)" })).toContainText("Terminé");
  });
});
