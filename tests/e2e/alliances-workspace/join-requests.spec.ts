// Asking to join a published alliance, on data of its own (tests/e2e/admin/content-fixtures.ts):
// the lead « Forêt d'Éole » alliance of one organisation; two other organisations ask from the
// public page; the lead accepts one (it appears among the public partners) and declines the other
// with a note. Every form is refused once with everything filled in; axe on every page.
import { expect, test, type Locator } from "@playwright/test";
import { makeContentWorld, type ContentWorld } from "../admin/content-fixtures";
import { newSignedInPage } from "../support/auth";
import { expectNoAxeViolations } from "../support/axe";
import { expectFormKeepsValues } from "../support/forms";

test.describe.configure({ timeout: 120_000 });

const allianceSlug = (world: ContentWorld) => `foret-d-eole-${world.suffix}`;
const setText = (name: string, text: string) => (form: Locator) =>
  form.locator(`[name="${name}"]`).evaluate((el, value) => {
    el.removeAttribute("maxlength");
    (el as HTMLTextAreaElement).value = value;
  }, text);

test("une organisation demande à rejoindre une alliance publiée ; la porteuse accepte l'une et décline l'autre", async ({ browser }) => {
  const [lead, accepted, declined] = [await makeContentWorld(), await makeContentWorld(), await makeContentWorld()];

  for (const asking of [accepted, declined]) {
    const page = await newSignedInPage(browser, asking.ownerEmail);
    await page.goto(`/alliances/${allianceSlug(lead)}`);
    await page.getByRole("link", { name: "Demander à rejoindre cette alliance" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Rejoindre l'alliance « ${lead.alliance.title} »`);
    await expectNoAxeViolations(page);
    if (asking === accepted) {
      // Too short a message: refused, the organisation chosen and the text typed are still there.
      await expectFormKeepsValues(page, "alliance.join-request", { invalid: setText("message", "Court") });
      await expect(page.getByLabel("Votre message à l'organisation porteuse")).toHaveAccessibleDescription(/Écrivez au moins 10 caractères/);
    }
    await page.getByLabel("Organisation qui demande à rejoindre").selectOption({ label: asking.organisation.name });
    await page.getByLabel("Votre message à l'organisation porteuse").fill(`Nous sommes ${asking.organisation.name} et pouvons accueillir les ateliers.`);
    await page.getByRole("button", { name: "Envoyer la demande" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Demande envoyée. L'organisation porteuse de l'alliance en est avertie." })).toBeFocused();
    await expect(page.getByRole("listitem").filter({ hasText: asking.organisation.name })).toContainText(/demande envoyée le .*, en attente de réponse/);
    await expect(page.getByRole("button", { name: "Envoyer la demande" })).toHaveCount(0);
    await expectNoAxeViolations(page);
    await page.context().close();
  }

  const page = await newSignedInPage(browser, lead.ownerEmail);
  await page.goto(`/espace/alliances/${lead.alliance.id}`);
  const requests = page.getByRole("region", { name: "Demandes pour rejoindre l'alliance" });
  await expect(requests.getByRole("listitem")).toHaveCount(2);
  await expect(requests).toContainText(`Nous sommes ${accepted.organisation.name} et pouvons accueillir les ateliers.`);
  await expectNoAxeViolations(page);

  const declinedItem = requests.getByRole("listitem").filter({ hasText: declined.organisation.name });
  await expectFormKeepsValues(page, "alliance.join-decline", {
    within: declinedItem,
    invalid: setText(`note`, "x".repeat(1001)),
    confirm: "Décliner la demande",
  });
  await declinedItem.getByLabel("Réponse (facultative, transmise à l'organisation)").fill("Le périmètre est complet pour cette année.");
  await declinedItem.getByRole("button", { name: `Décliner ${declined.organisation.name}` }).click();
  await declinedItem.getByRole("dialog").getByRole("button", { name: "Décliner la demande", exact: true }).click();
  const declinedNotice = page.getByRole("status").filter({ hasText: "Demande déclinée : l'organisation en est avertie." });
  await expect(declinedNotice).toBeFocused();

  await requests.getByRole("button", { name: `Accepter ${accepted.organisation.name}` }).click();
  const acceptedNotice = page.getByRole("status").filter({ hasText: "Demande acceptée : l'organisation est maintenant partenaire de l'alliance." });
  await expect(acceptedNotice).toBeFocused();
  await expect(page.getByRole("region", { name: "Demandes pour rejoindre l'alliance" })).toContainText("Aucune demande en attente.");
  await expectNoAxeViolations(page);

  // The public page names the new partner at once; the declined organisation is told why.
  await page.goto(`/alliances/${allianceSlug(lead)}`);
  await expect(page.getByRole("region", { name: "Partenaires" })).toContainText(accepted.organisation.name);
  await expect(page.getByRole("region", { name: "Partenaires" })).not.toContainText(declined.organisation.name);
  const declinedPage = await newSignedInPage(browser, declined.ownerEmail);
  await declinedPage.goto("/espace/notifications");
  await expect(declinedPage.getByRole("main")).toContainText(`Votre demande pour rejoindre l'alliance « ${lead.alliance.title} » est déclinée`);
  await expect(declinedPage.getByRole("main")).toContainText("Le périmètre est complet pour cette année.");
});
