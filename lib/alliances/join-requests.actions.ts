"use server";
// The forms of the requests to join an alliance (lib/actions/form-action.ts). The asking
// organisation is checked first from the form; the lead is read from the alliance inside the
// mutation, never from the form. Every mutation checks again in its transaction.
import { clientIp } from "@/lib/accounts/authenticate";
import { formAction } from "@/lib/actions/form-action";
import { getActorScope } from "@/lib/auth/scope.queries";
import { claimPublicPagesRefresh } from "@/lib/cache/public-pages";
import { paths } from "@/lib/paths";
import { decideJoinRequest, requestToJoinAlliance } from "./join-requests.mutations";
import { joinDecisionSchema, joinRequestSchema } from "./join-requests.schemas";

export const requestToJoinAllianceAction = formAction({
  schema: joinRequestSchema,
  permission: { operation: "alliance.join", scope: (data, { principal }) => getActorScope(principal, data.actorId) },
  run: async (data, { principal }) => {
    const { slug } = await requestToJoinAlliance(principal, data, { ip: await clientIp() });
    // A request changes no public page. Back to the page, which now shows the request as pending
    // (and the form only if another organisation of mine may still ask), with the notice.
    return { redirect: paths.workspaceAllianceJoin(slug, "envoyee") };
  },
});

export const decideJoinRequestAction = formAction({
  schema: joinDecisionSchema,
  run: async (data, { principal }) => {
    // Accepted, the organisation joins the partners of the public page: claimed before, spent after.
    const publicPages = data.decision === "accept" ? await claimPublicPagesRefresh(principal) : null;
    await decideJoinRequest(principal, data, { ip: await clientIp() });
    publicPages?.all();
    // The request leaves the list with its forms: the notice is on the page it lands on.
    return {
      revalidate: [paths.workspaceAlliance(data.id), paths.workspaceAlliances()],
      redirect: paths.workspaceAllianceJoinDecided(data.id, data.decision === "accept" ? "acceptee" : "declinee"),
    };
  },
});
