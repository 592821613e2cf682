// What the back-office users pages accept: the search in the URL (never fails, falls back to
// defaults) and the role form.
import { z } from "zod";
import { pageNumberSchema, searchQuerySchema } from "@/lib/territories/territories.schemas";
import { ASSIGNABLE_ROLES } from "./users";

export const userSearchParamsSchema = z.object({ q: searchQuerySchema, page: pageNumberSchema });
export type UserSearchParams = z.infer<typeof userSearchParamsSchema>;

/** Parses the raw search parameters of /admin/utilisateurs; never throws. */
export function parseUserSearchParams(raw: Record<string, string | string[] | undefined>): UserSearchParams {
  return userSearchParamsSchema.parse(raw);
}

export const platformRoleChangeSchema = z.object({
  userId: z.string().trim().min(1).max(100),
  role: z.enum(ASSIGNABLE_ROLES),
});
export type PlatformRoleChange = z.infer<typeof platformRoleChangeSchema>;

export const accountDisabledSchema = z.object({
  userId: z.string().trim().min(1).max(100),
  // "true" disables, "false" re-enables: the form says which, the mutation checks the rest.
  disabled: z.enum(["true", "false"]).transform((value) => value === "true"),
});
export type AccountDisabledChange = z.infer<typeof accountDisabledSchema>;
