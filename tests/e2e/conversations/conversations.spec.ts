// Conversations between partners, on data of their own: an association's need, a company's offer
// and the company's contact. The association accepts, both write in the thread (each sees the
// other's contact), a third organisation gets a 404, a reported message is hidden by staff.
// Every form is refused once with everything filled in; axe on every page.
import { expect, test, type Locator, type Page } from "@playwright/test";
import { makeContentWorld } from "../admin/content-fixtures";
import { demoAccounts, newSignedInPage } from "../support/auth";
import { expectNoAxeViolations } from "../support/axe";
import { expectFormKeepsValues } from "../support/forms";
import { inviteIntoAlliance, makePendingMatch } from "./conversation-fixtures";

test.describe.configure({ timeout: 180_000 });

const accountNav = (page: Page) => page.getByRole("navigation", { name: "Mon compte" });
const setText = (name: string, text: string) => (form: Locator) =>
  form.locator(`[name="${name}"]`).evaluate((el, value) => {
    el.removeAttribute("maxlength");
    (el as HTMLTextAreaElement).value = value;
  }, text);

test("deux organisations mises en relation échangent des messages ; une troisième n'y a pas accès ; l'équipe masque un message signalé", async ({
  browser,
}) => {
  const [association, company, third] = [await makeContentWorld(), await makeContentWorld(), await makeContentWorld()];
  const { need, offer } = await makePendingMatch(association, company);
  const title = `Mise en relation : « ${need} » et « ${offer} »`;

  // The association accepts the contact, then opens the thread from it.
  const page = await newSignedInPage(browser, association.ownerEmail);
  await page.goto("/espace/mises-en-relation");
  await page.getByRole("button", { name: /^Accepter/ }).click();
  await page.getByRole("link", { name: `Écrire à ${company.organisation.name} sur la plateforme` }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(page.getByRole("region", { name: "Contact de l'autre organisation" })).toContainText(company.organisation.name);
  await expectNoAxeViolations(page);
  await expectFormKeepsValues(page, "conversation.message-post", { invalid: setText("body", "x".repeat(4001)) });
  await expect(page.getByLabel("Votre message")).toHaveAccessibleDescription(/ne doit pas dépasser 4000 caractères/);
  await page.getByLabel("Votre message").fill("Bonjour ! Notre programme : https://exemple.fr/ateliers");
  await page.getByRole("button", { name: "Envoyer le message" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Message envoyé." })).toBeFocused();
  const thread = page.getByRole("region", { name: "Échanges" });
  await expect(thread.getByRole("link", { name: "https://exemple.fr/ateliers" })).toHaveAttribute("href", "https://exemple.fr/ateliers");
  await expect(page.getByLabel("Votre message")).toHaveValue("");

  // Its author corrects it within ten minutes.
  await thread.getByText("Corriger").click();
  await expectFormKeepsValues(page, "conversation.message-edit", { invalid: setText("body", "x".repeat(4001)) });
  await thread.getByLabel("Message corrigé").fill("Bonjour ! Notre programme des ateliers : https://exemple.fr/ateliers");
  await thread.getByRole("button", { name: "Enregistrer la correction" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Message corrigé." })).toBeFocused();
  await expect(thread).toContainText("Notre programme des ateliers");
  await expect(thread).toContainText("modifié");
  await expectNoAxeViolations(page);

  // The company sees one unread message in the header and its list, reads it, sees the
  // association's contact, answers and reports the message.
  const other = await newSignedInPage(browser, company.ownerEmail);
  await other.goto("/espace/conversations");
  await expect(accountNav(other).getByRole("link", { name: "Messages, 1 non lu" })).toBeVisible();
  await expect(other.getByRole("main")).toContainText("1 message non lu");
  await expectNoAxeViolations(other);
  await other.getByRole("link", { name: title }).click();
  await expect(other.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(other.getByRole("region", { name: "Contact de l'autre organisation" })).toContainText(association.organisation.name);
  // Read: the header's count is gone at once.
  await expect(accountNav(other).getByRole("link", { name: "Messages", exact: true })).toBeVisible();
  const otherThread = other.getByRole("region", { name: "Échanges" });
  await expect(otherThread).toContainText("Notre programme des ateliers");
  await other.getByLabel("Votre message").fill("Merci, nous venons mardi.");
  await other.getByRole("button", { name: "Envoyer le message" }).click();
  await expect(other.getByRole("status").filter({ hasText: "Message envoyé." })).toBeFocused();
  await otherThread.getByText("Signaler", { exact: true }).click();
  await expectFormKeepsValues(other, "conversation.message-report", { invalid: setText("reason", "x".repeat(1001)) });
  await otherThread.getByLabel("Pourquoi signalez-vous ce message ?").fill("Lien suspect.");
  await other.getByRole("button", { name: "Signaler à l'équipe" }).click();
  await expect(other.getByRole("status").filter({ hasText: "Message signalé à l'équipe. Merci." })).toBeFocused();
  await expectNoAxeViolations(other);
  const threadUrl = other.url();

  // A third organisation: the same 404 as a thread that does not exist.
  const outsider = await newSignedInPage(browser, third.ownerEmail);
  const refused = await outsider.goto(threadUrl);
  expect(refused?.status()).toBe(404);
  await expect(outsider.getByRole("main")).not.toContainText("Notre programme");

  // Staff hide the reported message with a reason; the thread shows it hidden.
  const staff = await newSignedInPage(browser, demoAccounts.staff);
  await staff.goto("/admin/messages-signales");
  await expect(staff.getByRole("heading", { level: 1 })).toHaveText("Messages signalés");
  const report = staff.getByRole("listitem").filter({ hasText: "Lien suspect." });
  await expect(report).toContainText("Notre programme des ateliers");
  await expectNoAxeViolations(staff);
  await expectFormKeepsValues(staff, "conversation.report-hide", { within: report, invalid: setText("reason", "x".repeat(501)) });
  await report.getByLabel("Raison du masquage").fill("Lien vers un site frauduleux.");
  await report.getByRole("button", { name: "Masquer le message" }).click();
  await expect(staff.getByRole("status").filter({ hasText: "Message masqué." })).toBeVisible();
  await page.reload();
  await expect(page.getByRole("region", { name: "Échanges" })).toContainText("Message masqué par l'équipe. (Lien vers un site frauduleux.)");
});

test("une organisation invitée dans une alliance en parle avec la porteuse dans la conversation de l'alliance", async ({ browser }) => {
  const [lead, invited] = [await makeContentWorld(), await makeContentWorld()];
  await inviteIntoAlliance(lead.alliance.id, invited.organisation.id);

  const page = await newSignedInPage(browser, invited.ownerEmail);
  await page.goto(`/espace/alliances/${lead.alliance.id}`);
  await page.getByRole("link", { name: "Conversation des partenaires de l'alliance" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Alliance « ${lead.alliance.title} »`);
  await expectNoAxeViolations(page);
  await page.getByLabel("Votre message").fill("Avant de confirmer : quel calendrier pour les ateliers ?");
  await page.getByRole("button", { name: "Envoyer le message" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Message envoyé." })).toBeFocused();

  const leadPage = await newSignedInPage(browser, lead.ownerEmail);
  await leadPage.goto(`/espace/alliances/${lead.alliance.id}`);
  await leadPage.getByRole("link", { name: "Conversation des partenaires de l'alliance" }).click();
  await expect(leadPage.getByRole("region", { name: "Échanges" })).toContainText("quel calendrier pour les ateliers ?");
  await expect(leadPage.getByRole("region", { name: "Échanges" })).toContainText(invited.organisation.name);
});
