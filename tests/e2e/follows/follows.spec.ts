// Follows (issue #22): a person follows « acteurs, Loire, ODD 13 » in one click, the staff publish
// a matching organisation, the follows task runs (queued as the worker's crontab would), and the
// person gets the notification and the e-mail, whose link stops that follow's e-mails.
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "../support/axe";
import { demoAccounts, newSignedInPage, signUpAndSignIn, uniqueEmail } from "../support/auth";
import { withDatabase } from "../support/database";
import { expectFormKeepsValues } from "../support/forms";
import { expectMail, readMailbox, mailsWithSubject } from "../support/mailbox";

const LABEL = "Acteurs · Loire · ODD 13";

/** An organisation waiting for moderation, acting in Saint-Étienne (Loire) on SDG 13. */
async function pendingOrganisation(name: string): Promise<void> {
  await withDatabase(async (client) => {
    await client.query(
      `WITH a AS (
         INSERT INTO "Actor" (id, kind, name, slug, "searchKey", status, "updatedAt")
         VALUES ('e2e-' || md5(random()::text), 'ASSOCIATION', $1, 'suivi-' || md5(random()::text), lower($1), 'PENDING', now()) RETURNING id
       ), t AS (
         INSERT INTO "ActorTerritory" ("actorId", "territoryId") SELECT a.id, tr.id FROM a, "Territory" tr WHERE tr.kind = 'COMMUNE' AND tr.code = '42218'
       )
       INSERT INTO "ActorSdg" ("actorId", "sdgNumber") SELECT id, 13 FROM a`,
      [name],
    );
  });
}

/** What the worker's crontab does every five minutes, now. */
async function runFollowsTask(): Promise<void> {
  await withDatabase((client) => client.query(`SELECT graphile_worker.add_job('follows:run', '{}'::json)`));
}

test.describe("suivis", () => {
  test("suivre « acteurs, Loire, ODD 13 », être prévenu de l'organisation publiée, puis se désabonner des e-mails", async ({ page, browser, baseURL }) => {
    test.setTimeout(180_000);
    const email = uniqueEmail("suivis");
    const name = `Climat du Forez ${Date.now().toString(36)}`;
    await signUpAndSignIn(page, email, "Sacha Suiveuse");

    await page.goto("/acteurs?odd=13&territoire=departement-42");
    await page.getByRole("button", { name: "Suivre cette recherche" }).click();
    await expect(page.getByRole("status").filter({ hasText: `Vous suivez désormais ${LABEL}.` })).toBeFocused();
    await expectNoAxeViolations(page);

    await page.goto("/espace");
    await page.getByRole("link", { name: "Mes suivis" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mes suivis");
    await expect(page.getByRole("link", { name: LABEL })).toBeVisible();
    await expectFormKeepsValues(page, "follow.rhythm", {
      invalid: (form) =>
        form.locator('input[name="id"]').evaluate((input) => {
          (input as HTMLInputElement).value = "inconnu";
        }),
    });
    await page.reload();
    await page.getByLabel(`Rythme des e-mails pour ${LABEL}`).selectOption({ label: "Dès qu'il y a du nouveau" });
    await page.getByRole("button", { name: "Enregistrer le rythme" }).click();
    await expect(page.getByRole("status").filter({ hasText: `Rythme des e-mails enregistré pour ${LABEL}.` })).toBeFocused();
    await expectNoAxeViolations(page);

    // The staff approve the organisation: it becomes public, and the follows' outbox has it.
    await pendingOrganisation(name);
    const staff = await newSignedInPage(browser, demoAccounts.staff);
    await staff.goto("/admin/moderation");
    await staff.getByRole("button", { name: `Approuver et publier « ${name} »` }).click();
    await expect(staff.getByRole("status").filter({ hasText: `L'organisation « ${name} » est approuvée et publiée.` })).toBeFocused();
    await staff.close();

    await runFollowsTask();
    await expect(async () => {
      await page.goto("/espace/notifications");
      await expect(page.getByRole("button", { name: `Nouvelle organisation : ${name}`, exact: true })).toBeVisible({ timeout: 1_000 });
    }).toPass({ timeout: 30_000 });

    await expectMail(page, email, name);
    const unsubscribe = await readMailbox(page, email, async (mailbox) => {
      const mail = mailsWithSubject(mailbox, `Du nouveau pour votre suivi ${LABEL} — ODD 17 en pratiques`).first();
      const href = await mail
        .getByRole("link", { name: /\/suivis\/desabonner\?token=/ })
        .first()
        .getAttribute("href");
      const url = new URL(href!);
      return `${url.pathname}${url.search}`;
    });

    // Opening the link changes nothing; the button does, without being signed in.
    const anonymousContext = await browser.newContext({ baseURL, locale: "fr-FR" });
    const anonymous = await anonymousContext.newPage();
    await anonymous.goto(unsubscribe);
    await expect(anonymous.getByRole("heading", { level: 1 })).toHaveText("Ne plus recevoir ces e-mails");
    await expectNoAxeViolations(anonymous);
    await anonymous.getByRole("button", { name: "Confirmer le désabonnement" }).click();
    await expect(anonymous.getByRole("status").filter({ hasText: `C'est fait : vous ne recevrez plus d'e-mails pour le suivi ${LABEL}.` })).toBeFocused();
    // The mail client's one-click POST (RFC 8058) answers too.
    const token = new URL(unsubscribe, "http://localhost").searchParams.get("token");
    const oneClick = await anonymous.request.post(`/api/suivis/desabonner?token=${token}`, { form: { "List-Unsubscribe": "One-Click" } });
    expect(oneClick.status()).toBe(200);
    await anonymousContext.close();

    await page.goto("/espace/suivis");
    await expect(page.getByLabel(`Rythme des e-mails pour ${LABEL}`)).toHaveValue("NEVER");
    await page.getByRole("button", { name: `Ne plus suivre ${LABEL}` }).click();
    await expect(page.getByRole("status").filter({ hasText: `Vous ne suivez plus ${LABEL}.` })).toBeFocused();
  });
});
