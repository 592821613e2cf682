"use server";
// The only entry from the content lists' forms (one item's page, or a page's selection), declared
// through formAction (lib/actions/form-action.ts). The mutations check the permission again.
import { clientIp } from "@/lib/accounts/authenticate";
import { formAction } from "@/lib/actions/form-action";
import { claimPublicPagesRefresh } from "@/lib/cache/public-pages";
import { adminContentCopy } from "@/lib/copy/admin-content";
import { appBaseUrl } from "@/lib/http/base-url";
import { paths } from "@/lib/paths";
import { publishContent, unpublishContent } from "./content-admin.mutations";
import { contentDecisionSchema } from "./content-admin.schemas";

const m = adminContentCopy.messages;

export const decideContentAction = formAction({
  schema: contentDecisionSchema,
  lists: ["ids"],
  permission: { operation: (data) => (data.decision === "unpublish" ? "content.unpublish" : "content.publish") },
  run: async (data, { principal }) => {
    // Staff get the higher publicRefreshStaff limit: a list is handled in batches.
    const publicPages = await claimPublicPagesRefresh(principal);
    const context = { baseUrl: await appBaseUrl(), ip: await clientIp() };
    const input = { kind: data.kind, ids: data.ids, reason: data.reason };
    const outcome = data.decision === "unpublish" ? await unpublishContent(principal, input, context) : await publishContent(principal, input, context);
    // The items leave (or join) the directories and their public pages.
    publicPages.all();
    const list = data.kind === "actor" ? paths.adminOrganisations() : paths.adminAlliances();
    const items = outcome.changed.map((item) => (data.kind === "actor" ? paths.adminOrganisation(item.id) : paths.adminAlliance(item.id)));
    return {
      revalidate: [paths.admin(), list, ...items],
      message: data.decision === "unpublish" ? m.unpublished(outcome.changed.length, outcome.skipped) : m.published(outcome.changed.length, outcome.skipped),
    };
  },
});
