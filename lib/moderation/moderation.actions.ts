"use server";
// The only entry from the moderation forms. decideModeration checks moderation.decide itself; the
// check here refuses early, before anything is read.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { clientIp } from "@/lib/accounts/authenticate";
import { errorState, parseFormData, type ActionState } from "@/lib/action-state";
import { assertCan, type Principal } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { claimPublicPagesRefresh, type PublicPagesRefresh } from "@/lib/cache/public-pages";
import { appBaseUrl } from "@/lib/http/base-url";
import { paths } from "@/lib/paths";
import { decideModeration, type ModerationOutcome } from "./moderation.mutations";
import { OUTCOME_SLUGS, moderationDecisionSchema } from "./moderation.schemas";

export async function decideModerationAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const user = await requireUser();
  const principal: Principal = { id: user.id, platformRole: user.platformRole };
  const parsed = parseFormData(moderationDecisionSchema, formData);
  if (!parsed.success) return parsed.state;
  let outcome: ModerationOutcome;
  let publicPages: PublicPagesRefresh;
  try {
    assertCan(principal, "moderation.decide");
    // Staff get the higher publicRefreshStaff limit: a queue is decided in batches.
    publicPages = await claimPublicPagesRefresh(principal);
    outcome = await decideModeration(principal, parsed.data, { baseUrl: await appBaseUrl(), ip: await clientIp() });
  } catch (error) {
    return errorState(error, formData);
  }
  // The queue and the dashboard counts change; an approved profile appears on the public pages.
  revalidatePath(paths.admin(), "layout");
  publicPages.all();
  redirect(paths.adminModerationQueue({ fait: OUTCOME_SLUGS[outcome.decision], type: outcome.kind, id: outcome.id }));
}
