"use server";
// The only entry from the alliance workspace forms, declared through formAction
// (lib/actions/form-action.ts). The lead-only actions leave the lead check to the mutation: the
// lead organisation is read from the alliance inside the transaction, never from the form. The
// others check the organisation named by the form first; every mutation checks again, with the
// partner link, in its transaction.
import { clientIp } from "@/lib/accounts/authenticate";
import { formAction, type SignedInContext } from "@/lib/actions/form-action";
import { getActorScope } from "@/lib/auth/scope.queries";
import { claimPublicPagesRefresh, type PublicPagesRefresh } from "@/lib/cache/public-pages";
import { alliancesWorkspaceCopy } from "@/lib/copy/alliances-workspace";
import { paths } from "@/lib/paths";
import { changeAllianceStage, createAlliance, saveAllianceResults, submitAlliance, updateAlliance } from "./workspace.mutations";
import { invitePartner, rateAlliance, respondToInvitation } from "./workspace.partners.mutations";
import {
  allianceCreateSchema,
  allianceRatingSchema,
  allianceResultsSchema,
  allianceStageSchema,
  allianceSubmitSchema,
  allianceUpdateSchema,
  ALLIANCE_LIST_FIELDS,
  partnerInviteSchema,
  partnerResponseSchema,
} from "./workspace.schemas";

const m = alliancesWorkspaceCopy.messages;

const allianceWorkspacePages = (id: string) => [paths.workspaceAlliance(id), paths.workspaceAlliances()];
const scopeOf = (data: { actorId: string }, { principal }: SignedInContext) => getActorScope(principal, data.actorId);

/**
 * A published alliance shows on its page, its partners' and its territories': all public pages go
 * stale. Claimed before the mutation (a refused claim changes nothing), spent after it.
 */
async function withPublicPages<T>(principal: SignedInContext["principal"], change: () => Promise<T>): Promise<T> {
  const publicPages: PublicPagesRefresh = await claimPublicPagesRefresh(principal);
  const result = await change();
  publicPages.all();
  return result;
}

export const createAllianceAction = formAction({
  schema: allianceCreateSchema,
  lists: ALLIANCE_LIST_FIELDS,
  permission: { operation: "alliance.create", scope: scopeOf },
  run: async (data, { principal }) => {
    const created = await createAlliance(principal, data, { ip: await clientIp() });
    return { revalidate: [paths.workspaceAlliances()], redirect: paths.workspaceAlliance(created.id) };
  },
});

export const updateAllianceAction = formAction({
  schema: allianceUpdateSchema,
  lists: ALLIANCE_LIST_FIELDS,
  run: async (data, { principal }) => {
    await withPublicPages(principal, async () => updateAlliance(principal, data, { ip: await clientIp() }));
    return { revalidate: allianceWorkspacePages(data.id), redirect: paths.workspaceAlliance(data.id) };
  },
});

export const changeStageAction = formAction({
  schema: allianceStageSchema,
  run: async (data, { principal }) => {
    await withPublicPages(principal, async () => changeAllianceStage(principal, data, { ip: await clientIp() }));
    return { revalidate: allianceWorkspacePages(data.id), message: m.stageChanged };
  },
});

export const saveResultsAction = formAction({
  schema: allianceResultsSchema,
  run: async (data, { principal }) => {
    const outcome = await withPublicPages(principal, async () => saveAllianceResults(principal, data, { ip: await clientIp() }));
    return { revalidate: allianceWorkspacePages(data.id), message: outcome.changed && outcome.status === "PENDING" ? m.resultsSavedPending : m.resultsSaved };
  },
});

// A submission, an invitation or a partner's rating changes no public page.
export const submitAllianceAction = formAction({
  schema: allianceSubmitSchema,
  invalidMessage: m.notFound,
  run: async (data, { principal }) => {
    await submitAlliance(principal, data, { ip: await clientIp() });
    return { revalidate: allianceWorkspacePages(data.id), message: m.submitted };
  },
});

export const invitePartnerAction = formAction({
  schema: partnerInviteSchema,
  run: async (data, { principal }) => {
    await invitePartner(principal, data, { ip: await clientIp() });
    // Back to the page without the search: the partner list now shows the pending invitation.
    return { revalidate: allianceWorkspacePages(data.id), redirect: paths.workspaceAlliance(data.id) };
  },
});

export const respondToInvitationAction = formAction({
  schema: partnerResponseSchema,
  invalidMessage: m.notFound,
  permission: { operation: "alliance.respond", scope: scopeOf },
  run: async (data, { principal }) => {
    await withPublicPages(principal, async () => respondToInvitation(principal, data, { ip: await clientIp() }));
    // Declined: the alliance is no longer visible to this organisation.
    return {
      revalidate: allianceWorkspacePages(data.id),
      redirect: data.decision === "confirm" ? paths.workspaceAlliance(data.id) : paths.workspaceAlliances(),
    };
  },
});

export const rateAllianceAction = formAction({
  schema: allianceRatingSchema,
  permission: { operation: "alliance.rate", scope: scopeOf },
  run: async (data, { principal }) => {
    await rateAlliance(principal, data, { ip: await clientIp() });
    return { revalidate: allianceWorkspacePages(data.id), message: m.rated };
  },
});
