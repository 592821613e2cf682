"use server";
// The only entry from the moderation forms, declared through formAction (lib/actions/form-action.ts).
// decideModeration checks moderation.decide again in its transaction, with the item's state.
import { revalidatePath } from "next/cache";
import { clientIp } from "@/lib/accounts/authenticate";
import { formAction } from "@/lib/actions/form-action";
import { claimPublicPagesRefresh } from "@/lib/cache/public-pages";
import { appBaseUrl } from "@/lib/http/base-url";
import { paths } from "@/lib/paths";
import { decideModeration } from "./moderation.mutations";
import { OUTCOME_SLUGS, moderationDecisionSchema } from "./moderation.schemas";

export const decideModerationAction = formAction({
  schema: moderationDecisionSchema,
  permission: { operation: "moderation.decide" },
  run: async (data, { principal }) => {
    // Staff get the higher publicRefreshStaff limit: a queue is decided in batches.
    const publicPages = await claimPublicPagesRefresh(principal);
    const outcome = await decideModeration(principal, data, { baseUrl: await appBaseUrl(), ip: await clientIp() });
    // The queue and the dashboard counts change; an approved profile appears on the public pages.
    revalidatePath(paths.admin(), "layout");
    publicPages.all();
    return { redirect: paths.adminModerationQueue({ fait: OUTCOME_SLUGS[outcome.decision], type: outcome.kind, id: outcome.id }) };
  },
});
