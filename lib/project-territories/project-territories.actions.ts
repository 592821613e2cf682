"use server";
// The only entry from the project territories forms, declared through formAction
// (lib/actions/form-action.ts). The mutations check territory.project.manage again in their
// transaction.
import { revalidatePath } from "next/cache";
import { clientIp } from "@/lib/accounts/authenticate";
import { formAction } from "@/lib/actions/form-action";
import type { Principal } from "@/lib/auth/permissions";
import { claimPublicPagesRefresh, type PublicPagesRefresh } from "@/lib/cache/public-pages";
import { adminLabels } from "@/lib/copy/admin";
import { paths } from "@/lib/paths";
import { ValidationError } from "@/lib/errors";
import { codeListErrors, codeListPreview } from "./member-list";
import { readCodeListFile } from "./member-file";
import { previewProjectMemberList } from "./member-list.queries";
import {
  addProjectMember,
  addProjectMembers,
  createProjectTerritory,
  deleteProjectTerritory,
  removeProjectMember,
  updateProjectTerritory,
} from "./project-territories.mutations";
import {
  projectDeleteSchema,
  projectMemberListSchema,
  projectMemberSchema,
  projectTerritorySchema,
  projectTerritoryUpdateSchema,
} from "./project-territories.schemas";

const t = adminLabels.projectTerritories;
const permission = { operation: "territory.project.manage" } as const;

/**
 * Runs a change of the project territories with the counted refresh of the public pages it needs
 * (the territory pages list the project, its members and what contains it), claimed first so that
 * a refused refresh changes nothing.
 */
async function withPublicPages<T>(principal: Principal, change: () => Promise<T>): Promise<T> {
  const publicPages: PublicPagesRefresh = await claimPublicPagesRefresh(principal);
  const result = await change();
  revalidatePath(paths.adminProjectTerritories(), "layout");
  publicPages.all();
  return result;
}

export const createProjectTerritoryAction = formAction({
  schema: projectTerritorySchema,
  permission,
  run: async (data, { principal }) => {
    const created = await withPublicPages(principal, async () => createProjectTerritory(principal, data, { ip: await clientIp() }));
    return { redirect: paths.adminProjectTerritory(created.id) };
  },
});

export const updateProjectTerritoryAction = formAction({
  schema: projectTerritoryUpdateSchema,
  permission,
  run: async ({ id, ...input }, { principal }) => {
    await withPublicPages(principal, async () => updateProjectTerritory(principal, id, input, { ip: await clientIp() }));
    return { message: t.saved };
  },
});

export const deleteProjectTerritoryAction = formAction({
  schema: projectDeleteSchema,
  invalidMessage: t.notFound,
  permission,
  run: async (data, { principal }) => {
    await withPublicPages(principal, async () => deleteProjectTerritory(principal, data.id, { ip: await clientIp() }));
    // The list says what happened (the page of the project is gone).
    return { redirect: paths.adminProjectTerritories({ fait: "supprime" }) };
  },
});

export const addProjectMemberAction = formAction({
  schema: projectMemberSchema,
  invalidMessage: t.memberNotFound,
  permission,
  run: async (data, { principal }) => {
    const { memberName } = await withPublicPages(principal, async () => addProjectMember(principal, data.projectId, data.memberId, { ip: await clientIp() }));
    return { message: t.memberAdded(memberName) };
  },
});

export const removeProjectMemberAction = formAction({
  schema: projectMemberSchema,
  invalidMessage: t.memberNotFound,
  permission,
  run: async (data, { principal }) => {
    const { memberName } = await withPublicPages(principal, async () =>
      removeProjectMember(principal, data.projectId, data.memberId, { ip: await clientIp() }),
    );
    return { message: t.memberRemoved(memberName) };
  },
});

/**
 * A pasted list of codes, or an uploaded file of them: « Vérifier la liste » previews it (nothing
 * written; a file's codes come back as the list's text), « Ajouter » adds the list.
 */
export const projectMemberListAction = formAction({
  schema: projectMemberListSchema,
  permission,
  run: async (data, { principal, formData }) => {
    if (data.intent === "check") {
      const file = formData.get("file");
      const codes = file instanceof File && file.size > 0 ? await readCodeListFile(file) : data.codes;
      // Shown in the list's field on a refusal too (the wrapper echoes the form's values).
      formData.set("codes", codes);
      const checked = await previewProjectMemberList(principal, data.projectId, codes);
      const errors = codeListErrors(checked);
      if (errors.length > 0) throw new ValidationError({ codes: errors });
      return { message: codeListPreview(checked), values: { codes, checked: "1" } };
    }
    const { added, already } = await withPublicPages(principal, async () => addProjectMembers(principal, data.projectId, data.codes, { ip: await clientIp() }));
    return { message: t.list.added(added.length, already) };
  },
});
