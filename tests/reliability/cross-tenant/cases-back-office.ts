// The back office (kits, feedback, moderation, users, project territories) and the actions open
// to every signed-in user (rating kits, following a path, contacting an organisation). Their
// rules do not depend on the target organisation: `can` with the caller's platform role decides.
import { randomUUID } from "node:crypto";
import type { Principal } from "@/lib/auth/permissions";
import { contactActor } from "@/lib/actors/contact.mutations";
import { db } from "@/lib/db";
import { discardJob, retryJob } from "@/lib/jobs/dead-letters.mutations";
import { addKitAttachment, removeKitAttachment } from "@/lib/kits/attachments.mutations";
import { answerFeedback, contributeToKit, rateKit } from "@/lib/kits/feedback.mutations";
import { kitInputSchema } from "@/lib/kits/kit-form.schemas";
import { archiveKit, createKit, publishKit, republishKit, restoreKit, unarchiveKit, unpublishKit, updateKit } from "@/lib/kits/kits.mutations";
import { setStepDone } from "@/lib/kits/learning-paths.mutations";
import { needOfferRef } from "@/lib/content-admin/content-admin";
import { publishContent, unpublishContent } from "@/lib/content-admin/content-admin.mutations";
import { decideModeration } from "@/lib/moderation/moderation.mutations";
import {
  addProjectMember,
  addProjectMembers,
  createProjectTerritory,
  deleteProjectTerritory,
  removeProjectMember,
  updateProjectTerritory,
} from "@/lib/project-territories/project-territories.mutations";
import { projectTerritorySchema } from "@/lib/project-territories/project-territories.schemas";
import type { FileStorage } from "@/lib/storage/storage";
import { setAccountDisabled, setPlatformRole } from "@/lib/users/users.mutations";
import { seedDiagnosticTemplate } from "@/prisma/seed-template";
import { makeFailedMailJob } from "../../support/jobs";
import { defineCase } from "./matrix";
import type { World } from "./world";

/** A need or offer of the target organisation, in Saint-Étienne. */
async function needOfferData(world: World, status: "PUBLISHED" | "DRAFT") {
  const territory = await db.territory.findUniqueOrThrow({ where: { kind_code: { kind: "COMMUNE", code: "42218" } }, select: { id: true } });
  return {
    actorId: world.target.id,
    territoryId: territory.id,
    title: `Annonce ${world.token}`,
    mode: "MECENAT",
    theme: "INCLUSION_NUMERIQUE",
    status,
  } as const;
}

/** Uploads stay in memory: the matrix checks the database, and must not fill the disk. */
const memoryStorage = (): FileStorage => {
  const files = new Map<string, Uint8Array>();
  return {
    put: async (key, bytes) => void files.set(key, bytes),
    get: async (key) => (files.has(key) ? new Blob([Uint8Array.from(files.get(key)!)]).stream() : null),
    delete: async (key) => void files.delete(key),
  };
};

const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0]);
const pngFile = { name: "schema.png", size: PNG.byteLength, arrayBuffer: async () => PNG.slice().buffer };

const kitInput = (title: string) =>
  kitInputSchema.parse({
    title,
    summary: "Un kit d'essai.",
    category: "METHODE",
    audiences: [],
    maturityLevels: [],
    themes: [],
    modes: [],
    targets: [],
    body: "# Titre\n\nTexte.",
    links: [],
  });

async function draftKit(world: World) {
  return createKit(world.people.staff.principal, kitInput(`Kit ${world.token}`));
}

async function publishedKit(world: World) {
  const kit = await draftKit(world);
  await publishKit(world.people.staff.principal, kit.id, "Première version");
  return kit;
}

const projectCode = () => `CRTE-${randomUUID().slice(0, 8).toUpperCase()}`;
const project = (name: string) => projectTerritorySchema.parse({ name, code: projectCode(), description: "" });
const staffProject = (world: World) => createProjectTerritory(world.people.staff.principal, project(`Projet ${world.token}`));
const epci = () => db.territory.findFirstOrThrow({ where: { kind: "EPCI" }, orderBy: { code: "asc" }, select: { id: true } }).then((row) => row.id);

const KITS = "lib/kits/kits.mutations.ts";
const ATTACHMENTS = "lib/kits/attachments.mutations.ts";
const FEEDBACK = "lib/kits/feedback.mutations.ts";
const PROJECTS = "lib/project-territories/project-territories.mutations.ts";
const USERS = "lib/users/users.mutations.ts";
const JOBS = "lib/jobs/dead-letters.mutations.ts";
const failedJob = (world: World) => makeFailedMailJob(`echec-${world.token}@exemple.fr`);

export const backOfficeCases = [
  defineCase({ operation: "jobs.manage", mutation: `${JOBS}#retryJob`, prepare: failedJob, run: (principal, id) => retryJob(principal, id) }),
  defineCase({ operation: "jobs.manage", mutation: `${JOBS}#discardJob`, prepare: failedJob, run: (principal, id) => discardJob(principal, id) }),
  defineCase({
    operation: "kit.create",
    mutation: `${KITS}#createKit`,
    prepare: async () => null,
    run: (principal, _p, world) => createKit(principal, kitInput(`Nouveau kit ${world.token}`)),
  }),
  defineCase({
    operation: "kit.update",
    mutation: `${KITS}#updateKit`,
    prepare: draftKit,
    run: (principal, kit, world) => updateKit(principal, kit.id, kitInput(`Kit modifié ${world.token}`), null),
  }),
  defineCase({ operation: "kit.publish", mutation: `${KITS}#publishKit`, prepare: draftKit, run: (principal, kit) => publishKit(principal, kit.id, "Note") }),
  defineCase({ operation: "kit.publish", mutation: `${KITS}#unpublishKit`, prepare: publishedKit, run: (principal, kit) => unpublishKit(principal, kit.id) }),
  defineCase({ operation: "kit.update", mutation: `${KITS}#archiveKit`, prepare: draftKit, run: (principal, kit) => archiveKit(principal, kit.id) }),
  // The « Annuler » of an unpublication and of an archiving: kit.publish, like what they undo.
  defineCase({
    operation: "kit.publish",
    mutation: `${KITS}#republishKit`,
    prepare: async (world) => {
      const kit = await publishedKit(world);
      await unpublishKit(world.people.staff.principal, kit.id);
      return kit;
    },
    run: (principal, kit) => republishKit(principal, kit.id),
  }),
  defineCase({
    operation: "kit.publish",
    mutation: `${KITS}#unarchiveKit`,
    prepare: async (world) => {
      const kit = await publishedKit(world);
      await archiveKit(world.people.staff.principal, kit.id);
      return kit;
    },
    run: (principal, kit) => unarchiveKit(principal, kit.id, "PUBLISHED"),
  }),
  defineCase({
    operation: "kit.publish",
    mutation: `${KITS}#restoreKit`,
    prepare: async (world) => {
      const kit = await publishedKit(world);
      await archiveKit(world.people.staff.principal, kit.id);
      return kit;
    },
    run: (principal, kit) => restoreKit(principal, kit.id),
  }),
  defineCase({
    operation: "kit.update",
    mutation: `${ATTACHMENTS}#addKitAttachment`,
    prepare: draftKit,
    run: (principal, kit) => addKitAttachment(principal, kit.id, pngFile, { storage: memoryStorage() }),
  }),
  defineCase({
    operation: "kit.update",
    mutation: `${ATTACHMENTS}#removeKitAttachment`,
    prepare: async (world) => {
      const kit = await draftKit(world);
      return addKitAttachment(world.people.staff.principal, kit.id, pngFile, { storage: memoryStorage() });
    },
    run: (principal, attachment) => removeKitAttachment(principal, attachment.id, { storage: memoryStorage() }),
  }),
  defineCase({
    operation: "kit.rate",
    mutation: `${FEEDBACK}#rateKit`,
    prepare: publishedKit,
    run: (principal, kit) => rateKit(principal, { kitId: kit.id, rating: 5 }),
  }),
  defineCase({
    operation: "kit.rate",
    mutation: `${FEEDBACK}#contributeToKit`,
    prepare: publishedKit,
    run: (principal, kit) => contributeToKit(principal, { kitId: kit.id, kind: "SUGGESTION", comment: "Ajouter un exemple." }),
  }),
  defineCase({
    operation: "kit.update",
    mutation: `${FEEDBACK}#answerFeedback`,
    prepare: async (world) => {
      const kit = await publishedKit(world);
      await contributeToKit(world.people.member.principal, { kitId: kit.id, kind: "SUGGESTION", comment: "Ajouter un exemple." });
      return db.feedback.findFirstOrThrow({ where: { kitId: kit.id }, select: { id: true } });
    },
    run: (principal, feedback) => answerFeedback(principal, { feedbackId: feedback.id, answer: "Merci, c'est fait." }),
  }),
  defineCase({
    operation: "kit.rate",
    mutation: "lib/kits/learning-paths.mutations.ts#setStepDone",
    prepare: async (world) => {
      const kit = await publishedKit(world);
      const path = await db.learningPath.create({
        data: { title: "Parcours", slug: `parcours-${world.token}`, steps: { create: { kitId: kit.id, position: 1, title: "Étape 1" } } },
        include: { steps: true },
      });
      return path.steps[0];
    },
    run: (principal, step) => setStepDone(principal, step.id, true),
  }),
  defineCase({
    operation: "actor.contact",
    mutation: "lib/actors/contact.mutations.ts#contactActor",
    prepare: async () => null,
    run: (principal, _p, world) =>
      contactActor(
        principal,
        { actorSlug: world.target.slug, subject: "Partenariat", message: "Bonjour, nous aimerions vous rencontrer." },
        (slug) => `/acteurs/${slug}`,
      ),
  }),
  defineCase({
    operation: "moderation.decide",
    mutation: "lib/moderation/moderation.mutations.ts#decideModeration",
    prepare: async (world) => {
      await db.actor.update({ where: { id: world.target.id }, data: { status: "PENDING", publishedAt: null } });
      return null;
    },
    run: (principal, _p, world) => decideModeration(principal, { kind: "actor", id: world.target.id, decision: "approve" }, { baseUrl: "http://localhost" }),
  }),
  // Staff unpublish a live organisation (with a reason) or publish one: never its own members.
  defineCase({
    operation: "content.unpublish",
    mutation: "lib/content-admin/content-admin.mutations.ts#unpublishContent",
    prepare: async (world) => {
      await db.actor.update({ where: { id: world.target.id }, data: { status: "PUBLISHED", publishedAt: new Date() } });
      return null;
    },
    run: (principal, _p, world) =>
      unpublishContent(principal, { kind: "actor", ids: [world.target.id], reason: "Motif de la matrice" }, { baseUrl: "http://localhost" }),
  }),
  defineCase({
    operation: "content.publish",
    mutation: "lib/content-admin/content-admin.mutations.ts#publishContent",
    prepare: async (world) => {
      await db.actor.update({ where: { id: world.target.id }, data: { status: "DRAFT", moderationReason: "Motif" } });
      return null;
    },
    run: (principal, _p, world) => publishContent(principal, { kind: "actor", ids: [world.target.id] }, { baseUrl: "http://localhost" }),
  }),
  // The same mutations on the target's needs, offers (typed references) and published diagnostic summaries.
  defineCase({
    operation: "content.unpublish",
    mutation: "lib/content-admin/content-admin.mutations.ts#unpublishContent",
    prepare: async (world) => (await db.need.create({ data: await needOfferData(world, "PUBLISHED"), select: { id: true } })).id,
    run: (principal, needId) =>
      unpublishContent(principal, { kind: "needOffer", ids: [needOfferRef("need", needId)], reason: "Motif de la matrice" }, { baseUrl: "http://localhost" }),
  }),
  defineCase({
    operation: "content.publish",
    mutation: "lib/content-admin/content-admin.mutations.ts#publishContent",
    prepare: async (world) =>
      (await db.offer.create({ data: { ...(await needOfferData(world, "DRAFT")), moderationReason: "Motif" }, select: { id: true } })).id,
    run: (principal, offerId) => publishContent(principal, { kind: "needOffer", ids: [needOfferRef("offer", offerId)] }, { baseUrl: "http://localhost" }),
  }),
  defineCase({
    operation: "content.unpublish",
    mutation: "lib/content-admin/content-admin.mutations.ts#unpublishContent",
    prepare: async (world) => {
      await seedDiagnosticTemplate(db);
      const template = await db.diagnosticTemplate.findFirstOrThrow({ where: { status: "ACTIVE" }, select: { id: true } });
      const { territoryId } = await needOfferData(world, "PUBLISHED");
      const data = { actorId: world.target.id, territoryId, templateId: template.id, status: "PUBLISHED" as const, completedAt: new Date() };
      return (await db.diagnostic.create({ data, select: { id: true } })).id;
    },
    run: (principal, id) => unpublishContent(principal, { kind: "diagnostic", ids: [id], reason: "Motif de la matrice" }, { baseUrl: "http://localhost" }),
  }),
  defineCase({
    operation: "user.role.grant",
    mutation: `${USERS}#setPlatformRole`,
    prepare: async () => null,
    run: (principal: Principal, _p, world) => setPlatformRole(principal, world.people.outsider.id, "STAFF"),
  }),
  defineCase({
    // Nobody disables their own account: the target is another signed-in user.
    operation: "user.disable",
    mutation: `${USERS}#setAccountDisabled`,
    prepare: async (world) => db.user.create({ data: { email: `a-desactiver-${world.token}@exemple.fr` }, select: { id: true } }),
    run: (principal, user) => setAccountDisabled(principal, user.id, true),
  }),
  defineCase({
    operation: "territory.project.manage",
    mutation: `${PROJECTS}#createProjectTerritory`,
    prepare: async () => null,
    run: (principal, _p, world) => createProjectTerritory(principal, project(`CRTE ${world.token}`)),
  }),
  defineCase({
    operation: "territory.project.manage",
    mutation: `${PROJECTS}#updateProjectTerritory`,
    prepare: staffProject,
    run: (principal, created, world) => updateProjectTerritory(principal, created.id, { ...project(`Renommé ${world.token}`), code: created.code }),
  }),
  defineCase({
    operation: "territory.project.manage",
    mutation: `${PROJECTS}#deleteProjectTerritory`,
    prepare: staffProject,
    run: (principal, created) => deleteProjectTerritory(principal, created.id),
  }),
  defineCase({
    operation: "territory.project.manage",
    mutation: `${PROJECTS}#addProjectMember`,
    prepare: async (world) => ({ projectId: (await staffProject(world)).id, memberId: await epci() }),
    run: (principal, { projectId, memberId }) => addProjectMember(principal, projectId, memberId),
  }),
  defineCase({
    operation: "territory.project.manage",
    mutation: `${PROJECTS}#addProjectMembers`,
    prepare: async (world) => (await staffProject(world)).id,
    run: (principal, projectId) => addProjectMembers(principal, projectId, "42218\n244200770"),
  }),
  defineCase({
    operation: "territory.project.manage",
    mutation: `${PROJECTS}#removeProjectMember`,
    prepare: async (world) => {
      const projectId = (await staffProject(world)).id;
      const memberId = await epci();
      await addProjectMember(world.people.staff.principal, projectId, memberId);
      return { projectId, memberId };
    },
    run: (principal, { projectId, memberId }) => removeProjectMember(principal, projectId, memberId),
  }),
];
