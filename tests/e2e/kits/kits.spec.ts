// The resource centre end to end: the team writes, previews and publishes a kit that a visitor
// then finds by search and facet; uploads are checked; a user rates and suggests, the team answers.
import { expect, test, type Browser, type Page } from "@playwright/test";
import { demoAccounts, signIn } from "../support/auth";
import { expectNoAxeViolations } from "../support/axe";
import { expectFormKeepsValues } from "../support/forms";
import { fillKitForm, newKitDraft, unique } from "./fixtures";

const main = (page: Page) => page.getByRole("main");

async function visitor(browser: Browser) {
  const context = await browser.newContext({ locale: "fr-FR" });
  return { page: await context.newPage(), close: () => context.close() };
}

test.describe("centre de ressources", () => {
  // Each test writes through several forms and checks every page with axe: more than 30 s on a busy machine.
  test.slow();

  test("l'équipe crée, prévisualise et publie un kit, qu'un visiteur trouve par la recherche et les filtres", async ({ page, browser }) => {
    const word = unique();
    const title = `Kit de bout en bout ${word}`;
    await signIn(page, demoAccounts.staff, { goTo: "/admin/kits" });
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Kits");
    await expectNoAxeViolations(page);

    await page.getByRole("link", { name: "Nouveau kit" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Nouveau kit");
    await expectNoAxeViolations(page);
    // Everything typed, chosen and ticked stays after a refusal (a title too short), nothing saved.
    await expectFormKeepsValues(page, "kit.create", { invalid: (form) => form.getByLabel("Titre").fill("") });
    await expect(page).toHaveURL(/\/admin\/kits\/nouveau$/);
    await page.reload();
    await fillKitForm(page, {
      title,
      summary: `Une méthode pour tester ${word}.`,
      category: "Outil",
      body: "# Démarrer\n\nUn texte avec <script>window.piege = 1</script> et [un lien](javascript:alert(1)).\n\n## Étapes\n\n- une\n- deux\n",
    });
    await main(page).getByRole("group", { name: "Publics" }).getByLabel("Entreprise").check();
    await main(page).getByRole("group", { name: "Niveaux de maturité" }).getByLabel("Niveau 3 — Structuration").check();
    await main(page).getByLabel("Libellé du lien 1").fill("Agenda 2030");
    await main(page).getByLabel("Adresse du lien 1").fill("https://www.agenda-2030.fr");

    // The preview is rendered by the server; nothing is saved yet.
    await main(page).getByRole("button", { name: "Prévisualiser" }).click();
    const preview = main(page).getByRole("region", { name: "Aperçu du contenu" });
    await expect(preview.getByRole("heading", { level: 2, name: "Démarrer" })).toBeVisible();
    await expect(preview).toContainText("<script>window.piege = 1</script>");
    await expect(preview.getByRole("link")).toHaveCount(0);
    await expect(main(page).getByLabel("Titre")).toHaveValue(title);
    await expect(main(page).getByRole("group", { name: "Publics" }).getByLabel("Entreprise")).toBeChecked();
    await expectNoAxeViolations(page);

    await main(page).getByRole("button", { name: "Enregistrer le brouillon" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Modifier « ${title} »`);
    // The new kit's page says it was created, in focus; the address then loses the message.
    await expect(main(page).getByRole("status").filter({ hasText: "Le kit est créé et enregistré comme brouillon." })).toBeFocused();
    await expect(page).toHaveURL(/\/admin\/kits\/(?!nouveau)[A-Za-z0-9_-]+$/);
    const publication = main(page).getByRole("region", { name: "Publication" });
    await expect(publication).toContainText("Brouillon");
    await expect(publication).toContainText("Ce kit n'a jamais été publié.");
    const slug = `kit-de-bout-en-bout-${word}`;

    // A draft does not exist for the public.
    const anonymous = await visitor(browser);
    expect((await anonymous.page.goto(`/ressources/${slug}`))?.status()).toBe(404);

    await main(page).getByLabel("Note de version").fill("Première publication");
    await main(page).getByRole("button", { name: "Enregistrer et publier" }).click();
    await expect(main(page).getByRole("status").filter({ hasText: "La version 1 est publiée." })).toBeVisible();
    await expect(publication).toContainText("Version publiée : 1");
    await expectNoAxeViolations(page);

    // The visitor searches the word, then narrows with the "Outils" family.
    const v = anonymous.page;
    await v.goto("/ressources");
    await expect(v.getByRole("heading", { level: 1 })).toHaveText("Centre de ressources");
    await expectNoAxeViolations(v);
    await v.getByRole("searchbox", { name: "Rechercher une ressource" }).fill(word);
    await v.getByRole("search").getByRole("button", { name: "Rechercher" }).click();
    await expect(v).toHaveURL(new RegExp(`/ressources\\?q=${word}$`));
    await expect(v.getByRole("heading", { level: 2, name: "1 ressource trouvée", exact: true })).toBeVisible();
    await v
      .getByRole("group", { name: "Famille" })
      .getByLabel(/^Outils/)
      .check();
    await v
      .getByRole("group", { name: "Public" })
      .getByLabel(/^Entreprise/)
      .check();
    await v.getByRole("button", { name: "Appliquer les filtres" }).click();
    await expect(v).toHaveURL(/categorie=outil/);
    await expect(v).toHaveURL(/public=entreprise/);
    await expect(v.getByRole("link", { name: title })).toBeVisible();
    await expectNoAxeViolations(v);

    await v
      .getByRole("group", { name: "Famille" })
      .getByLabel(/^Méthodes/)
      .check();
    await v
      .getByRole("group", { name: "Famille" })
      .getByLabel(/^Outils/)
      .uncheck();
    await v.getByRole("button", { name: "Appliquer les filtres" }).click();
    await expect(v.getByText("Aucune ressource ne correspond à cette recherche")).toBeVisible();
    await v.getByRole("link", { name: "Retirer le filtre : Méthodes" }).click();
    await v.getByRole("link", { name: title }).click();

    await expect(v.getByRole("heading", { level: 1 })).toHaveText(title);
    // The header gives the date of the current version (related kits below give theirs too).
    await expect(v.getByText(/^Mis à jour le \d{1,2} \S+ \d{4}$/).first()).toBeVisible();
    await expect(main(v).getByRole("heading", { level: 2, name: "Démarrer" })).toBeVisible();
    await expect(main(v)).toContainText("<script>window.piege = 1</script>");
    expect(await v.evaluate(() => (window as unknown as { piege?: number }).piege)).toBeUndefined();
    await expect(main(v).getByRole("link", { name: "Agenda 2030" })).toHaveAttribute("rel", "noopener noreferrer");
    await expect(main(v).getByRole("table", { name: /Versions publiées/ })).toContainText("Première publication");
    await expect(main(v).getByRole("link", { name: "Connectez-vous pour noter cette ressource ou proposer une amélioration" })).toBeVisible();
    await expectNoAxeViolations(v);
    await anonymous.close();
  });

  test("l'équipe publie une deuxième version et compare les deux", async ({ page }) => {
    await signIn(page, demoAccounts.staff);
    const { title } = await newKitDraft(page, { body: "Ligne commune\nAncienne ligne\n" });
    await main(page).getByRole("button", { name: "Enregistrer et publier" }).click();
    await expect(main(page).getByRole("status").filter({ hasText: "La version 1 est publiée." })).toBeVisible();
    await main(page).getByLabel("Contenu (Markdown)").fill("Ligne commune\nNouvelle ligne\n");
    await main(page).getByLabel("Note de version").fill("Mise à jour");
    await main(page).getByRole("button", { name: "Enregistrer et publier" }).click();
    await expect(main(page).getByRole("status").filter({ hasText: "La version 2 est publiée." })).toBeVisible();

    // Unpublishing is asked first; its message offers « Annuler », which publishes version 2 again.
    const publication = main(page).getByRole("region", { name: "Publication" });
    await publication.getByRole("button", { name: "Dépublier" }).click();
    const unpublish = page.getByRole("dialog", { name: `Dépublier le kit « ${title} » ?` });
    await expect(unpublish.getByRole("button", { name: "Annuler" })).toBeFocused();
    await expectNoAxeViolations(page);
    await unpublish.getByRole("button", { name: "Dépublier" }).click();
    await expect(publication.getByRole("status").filter({ hasText: "Le kit est dépublié : il est redevenu un brouillon." })).toBeFocused();
    await expect(publication).toContainText("Brouillon");
    await expectNoAxeViolations(page);
    await publication.getByRole("button", { name: "Annuler la dépublication" }).click();
    await expect(publication.getByRole("status").filter({ hasText: "La dépublication est annulée : le kit est de nouveau publié." })).toBeFocused();
    await expect(publication.getByRole("status").filter({ hasText: "Le kit est dépublié" })).toHaveCount(0);
    await expect(publication).toContainText("Version publiée : 2");
    await expect(publication.getByRole("link", { name: "Voir la page publique" })).toBeVisible();

    // Archiving too; « Annuler » gives back the status it had: published.
    await publication.getByRole("button", { name: "Archiver" }).click();
    await page
      .getByRole("dialog", { name: `Archiver le kit « ${title} » ?` })
      .getByRole("button", { name: "Archiver" })
      .click();
    await expect(publication.getByRole("status").filter({ hasText: "Le kit est archivé." })).toBeFocused();
    await expect(publication.getByRole("button", { name: "Archiver" })).toHaveCount(0);
    await publication.getByRole("button", { name: "Annuler l'archivage" }).click();
    await expect(publication.getByRole("status").filter({ hasText: "L'archivage est annulé : le kit a retrouvé son statut précédent." })).toBeFocused();
    await expect(publication.getByRole("link", { name: "Voir la page publique" })).toBeVisible();
    await expectNoAxeViolations(page);

    await main(page).getByRole("link", { name: "Versions et comparaison" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Versions de « ${title} »`);
    await expectNoAxeViolations(page);
    await main(page).getByRole("button", { name: "Comparer" }).click();
    await expect(page).toHaveURL(/de=1&a=2/);
    const diff = main(page).getByRole("region", { name: "Différences entre la version 1 et la version 2" });
    await expect(diff).toContainText("1 ligne ajoutée, 1 ligne supprimée");
    await expect(diff.getByRole("listitem").filter({ hasText: "Supprimé : Ancienne ligne" })).toHaveCount(1);
    await expect(diff.getByRole("listitem").filter({ hasText: "Ajouté : Nouvelle ligne" })).toHaveCount(1);
    await expectNoAxeViolations(page);

    await main(page).getByRole("link", { name: "Voir la version 1" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Version 1 de « ${title} »`);
    await expect(main(page)).toContainText("Ancienne ligne");
    await expectNoAxeViolations(page);
  });

  test("un document d'un type refusé ou trop lourd est refusé avec un message en français ; un PDF est accepté", async ({ page, browser }) => {
    await signIn(page, demoAccounts.staff);
    await newKitDraft(page);
    // The edit form keeps everything after a refusal too; nothing is saved.
    await expectFormKeepsValues(page, "kit.update", { invalid: (form) => form.getByLabel("Titre").fill("") });
    await page.reload();
    const fileInput = main(page).getByLabel("Document à joindre");
    const upload = main(page).getByRole("button", { name: "Joindre le document" });

    // A Windows program renamed guide.pdf: the content gives it away.
    const exe = Buffer.alloc(2048);
    exe.write("MZ", 0, "latin1");
    await fileInput.setInputFiles({ name: "guide.pdf", mimeType: "application/pdf", buffer: exe });
    await upload.click();
    await expect(fileInput).toHaveAttribute("aria-invalid", "true");
    await expect(fileInput).toHaveAccessibleDescription(/n'est pas accepté/);
    // The refusal takes the focus (its summary links to the field); the refused file stays chosen,
    // so the field does not ask to choose it again.
    const refusal = main(page).getByRole("alert").filter({ hasText: "Ce type de fichier n'est pas accepté." });
    await expect(refusal).toBeFocused();
    await refusal.getByRole("link", { name: /^Document à joindre : / }).click();
    await expect(fileInput).toBeFocused();
    expect(await fileInput.evaluate((input: HTMLInputElement) => input.files?.[0]?.name)).toBe("guide.pdf");
    await expect(main(page).getByText("choisissez-le de nouveau")).toHaveCount(0);
    await expect(main(page).getByText("Aucun document joint.")).toBeVisible();
    await expectNoAxeViolations(page);

    // Too large: refused before being sent.
    await fileInput.setInputFiles({ name: "gros.pdf", mimeType: "application/pdf", buffer: Buffer.alloc(21 * 1024 * 1024, 0x25) });
    await upload.click();
    await expect(main(page).getByRole("alert").filter({ hasText: "Ce fichier dépasse 20 Mo" })).toBeFocused();
    await expect(main(page).getByText("Aucun document joint.")).toBeVisible();

    await fileInput.setInputFiles({ name: "Fiche pratique.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4\n%%EOF\n") });
    await upload.click();
    await expect(main(page).getByText("Le document « Fiche pratique.pdf » est joint au brouillon.")).toBeVisible();
    const link = main(page).getByRole("link", { name: /^Fiche pratique\.pdf/ });
    const href = (await link.getAttribute("href"))!;
    const download = await page.request.get(href);
    expect(download.status()).toBe(200);
    expect(download.headers()["content-type"]).toBe("application/pdf");
    expect(download.headers()["content-disposition"]).toContain("filename*=UTF-8''Fiche%20pratique.pdf");

    // The kit is a draft: its file does not exist for the public.
    const anonymous = await visitor(browser);
    expect((await anonymous.page.request.get(href)).status()).toBe(404);
    await anonymous.close();

    // 5 MB: over the 1 MB of server actions, through the upload route; the outcome takes the focus.
    const report = Buffer.alloc(5 * 1024 * 1024, 0x20);
    report.write("%PDF-1.7\n", 0, "latin1");
    await fileInput.setInputFiles({ name: "Rapport complet.pdf", mimeType: "application/pdf", buffer: report });
    await upload.click();
    const added = main(page).getByRole("status").filter({ hasText: "Le document « Rapport complet.pdf » est joint au brouillon." });
    await expect(added).toBeFocused();
    await expect(main(page).getByRole("link", { name: /^Rapport complet\.pdf/ })).toBeVisible();

    // Removing a file is asked first, naming it; the message stays when its row goes. The file was
    // in no published version: it is deleted.
    await main(page).getByRole("button", { name: "Retirer le document Fiche pratique.pdf" }).click();
    const dialog = page.getByRole("dialog", { name: "Retirer le document « Fiche pratique.pdf » du brouillon ?" });
    await expect(dialog.getByRole("button", { name: "Annuler" })).toBeFocused();
    await expectNoAxeViolations(page);
    await dialog.getByRole("button", { name: "Annuler" }).click();
    await expect(main(page).getByRole("link", { name: /^Fiche pratique\.pdf/ })).toBeVisible();
    await main(page).getByRole("button", { name: "Retirer le document Fiche pratique.pdf" }).click();
    await dialog.getByRole("button", { name: "Retirer du brouillon" }).click();
    await expect(main(page).getByRole("status").filter({ hasText: "Le document est retiré du brouillon." })).toBeFocused();
    await expect(main(page).getByRole("link", { name: /^Fiche pratique\.pdf/ })).toHaveCount(0);
    await expect(main(page).getByRole("link", { name: /^Rapport complet\.pdf/ })).toBeVisible();
    expect((await page.request.get(href)).status()).toBe(404);
  });

  test("sans JavaScript, un document est joint par un envoi de formulaire ordinaire", async ({ browser }) => {
    const context = await browser.newContext({ locale: "fr-FR", javaScriptEnabled: false });
    const page = await context.newPage();
    await signIn(page, demoAccounts.staff);
    await newKitDraft(page);
    const fileInput = main(page).getByLabel("Document à joindre");
    await fileInput.setInputFiles({ name: "Compte rendu.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4\n%%EOF\n") });
    await main(page).getByRole("button", { name: "Joindre le document" }).click();
    await expect(page).toHaveURL(/[?&]document=joint/);
    await expect(main(page).getByRole("status").filter({ hasText: "Le document « Compte rendu.pdf » est joint au brouillon." })).toBeVisible();
    await expect(main(page).getByRole("link", { name: /^Compte rendu\.pdf/ })).toBeVisible();

    // A refused file comes back with its message under the field.
    await main(page)
      .getByLabel("Document à joindre")
      .setInputFiles({ name: "guide.pdf", mimeType: "application/pdf", buffer: Buffer.from("MZ programme") });
    await main(page).getByRole("button", { name: "Joindre le document" }).click();
    await expect(page).toHaveURL(/[?&]document=type-refuse/);
    await expect(main(page).getByLabel("Document à joindre")).toHaveAccessibleDescription(/n'est pas accepté/);
    // The browser did not keep the file: the field says to choose it again (rendered by the server
    // here, without JavaScript, only the message and the field's error are there).
    // No axe check here: axe runs as a script in the page, and this context has none. The same
    // page is checked with JavaScript in the test above.
    await context.close();
  });

  test("un utilisateur note un kit et propose une amélioration ; l'équipe lui répond", async ({ page, browser }) => {
    const kitPath = "/ressources/grille-co-construction-partenariat-demo";
    // A visitor without a session gets the page from the cache (its ./anonyme route): seen before
    // the rating, it must show the rating at once afterwards.
    const anonymous = await visitor(browser);
    const cached = await anonymous.page.goto(kitPath);
    expect(cached?.headers()["x-nextjs-cache"]).toMatch(/^(HIT|MISS|STALE)$/);
    await expect(main(anonymous.page).getByRole("link", { name: "Connectez-vous pour noter cette ressource ou proposer une amélioration" })).toBeVisible();
    await expectNoAxeViolations(anonymous.page);

    await signIn(page, demoAccounts.user, { goTo: kitPath });
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Grille de co-construction d'un partenariat (démo)");
    await expectNoAxeViolations(page);

    // The rating chosen stays when the server refuses the form (a kit that no longer exists).
    await expectFormKeepsValues(page, "kit.rate", {
      invalid: (form) => form.locator('input[name="kitId"]').evaluate((input: HTMLInputElement) => void (input.value = "kit-disparu")),
    });
    await main(page)
      .getByRole("group", { name: /Cette ressource vous a-t-elle été utile/ })
      .getByLabel("4 sur 5", { exact: true })
      .check();
    await main(page).getByRole("button", { name: "Enregistrer ma note" }).click();
    await expect(main(page).getByText("Merci : votre note (4 sur 5) est enregistrée.")).toBeVisible();
    const usefulness = main(page).getByRole("region", { name: "Utilité de cette ressource" });
    await expect(usefulness).toContainText("4,0 sur 5");
    await expect(usefulness).toContainText("Note moyenne sur 1 avis.");

    // Changing one's mind replaces the rating instead of adding one.
    await main(page)
      .getByRole("group", { name: /Cette ressource vous a-t-elle été utile/ })
      .getByLabel("2 sur 5", { exact: true })
      .check();
    await main(page).getByRole("button", { name: "Enregistrer ma note" }).click();
    await expect(usefulness).toContainText("2,0 sur 5");
    await expect(usefulness).toContainText("Note moyenne sur 1 avis.");
    await anonymous.page.reload();
    await expect(main(anonymous.page).getByRole("region", { name: "Utilité de cette ressource" })).toContainText("2,0 sur 5");
    await anonymous.close();

    // The kind chosen and the message typed stay after a refusal (a message too short).
    await expectFormKeepsValues(page, "kit.contribute", { invalid: (form) => form.getByLabel("Votre message").fill("ab") });
    const suggestion = `Ajouter un exemple de convention ${unique()}`;
    await main(page).getByLabel("Une suggestion d'amélioration").check();
    await main(page).getByLabel("Votre message").fill(suggestion);
    await main(page).getByRole("button", { name: "Envoyer" }).click();
    await expect(main(page).getByRole("status").filter({ hasText: "Merci : votre message a été transmis à l'équipe." })).toBeFocused();
    // Emptied for the next message.
    await expect(main(page).getByLabel("Votre message")).toHaveValue("");
    await expect(main(page).getByRole("listitem").filter({ hasText: suggestion })).toContainText("En attente de réponse.");
    await expectNoAxeViolations(page);

    const staff = await browser.newContext({ locale: "fr-FR" });
    const staffPage = await staff.newPage();
    await signIn(staffPage, demoAccounts.staff, { goTo: "/admin/kits/contributions" });
    await expect(staffPage.getByRole("heading", { level: 1 })).toHaveText("Contributions sur les kits");
    const item = main(staffPage).getByRole("article").filter({ hasText: suggestion });
    await expectFormKeepsValues(staffPage, "kit.feedback-answer", { within: item, invalid: (form) => form.getByLabel("Votre réponse").fill("a") });
    await item.getByLabel("Votre réponse").fill("Merci, nous l'ajoutons.");
    await item.getByRole("button", { name: "Répondre" }).click();
    await expect(item.getByText("Votre réponse est enregistrée.")).toBeVisible();
    await expectNoAxeViolations(staffPage);
    await staff.close();

    await page.reload();
    await expect(main(page).getByRole("listitem").filter({ hasText: suggestion })).toContainText("Merci, nous l'ajoutons.");
  });

  test("un utilisateur sans rôle n'accède pas au back-office des kits ; une adresse inconnue donne 404", async ({ page }) => {
    await signIn(page, demoAccounts.user);
    for (const path of ["/admin/kits", "/admin/kits/nouveau", "/admin/kits/contributions"]) {
      expect((await page.goto(path))?.status(), path).toBe(403);
    }
    expect((await page.goto("/ressources/cette-ressource-n-existe-pas"))?.status()).toBe(404);
    await expectNoAxeViolations(page);
  });

  test("les fiches des cibles et le parcours en 7 étapes : un utilisateur suit sa progression", async ({ page }) => {
    const sheet = await page.goto("/ressources/cible-17-17");
    // The content seeds (lib/kits/target-sheets.ts, learning-path.seed.ts) run with prisma/seed.ts.
    test.skip(sheet?.status() === 404, "Les fiches et le parcours ne sont pas encore créés par prisma/seed.ts.");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^Cible 17\.17 — /);
    await expect(main(page).getByRole("heading", { level: 2, name: "Ce que dit la cible" })).toBeVisible();
    await expectNoAxeViolations(page);

    // Without a session, the path comes from the page cache (its ./anonyme route), without progress.
    const cachedPath = await page.goto("/ressources/parcours/parcours-en-7-etapes");
    expect(cachedPath?.headers()["x-nextjs-cache"]).toMatch(/^(HIT|MISS|STALE)$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Parcours en 7 étapes");
    await expect(main(page).getByText("0 étape terminée sur 7")).toHaveCount(0);
    await expectNoAxeViolations(page);

    await signIn(page, demoAccounts.user, { goTo: "/ressources/parcours/parcours-en-7-etapes" });
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Parcours en 7 étapes");
    await expect(main(page).getByText("0 étape terminée sur 7")).toBeVisible();
    await expect(
      main(page)
        .getByRole("listitem")
        .filter({ hasText: /^Étape \d/ }),
    ).toHaveCount(7);
    await expectNoAxeViolations(page);
    await main(page).getByRole("button", { name: "Marquer comme terminée : Partager un constat" }).click();
    await expect(main(page).getByText("1 étape terminée sur 7")).toBeVisible();
    await expect(main(page).getByRole("button", { name: "Marquer comme non terminée : Partager un constat" })).toBeVisible();
    await expectNoAxeViolations(page);
    await main(page).getByRole("link", { name: "Partager un constat" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Étape 1 — Partager un constat");
  });
});
