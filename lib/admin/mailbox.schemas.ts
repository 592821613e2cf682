// The dev mailbox's filter, from the URL: never fails, anything odd means "no filter".
import { z } from "zod";

const firstValue = (value: unknown) => (Array.isArray(value) ? value[0] : value);

export const mailboxSearchParamsSchema = z.object({
  to: z.preprocess(
    firstValue,
    z
      .string()
      .trim()
      .max(254)
      .catch("")
      .transform((value) => value || undefined),
  ),
});

export function parseMailboxSearchParams(raw: Record<string, string | string[] | undefined>): { to?: string } {
  return mailboxSearchParamsSchema.parse(raw);
}
