"use server";
// The only entry from the contact forms of a match. Each action: requireUser → parse → the scope
// of the organisation it acts for, read from the database → assertCan → the mutation (which
// checks again in its transaction) → one ActionState → revalidate.
import { revalidatePath } from "next/cache";
import { clientIp } from "@/lib/accounts/authenticate";
import { errorState, parseFormData, type ActionState } from "@/lib/action-state";
import { assertCan, type Principal } from "@/lib/auth/permissions";
import { getActorScope } from "@/lib/auth/scope.queries";
import { requireUser, type CurrentUser } from "@/lib/auth/session";
import { needsOffersCopy } from "@/lib/copy/needs-offers";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { appBaseUrl } from "@/lib/http/base-url";
import { paths } from "@/lib/paths";
import { answerContact, contactMatch, createAllianceFromContact } from "./matching.mutations";
import { allianceFromContactSchema, contactAnswerSchema, contactCreateSchema } from "./matching.schemas";

const m = needsOffersCopy.messages;
const principalOf = (user: CurrentUser): Principal => ({ id: user.id, platformRole: user.platformRole });

function revalidateMatching(needId: string, offerId: string) {
  revalidatePath(paths.matchContacts());
  revalidatePath(paths.needOffer("besoins", needId));
  revalidatePath(paths.needOffer("offres", offerId));
}

export async function contactMatchAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const user = await requireUser();
  const principal = principalOf(user);
  const parsed = parseFormData(contactCreateSchema, formData);
  if (!parsed.success) return parsed.state;
  try {
    assertCan(principal, "match.contact", await getActorScope(principal, parsed.data.fromActorId));
    await contactMatch(principal, parsed.data, { baseUrl: await appBaseUrl(), ip: await clientIp() });
  } catch (error) {
    return errorState(error, formData);
  }
  revalidateMatching(parsed.data.needId, parsed.data.offerId);
  return { status: "success", message: needsOffersCopy.match.contactSent };
}

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

export async function answerContactAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const user = await requireUser();
  const principal = principalOf(user);
  const parsed = parseFormData(contactAnswerSchema, formData);
  if (!parsed.success) return { status: "error", message: m.contactNotFound };
  let receiver: Awaited<ReturnType<typeof receiverOf>>;
  try {
    receiver = await receiverOf(parsed.data.contactId);
    assertCan(principal, "match.contact", await getActorScope(principal, receiver.actorId));
    await answerContact(principal, parsed.data, { baseUrl: await appBaseUrl(), ip: await clientIp() });
  } catch (error) {
    return errorState(error);
  }
  revalidateMatching(receiver.needId, receiver.offerId);
  return { status: "success", message: parsed.data.answer === "ACCEPTED" ? needsOffersCopy.contacts.acceptDone : needsOffersCopy.contacts.declineDone };
}

export async function createAllianceFromContactAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const user = await requireUser();
  const principal = principalOf(user);
  const parsed = parseFormData(allianceFromContactSchema, formData);
  if (!parsed.success) return { status: "error", message: m.contactNotFound };
  try {
    assertCan(principal, "alliance.create", await getActorScope(principal, parsed.data.actorId));
    await createAllianceFromContact(principal, parsed.data, { ip: await clientIp() });
  } catch (error) {
    return errorState(error);
  }
  // No redirect while the alliance workspace is not built: the contact card links to it.
  revalidatePath(paths.matchContacts());
  revalidatePath(paths.workspace());
  return { status: "success", message: needsOffersCopy.contacts.allianceCreated };
}
