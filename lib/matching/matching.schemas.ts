// Forms of the contacts made from a match. Ids are only shapes here: the mutations read the need,
// the offer and the contact from the database and check who may act on them.
import { z } from "zod";
import { needsOffersCopy } from "@/lib/copy/needs-offers";
import { idField } from "@/lib/needs-offers/needs-offers.schemas";

const m = needsOffersCopy.messages;

export const MESSAGE_MAX_LENGTH = 1000;

export const contactCreateSchema = z.object({
  needId: idField,
  offerId: idField,
  /** The organisation that writes: the one owning the need or the offer. */
  fromActorId: idField,
  message: z.string({ error: m.messageRequired }).trim().min(1, m.messageRequired).max(MESSAGE_MAX_LENGTH, m.messageTooLong),
});
export type ContactCreate = z.infer<typeof contactCreateSchema>;

export const contactAnswerSchema = z.object({ contactId: idField, answer: z.enum(["ACCEPTED", "DECLINED"]) });
export type ContactAnswer = z.infer<typeof contactAnswerSchema>;

export const allianceFromContactSchema = z.object({ contactId: idField, /** the side that creates it, who becomes LEAD */ actorId: idField });
export type AllianceFromContact = z.infer<typeof allianceFromContactSchema>;
