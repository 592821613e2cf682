"use server";
// The only entry from the contact forms of a match, declared through formAction
// (lib/actions/form-action.ts): the scope of the organisation each one acts for is read from the
// database and checked first; the mutation checks it again in its transaction.
import { clientIp } from "@/lib/accounts/authenticate";
import { formAction } from "@/lib/actions/form-action";
import { getActorScope } from "@/lib/auth/scope.queries";
import { needsOffersCopy } from "@/lib/copy/needs-offers";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { appBaseUrl } from "@/lib/http/base-url";
import type { Principal } from "@/lib/auth/permissions";
import { paths } from "@/lib/paths";
import { answerContact, contactMatch, createAllianceFromContact } from "./matching.mutations";
import { allianceFromContactSchema, contactAnswerSchema, contactCreateSchema } from "./matching.schemas";

const m = needsOffersCopy.messages;

const matchingPages = (needId: string, offerId: string) => [paths.matchContacts(), paths.needOffer("besoins", needId), paths.needOffer("offres", offerId)];

export const contactMatchAction = formAction({
  schema: contactCreateSchema,
  permission: { operation: "match.contact", scope: (data, { principal }) => getActorScope(principal, data.fromActorId) },
  run: async (data, { principal }) => {
    await contactMatch(principal, data, { baseUrl: await appBaseUrl(), ip: await clientIp() });
    return { revalidate: matchingPages(data.needId, data.offerId), message: needsOffersCopy.match.contactSent };
  },
});

/** The organisation that receives a contact: the side of the pair that did not write. */
async function receiverOf(contactId: string): Promise<{ actorId: string; needId: string; offerId: string }> {
  const contact = await db.matchContact.findUnique({
    where: { id: contactId },
    select: { fromActorId: true, needId: true, offerId: true, need: { select: { actorId: true } }, offer: { select: { actorId: true } } },
  });
  if (!contact) throw new NotFoundError(m.contactNotFound);
  const actorId = contact.fromActorId === contact.need.actorId ? contact.offer.actorId : contact.need.actorId;
  return { actorId, needId: contact.needId, offerId: contact.offerId };
}

const receiverScope = async (data: { contactId: string }, { principal }: { principal: Principal }) =>
  getActorScope(principal, (await receiverOf(data.contactId)).actorId);

export const answerContactAction = formAction({
  schema: contactAnswerSchema,
  invalidMessage: m.contactNotFound,
  permission: { operation: "match.contact", scope: receiverScope },
  run: async (data, { principal }) => {
    await answerContact(principal, data, { baseUrl: await appBaseUrl(), ip: await clientIp() });
    const { needId, offerId } = await receiverOf(data.contactId);
    return {
      revalidate: matchingPages(needId, offerId),
      message: data.answer === "ACCEPTED" ? needsOffersCopy.contacts.acceptDone : needsOffersCopy.contacts.declineDone,
    };
  },
});

export const createAllianceFromContactAction = formAction({
  schema: allianceFromContactSchema,
  invalidMessage: m.contactNotFound,
  permission: { operation: "alliance.create", scope: (data, { principal }) => getActorScope(principal, data.actorId) },
  run: async (data, { principal }) => {
    await createAllianceFromContact(principal, data, { ip: await clientIp() });
    // The contact card links to the new alliance once the page is refreshed.
    return { revalidate: [paths.matchContacts(), paths.workspace()], message: needsOffersCopy.contacts.allianceCreated };
  },
});
