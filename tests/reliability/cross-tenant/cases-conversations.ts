// Conversations: threads whose participants are the target organisation and a third one (never
// the other organisation of the world), so that only the target's members may read or write;
// staff and platform admins see a message only through a report, never the thread.
import type { Principal } from "@/lib/auth/permissions";
import { editMessage, markThreadRead, postMessage, reportMessage } from "@/lib/conversations/conversations.mutations";
import { decideMessageReport } from "@/lib/conversations/reports.mutations";
import { db } from "@/lib/db";
import { makeMatchContact } from "../../support/conversations";
import { makeOrganisationWithUser } from "../../support/factories";
import { defineCase } from "./matrix";
import type { Caller, World } from "./world";

const FILE = "lib/conversations/conversations.mutations.ts";
const REPORTS = "lib/conversations/reports.mutations.ts";
const targetMembers = (caller: Caller) => caller === "member" || caller === "orgAdmin";

/** An accepted match between the target (its need) and a third organisation (its offer). */
async function matchWithThird(world: World) {
  const third = await makeOrganisationWithUser("ADMIN", { kind: "ENTREPRISE" });
  const { id } = await makeMatchContact(world.target.id, third.id);
  return { id, third };
}

/** The same, with a message from the third organisation (and the thread it makes). */
async function messageFromThird(world: World) {
  const { id, third } = await matchWithThird(world);
  const message = await postMessage(third.user.principal, { kind: "MATCH", subjectId: id, actorId: third.id, body: "Bonjour de la part de l'entreprise." });
  return { id, messageId: message.id };
}

const write = (principal: Principal, kind: "MATCH" | "ALLIANCE" | "NETWORK_LINK", subjectId: string, world: World) =>
  postMessage(principal, { kind, subjectId, actorId: world.target.id, body: "Bonjour, parlons du projet." });

export const conversationCases = [
  defineCase({
    operation: "conversation.write",
    mutation: `${FILE}#postMessage`,
    prepare: matchWithThird,
    run: (principal, { id }, world) => write(principal, "MATCH", id, world),
    allowed: targetMembers,
  }),
  defineCase({
    operation: "conversation.write",
    mutation: `${FILE}#postMessage`,
    // An alliance led by a third organisation, the target invited: the invitation's thread.
    prepare: async (world) => {
      const lead = await makeOrganisationWithUser();
      const alliance = await db.alliance.create({
        data: {
          title: "Ateliers du Furan",
          slug: `ateliers-${world.token}`,
          searchKey: "ateliers",
          mode: "MECENAT",
          partners: {
            create: [
              { actorId: lead.id, role: "LEAD", status: "CONFIRMED" },
              { actorId: world.target.id, status: "INVITED" },
            ],
          },
        },
        select: { id: true },
      });
      return alliance;
    },
    run: (principal, { id }, world) => write(principal, "ALLIANCE", id, world),
    allowed: targetMembers,
  }),
  defineCase({
    operation: "conversation.write",
    mutation: `${FILE}#postMessage`,
    // A third organisation asks the target to be one of its local teams.
    prepare: async (world) => {
      const head = await makeOrganisationWithUser();
      return db.networkLink.create({ data: { headId: head.id, teamId: world.target.id, requestedBy: "HEAD" }, select: { id: true } });
    },
    run: (principal, { id }, world) => write(principal, "NETWORK_LINK", id, world),
    allowed: targetMembers,
  }),
  defineCase({
    operation: "conversation.write",
    mutation: `${FILE}#editMessage`,
    prepare: async (world) => {
      const { id } = await matchWithThird(world);
      return write(world.people.member.principal, "MATCH", id, world);
    },
    run: (principal, message) => editMessage(principal, { messageId: message.id, body: "Bonjour, parlons-en mardi." }),
    // Its author only.
    allowed: (caller) => caller === "member",
  }),
  defineCase({
    operation: "conversation.report",
    mutation: `${FILE}#reportMessage`,
    prepare: messageFromThird,
    run: (principal, { messageId }) => reportMessage(principal, { messageId, reason: "Propos déplacés." }),
    allowed: targetMembers,
  }),
  defineCase({
    operation: "conversation.write",
    mutation: `${FILE}#markThreadRead`,
    prepare: messageFromThird,
    run: (principal, { id }) => markThreadRead(principal, "MATCH", id),
    allowed: targetMembers,
  }),
  defineCase({
    operation: "moderation.decide",
    mutation: `${REPORTS}#decideMessageReport`,
    prepare: async (world) => {
      const { messageId } = await messageFromThird(world);
      return db.messageReport.create({ data: { messageId, reporterId: world.people.member.id, reason: "Propos déplacés." }, select: { id: true } });
    },
    run: (principal, report) => decideMessageReport(principal, { decision: "hide", reportId: report.id, reason: "Contraire à la charte." }),
  }),
];
