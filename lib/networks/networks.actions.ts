"use server";
// The only entry from the network forms, declared through formAction (lib/actions/form-action.ts):
// the scope of the organisation the form acts for is read from the database and checked first;
// the mutation checks it again in its transaction.
import { clientIp } from "@/lib/accounts/authenticate";
import { formAction, type SignedInContext } from "@/lib/actions/form-action";
import { getActorScope } from "@/lib/auth/scope.queries";
import { claimPublicPagesRefresh } from "@/lib/cache/public-pages";
import { networksLabels } from "@/lib/copy/networks";
import { paths } from "@/lib/paths";
import { decideLink, endLink, recommendKit, requestLink } from "./networks.mutations";
import { getNetworkScope } from "./networks.queries";
import { kitRecommendationSchema, linkDecisionSchema, linkEndSchema, linkRequestSchema } from "./networks.schemas";

const m = networksLabels.messages;

const networkPages = (...actorIds: string[]) => actorIds.map((id) => paths.organisationNetwork(id));
const scopeOf = (data: { actorId: string }, { principal }: SignedInContext) => getActorScope(principal, data.actorId);
const manage = { operation: "network.manage", scope: scopeOf } as const;

// A link changes the public profiles that list local teams: the public pages go stale (claimed
// before the change, so that a refused claim changes nothing).
export const requestLinkAction = formAction({
  schema: linkRequestSchema,
  permission: manage,
  run: async (data, { principal }) => {
    const publicPages = await claimPublicPagesRefresh(principal);
    const { otherName } = await requestLink(principal, data, { ip: await clientIp() });
    publicPages.all();
    return { revalidate: networkPages(data.actorId, data.otherId), message: m.requestSent(otherName) };
  },
});

export const decideLinkAction = formAction({
  schema: linkDecisionSchema,
  invalidMessage: m.linkNotFound,
  permission: manage,
  run: async (data, { principal }) => {
    const publicPages = await claimPublicPagesRefresh(principal);
    const { accepted } = await decideLink(principal, data, { ip: await clientIp() });
    publicPages.all();
    // The answered request leaves the table (and its form with it): the page says what happened.
    return {
      revalidate: [...networkPages(data.actorId), paths.workspace()],
      redirect: paths.organisationNetwork(data.actorId, { info: accepted ? "acceptee" : "refusee" }),
    };
  },
});

export const endLinkAction = formAction({
  schema: linkEndSchema,
  invalidMessage: m.linkNotFound,
  permission: manage,
  run: async (data, { principal }) => {
    const publicPages = await claimPublicPagesRefresh(principal);
    await endLink(principal, data, { ip: await clientIp() });
    publicPages.all();
    return { revalidate: networkPages(data.actorId), redirect: paths.organisationNetwork(data.actorId, { info: "terminee" }) };
  },
});

export const recommendKitAction = formAction({
  schema: kitRecommendationSchema,
  permission: { operation: "network.recommend", scope: (data, { principal }) => getNetworkScope(principal, data.headId, data.teamId) },
  run: async (data, { principal }) => {
    const { count } = await recommendKit(principal, data, { ip: await clientIp() });
    // A recommendation shows on the two organisations' workspace pages only, never on a public one.
    return { revalidate: networkPages(data.headId), message: m.recommended(count) };
  },
});
