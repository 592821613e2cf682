import { expect, test, type Locator, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "../support/axe";
import { demoAccounts, signIn, uniqueEmail } from "../support/auth";
import { withDatabase } from "../support/database";
import { expectFormKeepsValues } from "../support/forms";

/**
 * An e-mail whose delivery failed its ten attempts, as the worker leaves it: logged, never sent,
 * its job kept as failed. Made directly: no page makes SMTP fail on purpose.
 */
async function failedDelivery(to: string, subject: string): Promise<string> {
  return withDatabase(async (client) => {
    const { rows: mail } = await client.query<{ id: string }>(
      `INSERT INTO "MailMessage" (id, "to", subject, text, "createdAt") VALUES (gen_random_uuid()::text, $1, $2, 'Bonjour.', now()) RETURNING id`,
      [to, subject],
    );
    const { rows: job } = await client.query<{ id: string }>(
      `SELECT id::text FROM graphile_worker.add_job('mail:send', json_build_object('mailId', $1::text, 'to', $2::text, 'subject', $3::text, 'text', 'Bonjour.'),
         run_at => now() + interval '1 day', max_attempts => 10, job_key => 'mail:' || $1::text)`,
      [mail[0].id, to, subject],
    );
    await client.query(
      `UPDATE graphile_worker._private_jobs SET attempts = max_attempts, last_error = 'connect ECONNREFUSED 127.0.0.1:25', run_at = now() WHERE id = $1::bigint`,
      [job[0].id],
    );
    return job[0].id;
  });
}

/** Whether the job is still in the queue, whatever its state. */
async function jobExists(id: string): Promise<boolean> {
  return withDatabase(async (client) => (await client.query(`SELECT 1 FROM graphile_worker.jobs WHERE id = $1::bigint`, [id])).rowCount === 1);
}

const tamperedJobId = (form: Locator) =>
  form.locator('input[name="jobId"]').evaluate((input) => {
    (input as HTMLInputElement).value = "inconnu";
  });

const failedTable = (page: Page) => page.getByRole("table", { name: "En échec après le dernier essai" });

test.describe("back-office : tâches de fond", () => {
  test("l'équipe relance un e-mail en échec, que le travailleur du serveur envoie aussitôt, et en abandonne un autre", async ({ page }) => {
    const retried = uniqueEmail("relance");
    const dropped = uniqueEmail("abandon");
    const retriedJob = await failedDelivery(retried, "Invitation à rejoindre une organisation");
    const droppedJob = await failedDelivery(dropped, "Votre lien de connexion");

    await signIn(page, demoAccounts.staff, { goTo: "/admin" });
    await page.getByRole("navigation", { name: "Navigation du back-office" }).getByRole("link", { name: "Tâches de fond" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tâches de fond");
    const row = failedTable(page).getByRole("row").filter({ hasText: retried });
    await expect(row).toContainText("Envoi d'un e-mail");
    await expect(row).toContainText("« Invitation à rejoindre une organisation »");
    await expect(row).toContainText("10 sur 10");
    await expect(row).toContainText("ECONNREFUSED");
    await expectNoAxeViolations(page);
    // A tampered id is refused with a message in the row, focused; then a fresh page for the real clicks.
    await expectFormKeepsValues(page, "job.retry", { within: row, invalid: tamperedJobId });
    await expectFormKeepsValues(page, "job.discard", { within: row, invalid: tamperedJobId, confirm: "Abandonner la tâche" });
    await expect(row.getByRole("alert").first()).toHaveText("Cette tâche n'est plus dans la file : elle a peut-être abouti, ou quelqu'un l'a déjà traitée.");
    await page.reload();

    await row.getByRole("button", { name: `Relancer la tâche n° ${retriedJob}` }).click();
    await expect(row.getByRole("status").filter({ hasText: "relancée" })).toHaveText(
      `La tâche n° ${retriedJob} est relancée : elle sera exécutée dans un instant.`,
    );
    await expect(row.getByRole("status").filter({ hasText: "relancée" })).toBeFocused();
    await expect(row.getByRole("button")).toHaveCount(0);
    // The web server's own worker runs it (no SMTP here: logged only), and it leaves the queue.
    await expect.poll(() => jobExists(retriedJob), { timeout: 15_000 }).toBe(false);
    await page.reload();
    await expect(failedTable(page).getByRole("row").filter({ hasText: retried })).toHaveCount(0);

    const other = failedTable(page).getByRole("row").filter({ hasText: dropped });
    await other.getByRole("button", { name: `Abandonner la tâche n° ${droppedJob}` }).click();
    const dialog = page.getByRole("dialog", { name: `Abandonner la tâche n° ${droppedJob} ?` });
    await dialog.getByRole("button", { name: "Abandonner la tâche" }).click();
    await expect(other.getByRole("status").filter({ hasText: "abandonnée" })).toHaveText(`La tâche n° ${droppedJob} est abandonnée.`);
    await expect(other.getByRole("status").filter({ hasText: "abandonnée" })).toBeFocused();
    expect(await jobExists(droppedJob)).toBe(false);
    await page.reload();
    await expect(failedTable(page).getByRole("row").filter({ hasText: dropped })).toHaveCount(0);
  });
});
