// Organisations: creation, invitations, members.
import { randomUUID } from "node:crypto";
import { hashToken } from "@/lib/auth/tokens";
import { db } from "@/lib/db";
import {
  acceptInvitation,
  changeMemberRole,
  createOrganisation,
  inviteMember,
  leaveOrganisation,
  removeMember,
  revokeInvitation,
} from "@/lib/organisations/organisations.mutations";
import { submitOrganisationProfile, updateOrganisationProfile } from "@/lib/organisations/profile.mutations";
import { defineCase } from "./matrix";
import type { World } from "./world";

const FILE = "lib/organisations/organisations.mutations.ts";
const PROFILE = "lib/organisations/profile.mutations.ts";

async function openInvitation(world: World, email: string) {
  return db.invitation.create({
    data: {
      actorId: world.target.id,
      email,
      role: "MEMBER",
      tokenHash: hashToken(randomUUID()),
      expiresAt: new Date(Date.now() + 86_400_000),
      invitedById: world.people.orgAdmin.id,
    },
    select: { id: true },
  });
}

export const organisationCases = [
  defineCase({
    operation: "actor.create",
    mutation: `${FILE}#createOrganisation`,
    prepare: async () => null,
    run: (principal, _prepared, world) =>
      createOrganisation(principal, { name: `Nouvelle organisation ${world.token}`, kind: "ASSOCIATION", description: "", territories: ["commune-42218"] }),
  }),
  defineCase({
    operation: "membership.invite",
    mutation: `${FILE}#inviteMember`,
    prepare: async () => null,
    run: (principal, _prepared, world) =>
      inviteMember(principal, { actorId: world.target.id, email: `invite-${world.token}@exemple.fr`, role: "MEMBER" }, { baseUrl: "http://localhost" }),
  }),
  defineCase({
    operation: "membership.invite",
    mutation: `${FILE}#revokeInvitation`,
    prepare: (world) => openInvitation(world, `revoque-${world.token}@exemple.fr`),
    run: (principal, invitation, world) => revokeInvitation(principal, { actorId: world.target.id, invitationId: invitation.id }),
  }),
  defineCase({
    // Only the person the invitation is addressed to (here the user without organisation) may
    // accept it, whatever their platform role; anyone else does not even learn it exists.
    operation: "membership.invite",
    mutation: `${FILE}#acceptInvitation`,
    prepare: (world) => openInvitation(world, world.people.outsider.email),
    run: (principal, invitation) => acceptInvitation(principal, { invitationId: invitation.id }),
    allowed: (caller) => caller === "outsider",
  }),
  defineCase({
    operation: "membership.update",
    mutation: `${FILE}#changeMemberRole`,
    prepare: async () => null,
    run: (principal, _prepared, world) => changeMemberRole(principal, { actorId: world.target.id, userId: world.people.member.id, role: "ADMIN" }),
  }),
  defineCase({
    operation: "membership.remove",
    mutation: `${FILE}#removeMember`,
    prepare: async () => null,
    run: (principal, _prepared, world) => removeMember(principal, { actorId: world.target.id, userId: world.people.member.id }),
  }),
  defineCase({
    // The target is verified and published: an allowed edit is published at once.
    operation: "actor.update",
    mutation: `${PROFILE}#updateOrganisationProfile`,
    prepare: (world) => db.actor.findUniqueOrThrow({ where: { id: world.target.id }, select: { version: true } }),
    run: (principal, actor, world) =>
      updateOrganisationProfile(
        principal,
        {
          id: world.target.id,
          version: actor.version,
          kind: "ASSOCIATION",
          description: `Présentation ${world.token}`,
          website: null,
          contactEmail: null,
          contactPhone: "04 77 12 34 56",
          territories: ["commune-42218"],
          sdgs: [17],
          removeLogo: false,
        },
        null,
      ),
  }),
  defineCase({
    operation: "actor.update",
    mutation: `${PROFILE}#submitOrganisationProfile`,
    prepare: async (world) => {
      const territory = await db.territory.findUniqueOrThrow({ where: { kind_code: { kind: "COMMUNE", code: "42218" } }, select: { id: true } });
      return db.actor.update({
        where: { id: world.target.id },
        data: { status: "DRAFT", territories: { create: [{ territoryId: territory.id }] } },
        select: { version: true },
      });
    },
    run: (principal, actor, world) => submitOrganisationProfile(principal, { id: world.target.id, version: actor.version }),
  }),
  defineCase({
    // Leaving needs a membership: platform roles do not make anyone a member. A second admin is
    // added so that the organisation's admin is not the last one (that refusal is a conflict,
    // tested in the organisations suite).
    operation: "membership.leave",
    mutation: `${FILE}#leaveOrganisation`,
    prepare: async (world) => {
      const user = await db.user.create({ data: { email: `second-admin-${world.token}@exemple.fr` }, select: { id: true } });
      await db.membership.create({ data: { userId: user.id, actorId: world.target.id, role: "ADMIN" } });
      return null;
    },
    run: (principal, _prepared, world) => leaveOrganisation(principal, { actorId: world.target.id }),
    allowed: (caller) => caller === "member" || caller === "orgAdmin",
  }),
];
