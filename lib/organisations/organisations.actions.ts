"use server";
// The only entry from the organisation forms, declared through formAction (lib/actions/form-action.ts):
// the scope of the organisation named by the form is read from the database for assertCan, and the
// mutation checks it again in its transaction.
import { clientIp } from "@/lib/accounts/authenticate";
import { formAction, type SignedInContext } from "@/lib/actions/form-action";
import { getActorScope } from "@/lib/auth/scope.queries";
import { organisationsLabels } from "@/lib/copy/organisations";
import { ForbiddenError } from "@/lib/errors";
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
  ORGANISATION_CREATE_LISTS,
  organisationCreateSchema,
} from "./organisations.schemas";

const m = organisationsLabels.messages;

const organisationPages = (actorId: string) => [paths.organisation(actorId), paths.organisationMembers(actorId), paths.workspace()];
const scopeOf = (data: { actorId: string }, { principal }: SignedInContext) => getActorScope(principal, data.actorId);

export const createOrganisationAction = formAction({
  schema: organisationCreateSchema,
  lists: ORGANISATION_CREATE_LISTS,
  permission: { operation: "actor.create" },
  run: async (data, { principal }) => {
    const created = await createOrganisation(principal, data, { ip: await clientIp() });
    return { revalidate: [paths.workspace()], redirect: paths.organisation(created.id) };
  },
});

export const inviteMemberAction = formAction({
  schema: invitationCreateSchema,
  permission: { operation: "membership.invite", scope: scopeOf },
  run: async (data, { principal, user }) => {
    await assertRateLimit([`invitation:user:${user.id}`], INVITATION_RATE_LIMITS.perInviter);
    await assertRateLimit([`invitation:email:${data.email}`], INVITATION_RATE_LIMITS.perAddress);
    await inviteMember(principal, data, { baseUrl: await appBaseUrl(), ip: await clientIp() });
    // The form is emptied for the next address; the message says where the invitation went.
    return { revalidate: [paths.organisationMembers(data.actorId)], message: m.invitationSent(data.email) };
  },
});

export const revokeInvitationAction = formAction({
  schema: invitationRevokeSchema,
  invalidMessage: m.invitationNotFound,
  permission: { operation: "membership.invite", scope: scopeOf },
  run: async (data, { principal }) => {
    await revokeInvitation(principal, data, { ip: await clientIp() });
    return { revalidate: [paths.organisationMembers(data.actorId)], message: m.revokeDone };
  },
});

export const changeMemberRoleAction = formAction({
  schema: memberRoleSchema,
  permission: { operation: "membership.update", scope: scopeOf },
  run: async (data, { principal }) => {
    const changed = await changeMemberRole(principal, data, { ip: await clientIp() });
    return { revalidate: organisationPages(data.actorId), message: changed ? m.roleChanged : m.roleUnchanged };
  },
});

export const removeMemberAction = formAction({
  schema: memberRemoveSchema,
  invalidMessage: m.memberNotFound,
  permission: { operation: "membership.remove", scope: scopeOf },
  run: async (data, { principal, user }) => {
    await removeMember(principal, data, { ip: await clientIp() });
    // Removing oneself (an admin among several) ends one's access to the page.
    return { revalidate: organisationPages(data.actorId), ...(data.userId === user.id ? { redirect: paths.workspace() } : { message: m.memberRemoved }) };
  },
});

export const leaveOrganisationAction = formAction({
  schema: leaveSchema,
  invalidMessage: m.memberNotFound,
  permission: {
    operation: "membership.leave",
    scope: async (data, { principal }) => {
      const scope = await getActorScope(principal, data.actorId);
      // The specific French message first; `can` refuses the last admin as well.
      if (scope.isLastAdmin) throw new ForbiddenError(m.lastAdmin);
      return scope;
    },
  },
  run: async (data, { principal }) => {
    await leaveOrganisation(principal, data, { ip: await clientIp() });
    return { revalidate: organisationPages(data.actorId), redirect: paths.workspace() };
  },
});

/** From the invitation link page or the workspace list: a POST, never a GET (mail scanners). */
export const acceptInvitationAction = formAction({
  schema: invitationAcceptSchema,
  invalidMessage: m.invitationInvalid,
  // No scope to check before: the invitation itself, addressed to this user's e-mail, is the
  // permission; the mutation verifies it in its transaction.
  run: async (data, { principal }) => {
    const { actorId } = await acceptInvitation(principal, data, { ip: await clientIp() });
    return { revalidate: organisationPages(actorId), redirect: paths.organisation(actorId) };
  },
});
