// What the follow forms send. The search itself is re-read on the server from the page's query
// string (the directory's own parser), never trusted as separate fields.
import { z } from "zod";
import { FollowRhythm } from "@/generated/prisma/enums";
import { FOLLOW_DIRECTORIES } from "./follows";

export const FOLLOW_RHYTHMS = Object.values(FollowRhythm);

export const followSearchSchema = z.object({
  directory: z.enum(FOLLOW_DIRECTORIES),
  /** The page's query string, without "?" ("odd=13&territoire=departement-42"). */
  query: z.string().max(4000).default(""),
});
export type FollowSearchInput = z.infer<typeof followSearchSchema>;

export const followTargetSchema = z.object({
  target: z.enum(["territory", "actor", "alliance"]),
  /** A territory's or an organisation's id, an alliance's slug. */
  id: z.string().trim().min(1).max(200),
});
export type FollowTargetInput = z.infer<typeof followTargetSchema>;

export const followRhythmSchema = z.object({
  id: z.string().trim().min(1).max(100),
  rhythm: z.enum(FOLLOW_RHYTHMS, { error: "Choisissez un rythme d'e-mails." }),
});
export type FollowRhythmInput = z.infer<typeof followRhythmSchema>;

export const followIdSchema = z.object({ id: z.string().trim().min(1).max(100) });

export const unsubscribeSchema = z.object({ token: z.string().trim().min(20).max(200) });
