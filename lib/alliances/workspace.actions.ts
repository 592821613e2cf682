"use server";
// The only entry from the alliance workspace forms: requireUser → parse → the scope read from the
// database → assertCan → the mutation (which checks again, with the partner link, in its
// transaction) → one ActionState → revalidate → redirect outside try/catch.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { clientIp } from "@/lib/accounts/authenticate";
import { errorState, parseFormData, type ActionState } from "@/lib/action-state";
import { assertCan, type Principal } from "@/lib/auth/permissions";
import { getActorScope } from "@/lib/auth/scope.queries";
import { requireUser } from "@/lib/auth/session";
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
  parseAllianceForm,
  partnerInviteSchema,
  partnerResponseSchema,
} from "./workspace.schemas";

const m = alliancesWorkspaceCopy.messages;

async function currentPrincipal(): Promise<Principal> {
  const user = await requireUser();
  return { id: user.id, platformRole: user.platformRole };
}

// A published alliance shows on its page, its partners' and its territories': all public pages go stale.
// Null for a change no public page shows (a submission, an invitation, a partner's rating).
function revalidateAlliance(id: string, publicPages: PublicPagesRefresh | null) {
  revalidatePath(paths.workspaceAlliance(id));
  revalidatePath(paths.workspaceAlliances());
  publicPages?.all();
}

export async function createAllianceAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const principal = await currentPrincipal();
  const parsed = parseAllianceForm(allianceCreateSchema, formData);
  if (!parsed.success) return parsed.state;
  let created: { id: string };
  try {
    assertCan(principal, "alliance.create", await getActorScope(principal, parsed.data.actorId));
    created = await createAlliance(principal, parsed.data, { ip: await clientIp() });
  } catch (error) {
    return errorState(error, formData);
  }
  revalidatePath(paths.workspaceAlliances());
  redirect(paths.workspaceAlliance(created.id));
}

// The lead-only actions below leave the lead check to the mutation: the lead organisation is
// read from the alliance inside the transaction, never from the form.
export async function updateAllianceAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const principal = await currentPrincipal();
  const parsed = parseAllianceForm(allianceUpdateSchema, formData);
  if (!parsed.success) return parsed.state;
  let publicPages: PublicPagesRefresh;
  try {
    publicPages = await claimPublicPagesRefresh(principal);
    await updateAlliance(principal, parsed.data, { ip: await clientIp() });
  } catch (error) {
    return errorState(error, formData);
  }
  revalidateAlliance(parsed.data.id, publicPages);
  redirect(paths.workspaceAlliance(parsed.data.id));
}

export async function changeStageAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const principal = await currentPrincipal();
  const parsed = parseFormData(allianceStageSchema, formData);
  if (!parsed.success) return parsed.state;
  let publicPages: PublicPagesRefresh;
  try {
    publicPages = await claimPublicPagesRefresh(principal);
    await changeAllianceStage(principal, parsed.data, { ip: await clientIp() });
  } catch (error) {
    return errorState(error, formData);
  }
  revalidateAlliance(parsed.data.id, publicPages);
  return { status: "success", message: m.stageChanged };
}

export async function saveResultsAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const principal = await currentPrincipal();
  const parsed = parseFormData(allianceResultsSchema, formData);
  if (!parsed.success) return parsed.state;
  let outcome: Awaited<ReturnType<typeof saveAllianceResults>>;
  let publicPages: PublicPagesRefresh;
  try {
    publicPages = await claimPublicPagesRefresh(principal);
    outcome = await saveAllianceResults(principal, parsed.data, { ip: await clientIp() });
  } catch (error) {
    return errorState(error, formData);
  }
  revalidateAlliance(parsed.data.id, publicPages);
  return { status: "success", message: outcome.changed && outcome.status === "PENDING" ? m.resultsSavedPending : m.resultsSaved };
}

export async function submitAllianceAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const principal = await currentPrincipal();
  const parsed = parseFormData(allianceSubmitSchema, formData);
  if (!parsed.success) return { status: "error", message: m.notFound };
  try {
    await submitAlliance(principal, parsed.data, { ip: await clientIp() });
  } catch (error) {
    return errorState(error);
  }
  revalidateAlliance(parsed.data.id, null);
  return { status: "success", message: m.submitted };
}

export async function invitePartnerAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const principal = await currentPrincipal();
  const parsed = parseFormData(partnerInviteSchema, formData);
  if (!parsed.success) return parsed.state;
  try {
    await invitePartner(principal, parsed.data, { ip: await clientIp() });
  } catch (error) {
    return errorState(error, formData);
  }
  revalidateAlliance(parsed.data.id, null);
  // Back to the page without the search: the partner list now shows the pending invitation.
  redirect(paths.workspaceAlliance(parsed.data.id));
}

export async function respondToInvitationAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const principal = await currentPrincipal();
  const parsed = parseFormData(partnerResponseSchema, formData);
  if (!parsed.success) return { status: "error", message: m.notFound };
  let publicPages: PublicPagesRefresh;
  try {
    assertCan(principal, "alliance.respond", await getActorScope(principal, parsed.data.actorId));
    publicPages = await claimPublicPagesRefresh(principal);
    await respondToInvitation(principal, parsed.data, { ip: await clientIp() });
  } catch (error) {
    return errorState(error);
  }
  revalidateAlliance(parsed.data.id, publicPages);
  // Declined: the alliance is no longer visible to this organisation.
  redirect(parsed.data.decision === "confirm" ? paths.workspaceAlliance(parsed.data.id) : paths.workspaceAlliances());
}

export async function rateAllianceAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const principal = await currentPrincipal();
  const parsed = parseFormData(allianceRatingSchema, formData);
  if (!parsed.success) return parsed.state;
  try {
    assertCan(principal, "alliance.rate", await getActorScope(principal, parsed.data.actorId));
    await rateAlliance(principal, parsed.data, { ip: await clientIp() });
  } catch (error) {
    return errorState(error, formData);
  }
  revalidateAlliance(parsed.data.id, null);
  return { status: "success", message: m.rated };
}
