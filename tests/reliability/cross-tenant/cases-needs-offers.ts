// Needs, offers and the contacts made from a match: the target organisation publishes a need,
// the other organisation an offer that matches it (same commune, mode and theme).
import { db } from "@/lib/db";
import { answerContact, contactMatch, createAllianceFromContact } from "@/lib/matching/matching.mutations";
import { closeNeedOffer, createNeedOffer, updateNeedOffer } from "@/lib/needs-offers/needs-offers.mutations";
import { needOfferCreateSchema, needOfferUpdateSchema } from "@/lib/needs-offers/needs-offers.schemas";
import { defineCase } from "./matrix";
import type { World } from "./world";

const FILE = "lib/needs-offers/needs-offers.mutations.ts";
const MATCHING = "lib/matching/matching.mutations.ts";
const MAIL = { baseUrl: "http://localhost" };

let saintEtienne: Promise<number> | null = null;
const territory = () => (saintEtienne ??= db.territory.findUniqueOrThrow({ where: { kind_code: { kind: "COMMUNE", code: "42218" } } }).then((row) => row.id));

const fields = async (kind: "need" | "offer") => ({
  kind,
  title: kind === "need" ? "Besoin de bénévoles numériques" : "Offre de mécénat de compétences numériques",
  description: "Accompagner les habitants vers les démarches en ligne.",
  mode: "MECENAT",
  mecenatKind: "COMPETENCES",
  theme: "INCLUSION_NUMERIQUE",
  territoryId: String(await territory()),
});

async function published(world: World, kind: "need" | "offer", owner: "target" | "other") {
  const admin = owner === "target" ? world.people.orgAdmin : world.people.otherOrgAdmin;
  const actorId = owner === "target" ? world.target.id : world.other.id;
  const { id } = await createNeedOffer(admin.principal, needOfferCreateSchema.parse({ ...(await fields(kind)), actorId }));
  if (kind === "need") await db.need.update({ where: { id }, data: { status: "PUBLISHED" } });
  else await db.offer.update({ where: { id }, data: { status: "PUBLISHED" } });
  return id;
}

/** The target's need and the other's offer, and a contact from the other organisation. */
async function contacted(world: World, accepted: boolean) {
  const needId = await published(world, "need", "target");
  const offerId = await published(world, "offer", "other");
  const { id } = await contactMatch(
    world.people.otherOrgAdmin.principal,
    { needId, offerId, fromActorId: world.other.id, message: "Travaillons ensemble." },
    MAIL,
  );
  if (accepted) await answerContact(world.people.orgAdmin.principal, { contactId: id, answer: "ACCEPTED" }, MAIL);
  return { contactId: id };
}

export const needOfferCases = [
  defineCase({
    operation: "need.create",
    mutation: `${FILE}#createNeedOffer`,
    prepare: async () => fields("need"),
    run: (principal, input, world) => createNeedOffer(principal, needOfferCreateSchema.parse({ ...input, actorId: world.target.id })),
  }),
  defineCase({
    operation: "offer.create",
    mutation: `${FILE}#createNeedOffer`,
    prepare: async () => fields("offer"),
    run: (principal, input, world) => createNeedOffer(principal, needOfferCreateSchema.parse({ ...input, actorId: world.target.id })),
  }),
  defineCase({
    operation: "offer.update",
    mutation: `${FILE}#updateNeedOffer`,
    prepare: async (world) => ({ id: await published(world, "offer", "target"), input: await fields("offer") }),
    run: (principal, { id, input }) => updateNeedOffer(principal, needOfferUpdateSchema.parse({ ...input, title: "Offre modifiée", id })),
  }),
  defineCase({
    operation: "need.update",
    mutation: `${FILE}#closeNeedOffer`,
    prepare: (world) => published(world, "need", "target"),
    run: (principal, id) => closeNeedOffer(principal, { kind: "need", id }),
  }),
  defineCase({
    operation: "match.contact",
    mutation: `${MATCHING}#contactMatch`,
    prepare: async (world) => ({ needId: await published(world, "need", "target"), offerId: await published(world, "offer", "other") }),
    run: (principal, { needId, offerId }, world) => contactMatch(principal, { needId, offerId, fromActorId: world.target.id, message: "Bonjour !" }, MAIL),
  }),
  defineCase({
    operation: "match.contact",
    mutation: `${MATCHING}#answerContact`,
    prepare: (world) => contacted(world, false),
    run: (principal, { contactId }) => answerContact(principal, { contactId, answer: "ACCEPTED" }, MAIL),
  }),
  defineCase({
    operation: "alliance.create",
    mutation: `${MATCHING}#createAllianceFromContact`,
    prepare: (world) => contacted(world, true),
    run: (principal, { contactId }, world) => createAllianceFromContact(principal, { contactId, actorId: world.target.id }),
  }),
];
