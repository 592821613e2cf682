// What the mail log (MailMessage) may keep, and who may read it in the dev mailbox. Pure.
//
// The log keeps every e-mail for 90 days (lib/mail/mail.mutations.ts). A working link in it is a
// key to an account (reset, sign-in link, invitation…), so it keeps one only when the log *is*
// the delivery channel: no SMTP_URL, and the dev mailbox switched on (development, or
// DEV_MAILBOX=true for the e2e tests). A server that sends by SMTP therefore never stores a
// working token, whatever DEV_MAILBOX says; nor does a production server without SMTP and
// without the mailbox, where nobody could read the link anyway.
import { can, type Principal } from "@/lib/auth/permissions";
import { mailCopy } from "@/lib/copy/mail";

type Env = Record<string, string | undefined>;

// Every link the platform e-mails carries its secret as `token=` (lib/paths.ts); in the HTML
// version the `&` before a later parameter is written `&amp;`.
const TOKEN_PARAMETER = /((?:[?&]|&amp;)token=)[^&#\s"'<>]+/gi;

/** "…/connexion/lien?token=abc&callbackUrl=…" → "…/connexion/lien?token=[masqué]&callbackUrl=…" */
export function redactTokens(body: string): string {
  return body.replace(TOKEN_PARAMETER, `$1${mailCopy.maskedToken}`);
}

/** The dev mailbox exists in development, and in a production build only with DEV_MAILBOX=true. */
export function isDevMailboxEnabled(env: Env = process.env): boolean {
  return env.NODE_ENV !== "production" || env.DEV_MAILBOX === "true";
}

/** True when the log is the only way an e-mail reaches its reader: links are then kept working. */
export function keepsWorkingLinks(env: Env = process.env): boolean {
  return !env.SMTP_URL?.trim() && isDevMailboxEnabled(env);
}

/**
 * Who may read the dev mailbox. In development (`next dev`), anyone: it is how a newcomer reads
 * the confirmation e-mail of their first account. In a production build, nobody unless
 * DEV_MAILBOX=true, and then only a signed-in platform ADMIN (not STAFF): the mailbox shows every
 * account's sign-in links.
 */
export function canReadMailbox(viewer: Principal, env: Env = process.env): boolean {
  if (env.NODE_ENV !== "production") return true;
  return env.DEV_MAILBOX === "true" && can(viewer, "mailbox.read");
}
