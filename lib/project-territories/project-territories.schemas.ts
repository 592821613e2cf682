// Forms of the project territories pages. Ids are only shapes here: the mutations load the rows.
import { z } from "zod";
import { adminLabels } from "@/lib/copy/admin";
import { searchQuerySchema } from "@/lib/territories/territories.schemas";
import { PROJECT_DESCRIPTION_MAX_LENGTH, PROJECT_NAME_MAX_LENGTH, isProjectCode, normaliseProjectCode } from "./project-territories";

const t = adminLabels.projectTerritories;

const territoryId = z.coerce.number().int().positive().max(2_147_483_647);

export const projectTerritorySchema = z.object({
  name: z.string({ error: t.nameRequired }).trim().min(1, t.nameRequired).max(PROJECT_NAME_MAX_LENGTH, t.nameTooLong),
  code: z
    .string({ error: t.codeRequired })
    .transform(normaliseProjectCode)
    .pipe(z.string().min(1, { error: t.codeRequired, abort: true }).refine(isProjectCode, t.codeInvalid)),
  description: z
    .string()
    .trim()
    .max(PROJECT_DESCRIPTION_MAX_LENGTH, t.descriptionTooLong)
    .optional()
    .transform((value) => value || null),
});
export type ProjectTerritoryInput = z.infer<typeof projectTerritorySchema>;

export const projectTerritoryUpdateSchema = projectTerritorySchema.extend({ id: territoryId });

export const projectMemberSchema = z.object({ projectId: territoryId, memberId: territoryId });

export const projectDeleteSchema = z.object({ id: territoryId });

export const projectMemberListSchema = z.object({
  projectId: territoryId,
  // 2,000 codes of up to 9 characters and their separators.
  codes: z.string().max(30_000, t.list.tooMany(2000)),
  intent: z.enum(["check", "add"]),
});

/** The route parameter of /admin/territoires-de-projet/[id]; null when it cannot be an id. */
export function parseProjectId(raw: string): number | null {
  const result = territoryId.safeParse(raw);
  return result.success && /^\d+$/.test(raw) ? result.data : null;
}

export const projectPageParamsSchema = z.object({ q: searchQuerySchema });
