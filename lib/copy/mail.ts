// French copy of the e-mail quotas (lib/mail/mail-quota.ts) and of the mail log's masked links;
// part of the catalogue in lib/labels.ts' spirit, kept apart because only the server uses it.

const plural = (n: number, one: string, many: string) => `${n} ${n > 1 ? many : one}`;

/** 42 → "42 secondes", 3599 → "60 minutes", 7300 → "3 heures": rounded up, never "0". */
export function formatWait(seconds: number): string {
  const s = Math.max(1, Math.ceil(seconds));
  if (s < 120) return plural(s, "seconde", "secondes");
  if (s < 2 * 3600) return plural(Math.ceil(s / 60), "minute", "minutes");
  return plural(Math.ceil(s / 3600), "heure", "heures");
}

export const mailCopy = {
  quota: {
    // The same words whether the address has an account or not: the quota counts requests, not
    // accounts, so this message cannot tell who is registered.
    recipient: (seconds: number) => `Trop d'e-mails ont déjà été envoyés à ce destinataire. Réessayez dans ${formatWait(seconds)}.`,
    sender: (seconds: number) => `Vous avez demandé l'envoi de trop d'e-mails en peu de temps. Réessayez dans ${formatWait(seconds)}.`,
  },
  /** Replaces the token of a link in the mail log when the log is not the delivery channel. */
  maskedToken: "[masqué]",
} as const;
