"use server";
// The moderation forms, declared through formAction (lib/actions/form-action.ts). The mutations
// check moderation.decide again in their transactions, with the items' state and their holders.
// Decisions answer with a message instead of a redirect: the queue is re-rendered without the
// decided items, and the message stays at the top of the list (components/admin/moderation-decisions.tsx).
import { clientIp } from "@/lib/accounts/authenticate";
import { formAction } from "@/lib/actions/form-action";
import { claimPublicPagesRefresh } from "@/lib/cache/public-pages";
import { adminLabels } from "@/lib/copy/admin";
import { appBaseUrl } from "@/lib/http/base-url";
import { paths } from "@/lib/paths";
import { claimModerationItem, releaseModerationItem } from "./claims.mutations";
import { decideModeration, decideModerationMany } from "./moderation.mutations";
import { savedReasonText } from "./saved-reasons.queries";
import { createSavedReason, deleteSavedReason } from "./saved-reasons.mutations";
import { bulkDecisionSchema, claimSchema, moderationDecisionSchema, savedReasonRefSchema, savedReasonSchema } from "./moderation.schemas";

const t = adminLabels.moderation;
// The dashboard's counts and the queue change with every decision.
const ADMIN_PAGES = [paths.admin(), paths.adminModerationQueue()];

export const decideModerationAction = formAction({
  schema: moderationDecisionSchema,
  permission: { operation: "moderation.decide" },
  run: async (data, { principal }) => {
    const reason = data.decision === "reject" ? data.reason || (await savedReasonText(principal, data.savedReasonId)) : undefined;
    // Staff get the higher publicRefreshStaff limit: a queue is decided in batches.
    const publicPages = await claimPublicPagesRefresh(principal);
    const outcome = await decideModeration(principal, { ...data, reason }, { baseUrl: await appBaseUrl(), ip: await clientIp() });
    publicPages.all();
    const message = outcome.decision === "approve" ? t.outcomeApproved(outcome.kind, outcome.title) : t.outcomeRejected(outcome.kind, outcome.title);
    return { message, revalidate: ADMIN_PAGES };
  },
});

export const decideModerationManyAction = formAction({
  schema: bulkDecisionSchema,
  lists: ["items"],
  permission: { operation: "moderation.decide" },
  run: async (data, { principal }) => {
    const reason = data.decision === "reject" ? data.reason || (await savedReasonText(principal, data.savedReasonId)) : undefined;
    const publicPages = await claimPublicPagesRefresh(principal);
    const outcome = await decideModerationMany(
      principal,
      { items: data.items, decision: data.decision, reason },
      { baseUrl: await appBaseUrl(), ip: await clientIp() },
    );
    if (outcome.decided.length > 0) publicPages.all();
    return { message: t.bulkOutcome(data.decision === "approve", outcome.decided.length, outcome.skipped.length), revalidate: ADMIN_PAGES };
  },
});

export const claimModerationAction = formAction({
  schema: claimSchema,
  invalidMessage: t.notFound,
  permission: { operation: "moderation.decide" },
  run: async (data, { principal }) => {
    if (data.claim === "take") await claimModerationItem(principal, data);
    else await releaseModerationItem(principal, data);
    return { revalidate: [paths.adminModerationQueue()] };
  },
});

export const saveReasonAction = formAction({
  schema: savedReasonSchema,
  permission: { operation: "moderation.decide" },
  run: async (data, { principal }) => {
    await createSavedReason(principal, data, { ip: await clientIp() });
    return { message: t.savedReasons.added(data.label), revalidate: [paths.adminSavedReasons()] };
  },
});

export const deleteReasonAction = formAction({
  schema: savedReasonRefSchema,
  invalidMessage: t.savedReasons.notFound,
  permission: { operation: "moderation.decide" },
  run: async (data, { principal }) => {
    const removed = await deleteSavedReason(principal, data.id, { ip: await clientIp() });
    return { message: t.savedReasons.removed(removed.label), revalidate: [paths.adminSavedReasons()] };
  },
});
