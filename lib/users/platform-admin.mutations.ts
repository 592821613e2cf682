import "server-only";
// The first platform admin of a real deployment: `npm run admin:create -- <e-mail>`
// (scripts/admin-create.ts). The back office never grants ADMIN (lib/users/users.ts), and a
// production install has no demo admin, so whoever runs commands on the server names it.
// The account is created or promoted, never demoted, and gets a password-reset link by e-mail:
// the password is chosen by its owner, never typed on the command line nor printed.
import { emailField } from "@/lib/accounts/accounts.schemas";
import { issueToken } from "@/lib/auth/tokens.mutations";
import { writeAudit } from "@/lib/audit/audit.mutations";
import { db } from "@/lib/db";
import { ValidationError } from "@/lib/errors";
import { siteUrl } from "@/lib/http/base-url";
import { sendMail } from "@/lib/mail/mail";
import { passwordResetEmail } from "@/lib/mail/templates";
import { paths } from "@/lib/paths";

export type PlatformAdminOutcome = "created" | "promoted" | "unchanged";

export type PlatformAdminResult = {
  userId: string;
  email: string;
  outcome: PlatformAdminOutcome;
  /** A disabled account stays disabled: it cannot sign in until an admin enables it again. */
  disabled: boolean;
  /** The address the link was written against (APP_URL). */
  baseUrl: string;
};

const COMMAND = "npm run admin:create";

/** Creates or promotes `rawEmail` to platform ADMIN, audited, then e-mails a link to choose a password. */
export async function createPlatformAdmin(rawEmail: string): Promise<PlatformAdminResult> {
  const parsed = emailField.safeParse(rawEmail);
  if (!parsed.success) throw new ValidationError({ email: parsed.error.issues.map((issue) => issue.message) }, parsed.error.issues[0]?.message);
  const email = parsed.data;

  const account = await db.$transaction(async (tx) => {
    const existing = await tx.user.findUnique({ where: { email }, select: { id: true, name: true, platformRole: true, disabledAt: true } });
    if (!existing) {
      const created = await tx.user.create({ data: { email, platformRole: "ADMIN" }, select: { id: true, name: true } });
      await writeAudit(tx, {
        userId: null,
        action: "role.granted",
        entity: "User",
        entityId: created.id,
        summary: `Compte créé administrateur de la plateforme (${email}) par la commande ${COMMAND}`,
      });
      return { ...created, outcome: "created" as const, disabled: false };
    }
    if (existing.platformRole === "ADMIN") return { ...existing, outcome: "unchanged" as const, disabled: existing.disabledAt !== null };
    // The role read above is part of the condition: a concurrent change is not overwritten.
    const { count } = await tx.user.updateMany({ where: { id: existing.id, platformRole: existing.platformRole }, data: { platformRole: "ADMIN" } });
    if (count !== 1) throw new Error("The account's role changed meanwhile: run the command again.");
    await writeAudit(tx, {
      userId: null,
      action: "role.granted",
      entity: "User",
      entityId: existing.id,
      summary: `Rôle ${existing.platformRole} → ADMIN pour ${email} par la commande ${COMMAND}`,
    });
    return { ...existing, outcome: "promoted" as const, disabled: existing.disabledAt !== null };
  });

  // The password-reset link of lib/accounts: only the last one sent works, for an hour.
  const baseUrl = siteUrl();
  const { token } = await issueToken("password-reset", account.id);
  await sendMail({ to: email, ...passwordResetEmail({ url: `${baseUrl}${paths.resetPassword(token)}`, name: account.name }) });
  await writeAudit(db, {
    userId: null,
    action: "auth.password.reset.requested",
    entity: "User",
    entityId: account.id,
    summary: `Lien de choix du mot de passe envoyé à ${email} par la commande ${COMMAND}`,
  });
  return { userId: account.id, email, outcome: account.outcome, disabled: account.disabled, baseUrl };
}
