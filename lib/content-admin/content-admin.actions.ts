"use server";
// The only entry from the content lists' forms (one item's page, or a page's selection), declared
// through formAction (lib/actions/form-action.ts). The mutations check the permission again.
import { clientIp } from "@/lib/accounts/authenticate";
import { formAction } from "@/lib/actions/form-action";
import { claimPublicPagesRefresh } from "@/lib/cache/public-pages";
import { adminContentCopy } from "@/lib/copy/admin-content";
import { appBaseUrl } from "@/lib/http/base-url";
import { paths } from "@/lib/paths";
import { parseNeedOfferRef, type ContentKind } from "./content-admin";
import { publishContent, unpublishContent } from "./content-admin.mutations";
import { contentDecisionSchema } from "./content-admin.schemas";

const m = adminContentCopy.messages;

const listPaths: Record<ContentKind, () => string> = {
  actor: () => paths.adminOrganisations(),
  alliance: () => paths.adminAlliances(),
  needOffer: () => paths.adminNeedsOffers(),
  diagnostic: () => paths.adminDiagnostics(),
};

/** The back-office page of a changed item, from what the form sent (an id or a need/offer reference). */
function itemPath(kind: ContentKind, ref: string): string {
  if (kind === "actor") return paths.adminOrganisation(ref);
  if (kind === "alliance") return paths.adminAlliance(ref);
  if (kind === "diagnostic") return paths.adminDiagnostic(ref);
  const parsed = parseNeedOfferRef(ref);
  return parsed ? paths.adminNeedOffer(parsed.kind, parsed.id) : paths.adminNeedsOffers();
}

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
    const items = outcome.changed.map((item) => itemPath(data.kind, item.id));
    return {
      revalidate: [paths.admin(), listPaths[data.kind](), ...items],
      message: data.decision === "unpublish" ? m.unpublished(outcome.changed.length, outcome.skipped) : m.published(outcome.changed.length, outcome.skipped),
    };
  },
});
