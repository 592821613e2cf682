// A kit version is the whole kit: a draft of a published kit changes nothing on its public page
// (title, summary, body, family, audiences, themes, targets, maturity, links, files) until it is
// published; then all of it shows at once. An archived kit is restored with its last published
// version, not its draft.
import { expect, test, type Browser, type Page } from "@playwright/test";
import { demoAccounts, signIn } from "../support/auth";
import { expectNoAxeViolations } from "../support/axe";
import { fillKitForm, newKitDraft, unique } from "./fixtures";

const main = (page: Page) => page.getByRole("main");

interface Version {
  title: string;
  summary: string;
  family: string;
  audience: string;
  theme: string;
  level: string;
  target: string;
  link: { label: string; url: string };
  file: string;
  body: string;
  bodyHeading: string;
}

function versionOf(word: string, n: 1 | 2): Version {
  return n === 1
    ? {
        title: `Kit versionné ${word}`,
        summary: `Résumé publié ${word}.`,
        family: "Méthode",
        audience: "Entreprise",
        theme: "Mobilité",
        level: "Niveau 1 — Découverte",
        target: "Cible 17.17",
        link: { label: `Lien publié ${word}`, url: "https://publie.example.org" },
        file: "Guide publié.pdf",
        body: `## Partie publiée\n\nTexte publié ${word}.\n`,
        bodyHeading: "Partie publiée",
      }
    : {
        title: `Kit brouillon ${word}`,
        summary: `Résumé en brouillon ${word}.`,
        family: "Outil",
        audience: "Association",
        theme: "Logement",
        level: "Niveau 3 — Structuration",
        target: "Cible 17.3",
        link: { label: `Lien en brouillon ${word}`, url: "https://brouillon.example.org" },
        file: "Annexe en brouillon.pdf",
        body: `## Partie en brouillon\n\nTexte en brouillon ${word}.\n`,
        bodyHeading: "Partie en brouillon",
      };
}

/** Ticks one value of a checkbox group and unticks the other given ones. */
async function choose(page: Page, group: string, check: string, uncheck?: string) {
  const fieldset = main(page).getByRole("group", { name: group });
  await fieldset.getByLabel(check, { exact: true }).check();
  if (uncheck) await fieldset.getByLabel(uncheck, { exact: true }).uncheck();
}

async function fillVersion(page: Page, version: Version, previous?: Version) {
  await fillKitForm(page, { title: version.title, summary: version.summary, category: version.family, body: version.body });
  await choose(page, "Publics", version.audience, previous?.audience);
  await choose(page, "Thèmes", version.theme, previous?.theme);
  await choose(page, "Niveaux de maturité", version.level, previous?.level);
  await choose(page, "Cibles de l'ODD 17", version.target, previous?.target);
  await main(page).getByLabel("Libellé du lien 1").fill(version.link.label);
  await main(page).getByLabel("Adresse du lien 1").fill(version.link.url);
}

async function attach(page: Page, name: string) {
  await main(page)
    .getByLabel("Document à joindre")
    .setInputFiles({ name, mimeType: "application/pdf", buffer: Buffer.from(`%PDF-1.4\n${name}\n%%EOF\n`) });
  await main(page).getByRole("button", { name: "Joindre le document" }).click();
  await expect(
    main(page)
      .getByRole("status")
      .filter({ hasText: `Le document « ${name} » est joint au brouillon.` }),
  ).toBeFocused();
}

/** Every field of `shown` is on the public page, and nothing of `hidden`. */
async function expectPublicPage(page: Page, shown: Version, hidden: Version) {
  const title = page.getByRole("heading", { level: 1 });
  await expect(title).toHaveText(shown.title);
  // The family is the badge just above the title.
  await expect(title.locator("xpath=preceding-sibling::p[1]")).toHaveText(shown.family);
  const content = main(page);
  const about = content.getByRole("complementary", { name: "En bref" });
  for (const [version, visible] of [
    [shown, true],
    [hidden, false],
  ] as const) {
    const count = visible ? 1 : 0;
    await expect(content.getByText(version.summary, { exact: true })).toHaveCount(count);
    await expect(content.getByRole("heading", { name: version.bodyHeading })).toHaveCount(count);
    await expect(about.getByRole("link", { name: version.audience, exact: true })).toHaveCount(count);
    await expect(about.getByRole("link", { name: version.theme, exact: true })).toHaveCount(count);
    await expect(about.getByRole("link", { name: version.level, exact: true })).toHaveCount(count);
    await expect(about.getByRole("link", { name: version.target, exact: true })).toHaveCount(count);
    await expect(content.getByRole("link", { name: version.link.label })).toHaveCount(count);
    await expect(content.getByRole("link", { name: new RegExp(`^${version.file.replace(".", "\\.")}`) })).toHaveCount(count);
  }
}

async function visitor(browser: Browser) {
  const context = await browser.newContext({ locale: "fr-FR" });
  return { page: await context.newPage(), close: () => context.close() };
}

test.describe("versions de kit", () => {
  // Many forms, two browsers and axe on each page: more than 30 s on a busy machine.
  test.slow();

  test("un brouillon d'un kit publié ne change rien à sa page publique avant d'être publié, puis tout change", async ({ page, browser }) => {
    const word = unique();
    const v1 = versionOf(word, 1);
    const v2 = versionOf(word, 2);
    await signIn(page, demoAccounts.staff, { goTo: "/admin/kits/nouveau" });
    await fillVersion(page, v1);
    await main(page).getByRole("button", { name: "Enregistrer le brouillon" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Modifier « ${v1.title} »`);
    const editPath = new URL(page.url()).pathname;
    await attach(page, v1.file);
    await main(page).getByLabel("Note de version").fill("Première version");
    await main(page).getByRole("button", { name: "Enregistrer et publier" }).click();
    await expect(main(page).getByRole("status").filter({ hasText: "La version 1 est publiée." })).toBeVisible();
    const publicPath = (await main(page).getByRole("link", { name: "Voir la page publique" }).getAttribute("href"))!;

    const anonymous = await visitor(browser);
    const v = anonymous.page;
    await v.goto(publicPath);
    await expectPublicPage(v, v1, v2);

    // The draft: every field changed, a file added, the published one removed (asked first).
    await page.reload();
    await fillVersion(page, v2, v1);
    await main(page).getByLabel("Note de version").fill(`Note du brouillon ${word}`);
    await main(page).getByRole("button", { name: "Enregistrer le brouillon" }).click();
    await expect(main(page).getByRole("status").filter({ hasText: "Le brouillon est enregistré." })).toBeVisible();
    await attach(page, v2.file);
    await main(page)
      .getByRole("button", { name: `Retirer le document ${v1.file}` })
      .click();
    const removal = page.getByRole("dialog", { name: `Retirer le document « ${v1.file} » du brouillon ?` });
    await expect(removal.getByRole("button", { name: "Annuler" })).toBeFocused();
    await removal.getByRole("button", { name: "Retirer du brouillon" }).click();
    await expect(main(page).getByRole("status").filter({ hasText: "Le document est retiré du brouillon." })).toBeFocused();
    await expect(main(page).getByRole("region", { name: "Publication" })).toContainText("Modifications non publiées");
    await expectNoAxeViolations(page);

    // The public page, its search and its family filter still show version 1 only.
    await v.reload();
    await expectPublicPage(v, v1, v2);
    await v.goto(`/ressources?q=${word}&categorie=outil`);
    await expect(v.getByText("Aucune ressource ne correspond à cette recherche")).toBeVisible();
    await v.goto(publicPath);

    // The note typed before saving is still there; the comparison names every field.
    await page.reload();
    await expect(main(page).getByLabel("Note de version")).toHaveValue(`Note du brouillon ${word}`);
    await main(page).getByRole("link", { name: "Versions et comparaison" }).click();
    await expect(main(page).getByRole("table", { name: /Versions/ })).toContainText("Brouillon");
    await main(page).getByRole("button", { name: "Comparer" }).click();
    const diff = main(page).getByRole("region", { name: "Différences entre la version 1 et la version 2" });
    for (const field of [
      "Titre",
      "Résumé",
      "Famille",
      "Publics",
      "Thèmes",
      "Niveaux de maturité",
      "Cibles de l'ODD 17",
      "Liens externes",
      "Documents joints",
      "Contenu",
    ]) {
      await expect(diff.getByRole("listitem").filter({ hasText: new RegExp(`^${field} :`) })).toHaveCount(1);
    }
    await expect(diff.getByRole("listitem").filter({ hasText: /^Documents joints :/ })).toContainText(`ajouté : ${v2.file} ; retiré : ${v1.file}`);
    await expectNoAxeViolations(page);
    await main(page).getByRole("link", { name: "Voir la version 2" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Brouillon de la version 2 de « ${v2.title} »`);
    await expect(main(page).getByRole("region", { name: "Champs de cette version" })).toContainText(v2.file);
    await expectNoAxeViolations(page);
    await page.goto(editPath);

    // Published: everything changes at once.
    await main(page).getByRole("button", { name: "Enregistrer et publier" }).click();
    await expect(main(page).getByRole("status").filter({ hasText: "La version 2 est publiée." })).toBeVisible();
    await v.reload();
    await expectPublicPage(v, v2, v1);
    await expect(main(v).getByRole("table", { name: /Versions publiées/ })).toContainText(`Note du brouillon ${word}`);

    await anonymous.close();
  });

  test("un kit archivé est restauré avec sa dernière version publiée, pas son brouillon", async ({ page, browser }) => {
    await signIn(page, demoAccounts.staff);
    const { title } = await newKitDraft(page);
    await main(page).getByRole("button", { name: "Enregistrer et publier" }).click();
    await expect(main(page).getByRole("status").filter({ hasText: "La version 1 est publiée." })).toBeVisible();
    const publicPath = (await main(page).getByRole("link", { name: "Voir la page publique" }).getAttribute("href"))!;
    await main(page).getByLabel("Titre").fill(`${title} (brouillon)`);
    await main(page).getByRole("button", { name: "Enregistrer le brouillon" }).click();
    await expect(main(page).getByRole("status").filter({ hasText: "Le brouillon est enregistré." })).toBeVisible();

    const publication = main(page).getByRole("region", { name: "Publication" });
    await publication.getByRole("button", { name: "Archiver" }).click();
    await page
      .getByRole("dialog", { name: `Archiver le kit « ${title} (brouillon) » ?` })
      .getByRole("button", { name: "Archiver" })
      .click();
    await expect(publication.getByRole("status").filter({ hasText: "Le kit est archivé." })).toBeFocused();
    const anonymous = await visitor(browser);
    expect((await anonymous.page.goto(publicPath))?.status()).toBe(404);

    // Later, without the « Annuler » of the archiving: « Restaurer », asked first.
    await page.reload();
    await expect(publication.getByRole("button", { name: "Annuler l'archivage" })).toHaveCount(0);
    await publication.getByRole("button", { name: "Restaurer" }).click();
    const restore = page.getByRole("dialog", { name: `Restaurer le kit « ${title} (brouillon) » ?` });
    await expect(restore.getByRole("button", { name: "Annuler" })).toBeFocused();
    await expectNoAxeViolations(page);
    await restore.getByRole("button", { name: "Restaurer" }).click();
    await expect(
      publication.getByRole("status").filter({ hasText: "Le kit est restauré : sa dernière version publiée est de nouveau en ligne." }),
    ).toBeFocused();
    await expect(publication).toContainText("Version publiée : 1");
    await expect(publication).toContainText("Modifications non publiées");
    expect((await anonymous.page.goto(publicPath))?.status()).toBe(200);
    await expect(anonymous.page.getByRole("heading", { level: 1 })).toHaveText(title);
    await anonymous.close();
  });
});
