// Forms of the networks domain. Ids from hidden fields are only shapes here: the mutations trust
// them once the scope read in their transaction says so.
import { z } from "zod";
import { networksLabels } from "@/lib/copy/networks";

const m = networksLabels.messages;

export const MESSAGE_MAX_LENGTH = 500;

const idField = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/);
const messageField = z.string().trim().max(MESSAGE_MAX_LENGTH, m.messageTooLong).default("");

/**
 * `actorId` acts (its admin submits); `otherId` is the organisation asked. `as` says what the
 * other organisation would become: "TEAM" (our local team) or "HEAD" (we join its network).
 */
export const linkRequestSchema = z.object({
  actorId: idField,
  otherId: z
    .string({ error: m.organisationRequired })
    .trim()
    .min(1, m.organisationRequired)
    .max(64, m.organisationRequired)
    .regex(/^[A-Za-z0-9_-]+$/, m.organisationRequired),
  as: z.enum(["TEAM", "HEAD"], { error: m.relationRequired }),
  message: messageField,
});
export type LinkRequest = z.infer<typeof linkRequestSchema>;

export const linkDecisionSchema = z.object({
  actorId: idField,
  linkId: idField,
  decision: z.enum(["accept", "decline"]),
});
export type LinkDecision = z.infer<typeof linkDecisionSchema>;

export const linkEndSchema = z.object({ actorId: idField, linkId: idField });
export type LinkEnd = z.infer<typeof linkEndSchema>;

export const ALL_TEAMS = "ALL";

export const kitRecommendationSchema = z.object({
  headId: idField,
  kitId: z
    .string({ error: m.kitRequired })
    .trim()
    .min(1, m.kitRequired)
    .max(64, m.kitRequired)
    .regex(/^[A-Za-z0-9_-]+$/, m.kitRequired),
  teamId: z.union([z.literal(ALL_TEAMS), idField], { error: m.teamRequired }),
  message: messageField,
});
export type KitRecommendationInput = z.infer<typeof kitRecommendationSchema>;
