// What the back office's job forms send: a job id, and what to do with it.
import { z } from "zod";

export const jobDecisionSchema = z.object({
  jobId: z
    .string()
    .trim()
    .regex(/^\d{1,18}$/),
  decision: z.enum(["retry", "discard"]),
});
export type JobDecision = z.infer<typeof jobDecisionSchema>;
