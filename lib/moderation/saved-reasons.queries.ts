import "server-only";
// Reads of the saved refusal reasons: the list (decision forms, /admin/moderation/motifs) and the
// text of the one chosen in a decision. Checked here (moderation.decide).
import { assertCan, type Principal } from "@/lib/auth/permissions";
import { adminLabels } from "@/lib/copy/admin";
import { db } from "@/lib/db";
import { ValidationError } from "@/lib/errors";

export type SavedReason = { id: string; label: string; text: string };

export async function listSavedReasons(principal: Principal): Promise<SavedReason[]> {
  assertCan(principal, "moderation.decide");
  const rows = await db.savedReason.findMany({ select: { id: true, label: true, text: true } });
  return rows.sort((a, b) => a.label.localeCompare(b.label, "fr", { sensitivity: "base" }));
}

/** The text of the saved reason chosen; a reason deleted meanwhile is an error next to the field. */
export async function savedReasonText(principal: Principal, id: string | undefined): Promise<string | undefined> {
  assertCan(principal, "moderation.decide");
  if (!id) return undefined;
  const row = await db.savedReason.findUnique({ where: { id }, select: { text: true } });
  if (!row) throw new ValidationError({ reason: [adminLabels.moderation.savedReasons.notFound] });
  return row.text;
}
