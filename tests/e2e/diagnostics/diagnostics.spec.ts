// The territorial diagnostic, end to end on the demo data: the whole journey with the keyboard
// only (focus moves, Tab, Space, Enter, arrows and typing; no mouse click), autosave, step
// validation, the report and its PDF, cross-tenant 404s and the version conflict between two
// members. Axe runs on every step and on the report.
import { readFileSync } from "node:fs";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "../support/axe";
import { newSignedInPage, signIn } from "../support/auth";
import { expectFormKeepsValues } from "../support/forms";

const ASSOCIATION = "association@demo.odd17.fr";
const MEMBER = "membre@demo.odd17.fr";
const NO_ORGANISATION = "utilisateur@demo.odd17.fr";

/** Moves the focus there (as Tab would) and presses a key. */
async function press(locator: Locator, key: string) {
  await locator.focus();
  await expect(locator).toBeFocused();
  await locator.press(key);
}

const group = (page: Page, name: RegExp) => page.getByRole("group", { name });
const radio = (scope: Page | Locator, name: string) => scope.getByRole("radio", { name, exact: true });

async function expectStep(page: Page, step: number, title: string) {
  await expect(page.getByText(`Étape ${step} sur 6 : ${title}`)).toBeVisible();
  await expect(page.getByRole("progressbar", { name: `Étape ${step} sur 6 : ${title}` })).toHaveAttribute("value", String(step));
  await expect(page.getByRole("heading", { level: 2, name: title })).toBeVisible();
}

async function next(page: Page, name = "Suivant") {
  await press(page.getByRole("button", { name }), "Enter");
}

/** Starts a diagnostic on Saint-Étienne through the preselecting link of the territory pages. */
async function startOnSaintEtienne(page: Page): Promise<string> {
  await page.goto("/espace/diagnostics/nouveau?territoire=commune:42218");
  await expect(page.getByRole("combobox", { name: "Territoire diagnostiqué" })).toHaveValue("Saint-Étienne");
  await press(page.getByRole("button", { name: "Commencer le diagnostic" }), "Enter");
  await expect(page).toHaveURL(/\/espace\/diagnostics\/(?!nouveau$)[^/?]+$/);
  return new URL(page.url()).pathname.split("/").pop()!;
}

test.describe("diagnostic de territoire", () => {
  test("le parcours complet au clavier, du lancement au rapport et au PDF", async ({ page }) => {
    test.setTimeout(180_000);
    await signIn(page, ASSOCIATION, { keyboard: true });

    await page.goto("/espace/diagnostics");
    await expectNoAxeViolations(page);
    await press(page.getByRole("link", { name: "Lancer un diagnostic" }), "Enter");
    await expect(page.getByRole("heading", { level: 1, name: "Lancer un diagnostic" })).toBeVisible();

    // The territory: typed in the combobox, chosen among the suggestions with the arrows and Enter.
    const territory = page.getByRole("combobox", { name: "Territoire diagnostiqué" });
    await territory.focus();
    await page.keyboard.type("Saint-Étienne");
    const saintEtienne = page.getByRole("option", { name: /^Saint-Étienne \(Commune, Loire/ });
    await expect(saintEtienne).toBeVisible();
    await expectNoAxeViolations(page);
    for (let i = 0; i < 8 && (await saintEtienne.getAttribute("aria-selected")) !== "true"; i += 1) await page.keyboard.press("ArrowDown");
    await expect(saintEtienne).toHaveAttribute("aria-selected", "true");
    await page.keyboard.press("Enter");
    await expect(territory).toHaveValue("Saint-Étienne");
    await expect(territory).toHaveAttribute("aria-expanded", "false");
    // Only one organisation: already chosen.
    await expect(page.getByRole("combobox", { name: "Organisation qui mène le diagnostic" })).toHaveValue(/.+/);
    await expect(page.getByRole("combobox", { name: "Organisation qui mène le diagnostic" }).locator("option:checked")).toHaveText("Les Liens du Furan (démo)");
    await press(page.getByRole("button", { name: "Commencer le diagnostic" }), "Enter");

    // Step 1: the organisation type comes from the profile, marked so and editable; moving on
    // without the rest shows the errors, summed up in a focused alert that links to each question.
    await expectStep(page, 1, "Profil");
    const kind = group(page, /^Quel type d'organisation représentez-vous \?/);
    await expect(radio(kind, "Association")).toBeChecked();
    await expect(kind).toHaveAccessibleDescription(/Prérempli depuis le profil de votre organisation/);
    await expectNoAxeViolations(page);
    await next(page);
    const stepErrors = page.getByRole("alert").filter({ hasText: "Certaines réponses de cette étape sont manquantes" });
    await expect(stepErrors).toBeVisible();
    await expect(stepErrors).toBeFocused();
    await expect(stepErrors.getByRole("link", { name: /^Quel est votre rôle sur le territoire \?.* : Répondez à cette question\.$/ })).toBeVisible();
    await expect(radio(kind, "Association")).toBeChecked();
    await expect(kind).not.toHaveAccessibleDescription(/Répondez à cette question\./);
    const role = group(page, /^Quel est votre rôle/);
    await expect(role).toHaveAccessibleDescription(/Répondez à cette question\./);
    await expectNoAxeViolations(page);

    // The error of a question goes as soon as it is answered.
    await press(radio(role, "Acteur de terrain"), " ");
    await expect(role).not.toHaveAccessibleDescription(/Répondez à cette question\./);
    // Arrow keys move the choice within a radio group.
    await press(radio(group(page, /^Quelle est votre expérience/), "Aucune pour l'instant"), " ");
    await page.keyboard.press("ArrowDown");
    await expect(radio(group(page, /^Quelle est votre expérience/), "Quelques partenariats ponctuels")).toBeChecked();
    // Autosave, announced politely.
    await expect(page.getByRole("status").filter({ hasText: /^Enregistré à \d{2}:\d{2}$/ })).toBeVisible();
    await next(page);

    // Step 2: a ranking (selects) and a scale.
    await expectStep(page, 2, "Enjeux du territoire");
    await page.getByRole("combobox", { name: "1er choix" }).focus();
    await page.keyboard.type("Inclusion");
    await expect(page.getByRole("combobox", { name: "1er choix" })).toHaveValue("numerique");
    await page.keyboard.press("Tab");
    await expect(page.getByRole("combobox", { name: "2e choix" })).toBeFocused();
    await page.keyboard.type("Emploi");
    await expect(page.getByRole("combobox", { name: "2e choix" })).toHaveValue("emploi");
    await press(radio(group(page, /objectivés par des données/), "3"), " ");
    await expectNoAxeViolations(page);

    // Back and forth keeps the answers.
    await next(page, "Précédent");
    await expectStep(page, 1, "Profil");
    await expect(radio(group(page, /^Quel type d'organisation/), "Association")).toBeChecked();
    await next(page);
    await expectStep(page, 2, "Enjeux du territoire");
    await expect(page.getByRole("combobox", { name: "1er choix" })).toHaveValue("numerique");
    await expect(radio(group(page, /objectivés par des données/), "3")).toBeChecked();
    await next(page);

    // Step 3: checkboxes.
    await expectStep(page, 3, "Objectifs");
    await expectNoAxeViolations(page);
    await press(page.getByRole("checkbox", { name: "Créer de la confiance" }), " ");
    await press(page.getByRole("checkbox", { name: "Innover" }), " ");
    await press(page.getByRole("checkbox", { name: "Le bien commun du territoire" }), " ");
    await next(page);

    // Step 4: scales, a single choice and free text.
    await expectStep(page, 4, "Moyens");
    await expectNoAxeViolations(page);
    await press(radio(group(page, /^Personnes mobilisables/), "2"), " ");
    await press(radio(group(page, /^Temps disponible/), "1"), " ");
    await press(radio(group(page, /^Budget/), "Un budget ponctuel"), " ");
    await page.getByRole("textbox", { name: "Compétences que vous pourriez partager" }).focus();
    await page.keyboard.type("Animation d'ateliers numériques");
    await expect(page.getByRole("status").filter({ hasText: /^Enregistré à/ })).toBeVisible();
    await next(page);

    // Step 5: maturity.
    await expectStep(page, 5, "Maturité partenariale");
    await expectNoAxeViolations(page);
    await press(radio(group(page, /instance où les acteurs/), "Oui, de manière informelle"), " ");
    await press(radio(group(page, /coopèrent-elles déjà/), "4"), " ");
    await press(radio(group(page, /^Évaluez-vous vos partenariats/), "Parfois"), " ");
    await press(radio(group(page, /^Connaissez-vous les acteurs/), "2"), " ");
    await next(page);

    // Step 6: wishes, then completion.
    await expectStep(page, 6, "Envies");
    await expectNoAxeViolations(page);
    await press(page.getByRole("checkbox", { name: "Mécénat" }), " ");
    await press(page.getByRole("checkbox", { name: "Innovation sociétale" }), " ");
    await press(page.getByRole("checkbox", { name: "Entreprises" }), " ");
    await next(page, "Terminer le diagnostic");

    // The report.
    await expect(page).toHaveURL(/\/rapport$/);
    await expect(page.getByRole("heading", { level: 1, name: "Diagnostic de Saint-Étienne" })).toBeVisible();
    await expect(page.getByRole("img", { name: "Radar des scores par axe" })).toBeVisible();
    // On a phone the radar's labels stay readable (a 780-unit drawing once shrank them to 5 px).
    for (const width of [320, 390]) {
      await page.setViewportSize({ width, height: 800 });
      const sizes = await page
        .getByRole("img", { name: "Radar des scores par axe" })
        .locator("text")
        .evaluateAll((texts) => texts.map((text) => (text as SVGTextElement).getScreenCTM()!.a * parseFloat(getComputedStyle(text).fontSize)));
      expect(sizes.length).toBeGreaterThan(0);
      expect(Math.min(...sizes)).toBeGreaterThanOrEqual(12);
    }
    await page.setViewportSize({ width: 1280, height: 720 });
    const scores = page.getByRole("table", { name: "Scores par axe, sur 100" });
    await expect(scores.getByRole("row")).toHaveCount(7);
    await expect(scores).toContainText("Score global");
    await expect(page.getByRole("region", { name: "Niveau de maturité partenariale" })).toContainText(/Niveau \d sur 4 : /);
    await expect(page.getByRole("region", { name: "Priorités du territoire" }).getByRole("listitem")).toHaveText([
      "Inclusion numérique",
      "Emploi et insertion",
    ]);
    const kits = page.getByRole("region", { name: "Ressources recommandées" });
    await expect(kits.getByRole("link").first()).toHaveAttribute("href", /^\/ressources\//);
    await expect(kits).toContainText("Recommandé car il correspond");
    const partners = page.getByRole("region", { name: "Partenaires suggérés" });
    await expect(partners.getByRole("link", { name: "Forez Numérique (démo)" })).toHaveAttribute("href", "/acteurs/forez-numerique-demo");
    await expect(partners).toContainText("Suggéré car il");
    const context = page.getByRole("region", { name: "Le territoire en données ouvertes" });
    await expect(context).toContainText("Loire");
    await expect(context).toContainText("Auvergne-Rhône-Alpes");
    await expect(context).toContainText("Saint-Étienne Métropole");
    await expect(page.getByRole("region", { name: "Comparaison avec des territoires similaires" })).toContainText(
      "Pas encore assez de diagnostics comparables pour préserver l'anonymat",
    );
    await expectNoAxeViolations(page);

    // The PDF, downloaded with Enter on the link.
    const downloadLink = page.getByRole("link", { name: "Télécharger le PDF" });
    const downloading = page.waitForEvent("download");
    await press(downloadLink, "Enter");
    const download = await downloading;
    expect(download.suggestedFilename()).toBe("diagnostic-saint-etienne.pdf");
    expect(
      readFileSync(await download.path())
        .subarray(0, 5)
        .toString("latin1"),
    ).toBe("%PDF-");
    const response = await page.request.get((await downloadLink.getAttribute("href"))!);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("application/pdf");
    expect((await response.body()).subarray(0, 4).toString("latin1")).toBe("%PDF");

    // "Did it help?": a comment too long for the server keeps the chosen note and the text.
    await expectFormKeepsValues(page, "diagnostic.feedback", {
      invalid: async (form) => {
        const comment = form.getByRole("textbox", { name: "Commentaire" });
        await comment.evaluate((element) => element.removeAttribute("maxlength"));
        await comment.fill("x".repeat(2001));
      },
    });
    await press(radio(group(page, /^Votre note/), "4 — Utile"), " ");
    await page.getByRole("textbox", { name: "Commentaire" }).fill("");
    await page.getByRole("textbox", { name: "Commentaire" }).focus();
    await page.keyboard.type("Utile pour préparer notre comité de pilotage.");
    await press(page.getByRole("button", { name: "Envoyer mon avis" }), "Enter");
    await expect(page.getByRole("status").filter({ hasText: "Merci pour votre avis !" })).toBeVisible();

    // Publication of the anonymised summary, then its withdrawal (organisation admin), asked first
    // in a dialog: Échap keeps it published.
    const publication = page.getByRole("region", { name: "Synthèse publique" });
    await press(publication.getByRole("button", { name: "Publier la synthèse" }), "Enter");
    await expect(publication.getByRole("status")).toHaveText("La synthèse est publiée sur la page du territoire.");
    await expect(publication.getByRole("status")).toBeFocused();
    const withdraw = publication.getByRole("button", { name: "Retirer la synthèse" });
    await press(withdraw, "Enter");
    const confirmation = page.getByRole("dialog", { name: "Retirer la synthèse du diagnostic de Saint-Étienne ?" });
    await expect(confirmation.getByRole("button", { name: "Annuler" })).toBeFocused();
    await expectNoAxeViolations(page);
    await page.keyboard.press("Escape");
    await expect(confirmation).toBeHidden();
    await expect(withdraw).toBeVisible();
    await press(withdraw, "Enter");
    await press(confirmation.getByRole("button", { name: "Retirer la synthèse" }), "Enter");
    await expect(publication.getByRole("status")).toHaveText("La synthèse a été retirée de la page du territoire.");
    await expect(publication.getByRole("button", { name: "Publier la synthèse" })).toBeVisible();
    await expectNoAxeViolations(page);

    // Back in the list, as a completed diagnostic.
    await page.goto("/espace/diagnostics");
    await expect(page.getByRole("link", { name: "Rapport du diagnostic de Saint-Étienne" }).first()).toBeVisible();
  });

  test("lancer un diagnostic : un refus garde ce qui a été saisi", async ({ page }) => {
    await signIn(page, MEMBER, { keyboard: true });
    await page.goto("/espace/diagnostics/nouveau");
    // Text typed in the combobox without choosing a suggestion: refused, everything kept.
    await expectFormKeepsValues(page, "diagnostic.start", {
      invalid: (form) => form.getByRole("combobox", { name: "Territoire diagnostiqué" }).press("Escape"),
    });
    await expect(page.getByRole("alert").getByRole("link", { name: "Choisissez le territoire dans la liste des suggestions." })).toBeVisible();
  });

  test("un diagnostic reprend à la première étape à compléter, et une étape refusée garde ses réponses", async ({ page }) => {
    test.setTimeout(120_000);
    await signIn(page, ASSOCIATION, { keyboard: true });
    const id = await startOnSaintEtienne(page);
    await expectStep(page, 1, "Profil");
    const steps = page.getByRole("navigation", { name: "Étapes du questionnaire" });
    await expect(steps.locator('[aria-current="step"]')).toHaveText("1. Profil");
    await expect(steps.getByText("étape terminée")).toHaveCount(0);
    // The organisation type is prefilled: two answers complete the step (saved with it).
    await press(radio(group(page, /^Quel est votre rôle/), "Acteur de terrain"), " ");
    await press(radio(group(page, /^Quelle est votre expérience/), "Aucune pour l'instant"), " ");
    await expect(page.getByRole("status").filter({ hasText: /^Enregistré à/ })).toBeVisible();

    // "Reprendre" in the list leads to the first step still to complete, step 1 marked as done.
    await page.goto("/espace/diagnostics");
    const resume = page.locator(`a[href="/espace/diagnostics/${id}"]`);
    await expect(resume).toHaveAccessibleName("Reprendre le diagnostic de Saint-Étienne");
    await press(resume, "Enter");
    await expectStep(page, 2, "Enjeux du territoire");
    // Chromium puts a space where the visually hidden words begin: « 1. Profil , étape terminée ».
    await expect(steps.getByRole("link", { name: /^1\. Profil ?, étape terminée$/ })).toBeVisible();
    await expect(steps.locator('[aria-current="step"]')).toHaveText("2. Enjeux du territoire");
    await expectNoAxeViolations(page);

    // Every choice of the step (selects of the ranking, the scale's radios) survives the server's
    // refusal: the same answer ranked three times.
    await expectFormKeepsValues(page, "diagnostic.step", { invalid: async () => undefined });
    await expect(page.getByRole("alert").getByRole("link", { name: /^Classez les fragilités prioritaires/ })).toBeVisible();
    await expect(page.getByRole("combobox", { name: "1er choix" })).toHaveValue("culture");
    await expectNoAxeViolations(page);
  });

  test("un diagnostic est partagé avec les membres de l'organisation et introuvable pour les autres", async ({ browser }) => {
    // Three accounts and axe on a shared, busy machine.
    test.setTimeout(120_000);
    const admin = await newSignedInPage(browser, ASSOCIATION, { keyboard: true });
    const id = await startOnSaintEtienne(admin);

    const member = await newSignedInPage(browser, MEMBER, { keyboard: true });
    await member.goto(`/espace/diagnostics/${id}`);
    await expectStep(member, 1, "Profil");

    const outsider = await newSignedInPage(browser, NO_ORGANISATION, { keyboard: true });
    for (const path of [`/espace/diagnostics/${id}`, `/espace/diagnostics/${id}/rapport`]) {
      const response = await outsider.goto(path);
      expect(response?.status(), path).toBe(404);
      await expect(outsider.getByRole("heading", { level: 1, name: "Page introuvable" })).toBeVisible();
    }
    await expectNoAxeViolations(outsider);
    expect((await outsider.request.get(`/api/diagnostics/${id}/pdf`)).status()).toBe(404);

    // Without an organisation, the start page says how to get one.
    await outsider.goto("/espace/diagnostics/nouveau");
    await expect(outsider.getByRole("link", { name: "Créer le profil de mon organisation" })).toBeVisible();
    await expectNoAxeViolations(outsider);
  });

  test("deux membres modifient le même diagnostic : le second voit le conflit", async ({ browser }) => {
    const admin = await newSignedInPage(browser, ASSOCIATION, { keyboard: true });
    const id = await startOnSaintEtienne(admin);
    const member = await newSignedInPage(browser, MEMBER, { keyboard: true });
    await member.goto(`/espace/diagnostics/${id}`);
    await expectStep(member, 1, "Profil");

    // Both see the profile's answer; the admin changes it first.
    await press(radio(group(admin, /^Quel type d'organisation/), "Fondation"), " ");
    await expect(admin.getByRole("status").filter({ hasText: /^Enregistré à/ })).toBeVisible();

    await press(radio(group(member, /^Quel type d'organisation/), "Entreprise"), " ");
    await expect(member.getByRole("status").filter({ hasText: "Ce diagnostic a été modifié par quelqu'un d'autre" })).toBeVisible();
    await press(member.getByRole("link", { name: "Recharger la page" }), "Enter");
    await expect(radio(group(member, /^Quel type d'organisation/), "Fondation")).toBeChecked();
    // Changed from the profile's answer: no longer marked as coming from it.
    await expect(group(member, /^Quel type d'organisation/)).not.toHaveAccessibleDescription(/Prérempli depuis le profil/);
  });
});
