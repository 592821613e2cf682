// Alliances of the workspace: the target organisation leads them, or is invited into (or a
// confirmed partner of) an alliance led by the other organisation.
import { decideJoinRequest, requestToJoinAlliance } from "@/lib/alliances/join-requests.mutations";
import type { Principal } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { changeAllianceStage, createAlliance, saveAllianceResults, submitAlliance, updateAlliance } from "@/lib/alliances/workspace.mutations";
import { invitePartner, rateAlliance, respondToInvitation } from "@/lib/alliances/workspace.partners.mutations";
import { allianceCreateSchema, allianceUpdateSchema } from "@/lib/alliances/workspace.schemas";
import { defineCase } from "./matrix";
import type { World } from "./world";

const FILE = "lib/alliances/workspace.mutations.ts";
const PARTNERS = "lib/alliances/workspace.partners.mutations.ts";
const JOIN = "lib/alliances/join-requests.mutations.ts";
const joinMessage = "Nous pouvons accueillir les ateliers dans nos locaux.";

async function published(id: string) {
  await db.alliance.update({ where: { id }, data: { status: "PUBLISHED", publishedAt: new Date() } });
  return { id };
}

const fields = {
  title: "Ateliers numériques du Furan",
  summary: "Des ateliers pour tous.",
  description: "Une alliance entre une association et une entreprise.",
  mode: "MECENAT",
  mecenatKind: "COMPETENCES",
  territories: ["commune-42218"],
  targets: ["17.17"],
};

const create = (principal: Principal, actorId: string) => createAlliance(principal, allianceCreateSchema.parse({ ...fields, actorId }));

/** An alliance led by the target organisation. */
const ledByTarget = (world: World) => create(world.people.orgAdmin.principal, world.target.id);

/** An alliance led by the other organisation, the target invited (and confirmed when asked). */
async function targetAsPartner(world: World, confirmed: boolean) {
  const { id } = await create(world.people.otherOrgAdmin.principal, world.other.id);
  await invitePartner(world.people.otherOrgAdmin.principal, { id, inviteeId: world.target.id });
  if (confirmed) await respondToInvitation(world.people.orgAdmin.principal, { id, actorId: world.target.id, decision: "confirm" });
  return { id };
}

export const allianceCases = [
  defineCase({
    operation: "alliance.create",
    mutation: `${FILE}#createAlliance`,
    prepare: async () => null,
    run: (principal, _prepared, world) => create(principal, world.target.id),
  }),
  defineCase({
    operation: "alliance.update",
    mutation: `${FILE}#updateAlliance`,
    prepare: ledByTarget,
    run: (principal, { id }) => updateAlliance(principal, allianceUpdateSchema.parse({ ...fields, title: "Titre modifié", id, version: 1 })),
  }),
  defineCase({
    operation: "alliance.update",
    mutation: `${FILE}#changeAllianceStage`,
    prepare: ledByTarget,
    run: (principal, { id }) => changeAllianceStage(principal, { id, version: 1, toStage: "CONSTRUCTION", comment: "On avance." }),
  }),
  defineCase({
    operation: "alliance.update",
    mutation: `${FILE}#saveAllianceResults`,
    prepare: ledByTarget,
    run: (principal, { id }) => saveAllianceResults(principal, { id, version: 1, results: "Vingt ateliers." }),
  }),
  defineCase({
    operation: "alliance.submit",
    mutation: `${FILE}#submitAlliance`,
    prepare: ledByTarget,
    run: (principal, { id }) => submitAlliance(principal, { id, version: 1 }),
  }),
  defineCase({
    operation: "alliance.update",
    mutation: `${PARTNERS}#invitePartner`,
    prepare: async (world) => {
      const { id } = await ledByTarget(world);
      return { id, inviteeId: world.other.id };
    },
    run: (principal, { id, inviteeId }) => invitePartner(principal, { id, inviteeId }),
  }),
  defineCase({
    // Answering an invitation engages the organisation: its members only (staff may read
    // alliances, not answer for an organisation).
    operation: "alliance.respond",
    mutation: `${PARTNERS}#respondToInvitation`,
    prepare: (world) => targetAsPartner(world, false),
    run: (principal, { id }, world) => respondToInvitation(principal, { id, actorId: world.target.id, decision: "confirm" }),
  }),
  defineCase({
    operation: "alliance.rate",
    mutation: `${PARTNERS}#rateAlliance`,
    prepare: (world) => targetAsPartner(world, true),
    run: (principal, { id }, world) => rateAlliance(principal, { id, actorId: world.target.id, innovation: 4, performance: 3, confiance: 5, comment: "" }),
  }),
  defineCase({
    // Asking to join engages the organisation that asks: its members only.
    operation: "alliance.join",
    mutation: `${JOIN}#requestToJoinAlliance`,
    prepare: async (world) => published((await create(world.people.otherOrgAdmin.principal, world.other.id)).id),
    run: (principal, { id }, world) => requestToJoinAlliance(principal, { id, actorId: world.target.id, message: joinMessage }),
  }),
  defineCase({
    // Answering belongs to the lead: the target leads, the other organisation asks.
    operation: "alliance.update",
    mutation: `${JOIN}#decideJoinRequest`,
    prepare: async (world) => {
      const { id } = await published((await ledByTarget(world)).id);
      await requestToJoinAlliance(world.people.otherOrgAdmin.principal, { id, actorId: world.other.id, message: joinMessage });
      const request = await db.allianceJoinRequest.findFirstOrThrow({ where: { allianceId: id }, select: { id: true } });
      return { id, requestId: request.id };
    },
    run: (principal, { id, requestId }) => decideJoinRequest(principal, { id, requestId, decision: "accept", note: "" }),
  }),
];
