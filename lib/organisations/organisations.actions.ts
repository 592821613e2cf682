"use server";
// The only entry from the organisation forms. Each action: who is asking (requireUser) → parse →
// the scope of the organisation named by the form, read from the database → assertCan → the
// mutation (which checks again in its transaction) → one ActionState → revalidate → redirect,
// outside try/catch.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { clientIp } from "@/lib/accounts/authenticate";
import { errorState, parseFormData, type ActionState } from "@/lib/action-state";
import { assertCan, type Principal } from "@/lib/auth/permissions";
import { getActorScope } from "@/lib/auth/scope.queries";
import { requireUser, type CurrentUser } from "@/lib/auth/session";
import { organisationsLabels } from "@/lib/copy/organisations";
import { appBaseUrl } from "@/lib/http/base-url";
import { paths } from "@/lib/paths";
import { assertRateLimit } from "@/lib/rate-limit/rate-limit.mutations";
import { INVITATION_RATE_LIMITS } from "./organisations";
import {
  acceptInvitation,
  changeMemberRole,
  createOrganisation,
  inviteMember,
  leaveOrganisation,
  removeMember,
  revokeInvitation,
} from "./organisations.mutations";
import {
  invitationAcceptSchema,
  invitationCreateSchema,
  invitationRevokeSchema,
  leaveSchema,
  memberRemoveSchema,
  memberRoleSchema,
  organisationCreateSchema,
} from "./organisations.schemas";

const m = organisationsLabels.messages;

const principalOf = (user: CurrentUser): Principal => ({ id: user.id, platformRole: user.platformRole });

function revalidateOrganisation(actorId: string) {
  revalidatePath(paths.organisation(actorId));
  revalidatePath(paths.organisationMembers(actorId));
  revalidatePath(paths.workspace());
}

export async function createOrganisationAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const user = await requireUser();
  const principal = principalOf(user);
  const parsed = parseFormData(organisationCreateSchema, formData);
  if (!parsed.success) return parsed.state;
  let created: { id: string };
  try {
    assertCan(principal, "actor.create");
    created = await createOrganisation(principal, parsed.data, { ip: await clientIp() });
  } catch (error) {
    return errorState(error, formData);
  }
  revalidatePath(paths.workspace());
  redirect(paths.organisation(created.id));
}

export async function inviteMemberAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const user = await requireUser();
  const principal = principalOf(user);
  const parsed = parseFormData(invitationCreateSchema, formData);
  if (!parsed.success) return parsed.state;
  try {
    assertCan(principal, "membership.invite", await getActorScope(principal, parsed.data.actorId));
    await assertRateLimit([`invitation:user:${user.id}`], INVITATION_RATE_LIMITS.perInviter);
    await assertRateLimit([`invitation:email:${parsed.data.email}`], INVITATION_RATE_LIMITS.perAddress);
    await inviteMember(principal, parsed.data, { baseUrl: await appBaseUrl(), ip: await clientIp() });
  } catch (error) {
    return errorState(error, formData);
  }
  revalidatePath(paths.organisationMembers(parsed.data.actorId));
  // The form is emptied for the next address; the message says where the invitation went.
  return { status: "success", message: m.invitationSent(parsed.data.email) };
}

export async function revokeInvitationAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const user = await requireUser();
  const principal = principalOf(user);
  const parsed = parseFormData(invitationRevokeSchema, formData);
  if (!parsed.success) return { status: "error", message: m.invitationNotFound };
  try {
    assertCan(principal, "membership.invite", await getActorScope(principal, parsed.data.actorId));
    await revokeInvitation(principal, parsed.data, { ip: await clientIp() });
  } catch (error) {
    return errorState(error);
  }
  revalidatePath(paths.organisationMembers(parsed.data.actorId));
  return { status: "success", message: m.revokeDone };
}

export async function changeMemberRoleAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const user = await requireUser();
  const principal = principalOf(user);
  const parsed = parseFormData(memberRoleSchema, formData);
  if (!parsed.success) return parsed.state;
  let changed: boolean;
  try {
    assertCan(principal, "membership.update", await getActorScope(principal, parsed.data.actorId));
    changed = await changeMemberRole(principal, parsed.data, { ip: await clientIp() });
  } catch (error) {
    return errorState(error, formData);
  }
  revalidateOrganisation(parsed.data.actorId);
  return { status: "success", message: changed ? m.roleChanged : m.roleUnchanged };
}

export async function removeMemberAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const user = await requireUser();
  const principal = principalOf(user);
  const parsed = parseFormData(memberRemoveSchema, formData);
  if (!parsed.success) return { status: "error", message: m.memberNotFound };
  try {
    assertCan(principal, "membership.remove", await getActorScope(principal, parsed.data.actorId));
    await removeMember(principal, parsed.data, { ip: await clientIp() });
  } catch (error) {
    return errorState(error);
  }
  revalidateOrganisation(parsed.data.actorId);
  // Removing oneself (an admin among several) ends one's access to the page.
  if (parsed.data.userId === user.id) redirect(paths.workspace());
  return { status: "success", message: m.memberRemoved };
}

export async function leaveOrganisationAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const user = await requireUser();
  const principal = principalOf(user);
  const parsed = parseFormData(leaveSchema, formData);
  if (!parsed.success) return { status: "error", message: m.memberNotFound };
  try {
    const scope = await getActorScope(principal, parsed.data.actorId);
    // The specific French message first; `can` refuses the last admin as well.
    if (scope.isLastAdmin) return { status: "error", message: m.lastAdmin };
    assertCan(principal, "membership.leave", scope);
    await leaveOrganisation(principal, parsed.data, { ip: await clientIp() });
  } catch (error) {
    return errorState(error);
  }
  revalidateOrganisation(parsed.data.actorId);
  redirect(paths.workspace());
}

/** From the invitation link page or the workspace list: a POST, never a GET (mail scanners). */
export async function acceptInvitationAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const user = await requireUser();
  const principal = principalOf(user);
  const parsed = parseFormData(invitationAcceptSchema, formData);
  if (!parsed.success) return { status: "error", message: m.invitationInvalid };
  let actorId: string;
  try {
    // No scope to check before: the invitation itself, addressed to this user's e-mail, is the
    // permission; the mutation verifies it in its transaction.
    ({ actorId } = await acceptInvitation(principal, parsed.data, { ip: await clientIp() }));
  } catch (error) {
    return errorState(error);
  }
  revalidateOrganisation(actorId);
  redirect(paths.organisation(actorId));
}
