// Forms of the organisations domain: zod schemas and their inferred types. Ids that arrive from
// a form (actorId, userId, invitationId) are only shapes here: they are trusted once the scope
// loaded from the database says so.
import { z } from "zod";
import { ActorKind } from "@/generated/prisma/enums";
import { organisationsLabels } from "@/lib/copy/organisations";
import { INVITATION_ROLES, isValidSiren, normaliseSiren } from "./organisations";
import { territoriesField } from "./profile.schemas";

const m = organisationsLabels.messages;

export const ACTOR_KINDS = Object.values(ActorKind);
export const NAME_MAX_LENGTH = 150;
export const DESCRIPTION_MAX_LENGTH = 2000;

/** Empty inputs of optional fields become undefined rather than "". */
const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

const emailShape = z.string().trim().toLowerCase().max(254, m.emailInvalid).email(m.emailInvalid);

function isHttpsUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === "https:" && url.hostname.includes(".");
  } catch {
    return false;
  }
}

/** An id from a hidden field: cuid-like, bounded. Anything else is refused before the database. */
const idField = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/);

export const organisationCreateSchema = z.object({
  name: z.string({ error: m.nameRequired }).trim().min(1, { error: m.nameRequired, abort: true }).min(2, m.nameTooShort).max(NAME_MAX_LENGTH, m.nameTooLong),
  kind: z.enum(ActorKind, { error: m.kindRequired }),
  siren: z.preprocess(blankToUndefined, z.string().transform(normaliseSiren).refine(isValidSiren, m.sirenInvalid).optional()),
  description: z.string().trim().max(DESCRIPTION_MAX_LENGTH, m.descriptionTooLong).default(""),
  website: z.preprocess(blankToUndefined, z.string().trim().max(500, m.websiteInvalid).refine(isHttpsUrl, m.websiteInvalid).optional()),
  contactEmail: z.preprocess(blankToUndefined, emailShape.optional()),
  // The same rule as the profile's: a profile created without territory could not be saved later.
  territories: territoriesField,
});
/** Repeated fields of the creation form (the territory picker's hidden inputs). */
export const ORGANISATION_CREATE_LISTS = ["territories"] as const;
export type OrganisationCreate = z.infer<typeof organisationCreateSchema>;

const roleField = z.enum(INVITATION_ROLES, { error: m.roleInvalid });

export const invitationCreateSchema = z.object({
  actorId: idField,
  email: z.string({ error: m.emailRequired }).trim().min(1, m.emailRequired).pipe(emailShape),
  role: roleField,
});
export type InvitationCreate = z.infer<typeof invitationCreateSchema>;

export const invitationRevokeSchema = z.object({ actorId: idField, invitationId: idField });

export const memberRoleSchema = z.object({ actorId: idField, userId: idField, role: roleField });
export type MemberRoleChange = z.infer<typeof memberRoleSchema>;

export const memberRemoveSchema = z.object({ actorId: idField, userId: idField });

export const leaveSchema = z.object({ actorId: idField });

/** Accepting from the e-mail link (token) or from the workspace list (invitation id). */
export const invitationAcceptSchema = z.union([z.object({ token: z.string().trim().min(20).max(200) }), z.object({ invitationId: idField })]);
export type InvitationAccept = z.infer<typeof invitationAcceptSchema>;
