// Forms of the co-construction of kits: a usefulness rating, a comment or a suggestion, and the
// team's answer. Ids from hidden fields are only shapes here; the mutations load what they name.
import { z } from "zod";
import { kitsLabels } from "@/lib/copy/kits";

const f = kitsLabels.feedback;
const admin = kitsLabels.admin.feedback;

export const CONTRIBUTION_MAX = 2000;

const idField = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/);

export const ratingSchema = z.object({
  kitId: idField,
  rating: z.coerce.number({ error: f.ratingRequired }).int(f.ratingRequired).min(1, f.ratingRequired).max(5, f.ratingRequired),
});
export type RatingInput = z.infer<typeof ratingSchema>;

export const contributionSchema = z.object({
  kitId: idField,
  kind: z.enum(["COMMENT", "SUGGESTION"], { error: f.kindRequired }),
  comment: z.string({ error: f.contributionRequired }).trim().min(3, f.contributionRequired).max(CONTRIBUTION_MAX, f.contributionTooLong),
});
export type ContributionInput = z.infer<typeof contributionSchema>;

export const answerSchema = z.object({
  feedbackId: idField,
  answer: z.string({ error: admin.answerRequired }).trim().min(2, admin.answerRequired).max(CONTRIBUTION_MAX, admin.answerTooLong),
});
export type AnswerInput = z.infer<typeof answerSchema>;

export const stepProgressSchema = z.object({
  stepId: idField,
  done: z.enum(["true", "false"]).transform((value) => value === "true"),
});
