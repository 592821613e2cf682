"use server";
// The only entry from the project territories forms. The mutations check
// territory.project.manage themselves; the check here refuses early.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { clientIp } from "@/lib/accounts/authenticate";
import { errorState, parseFormData, type ActionState } from "@/lib/action-state";
import { assertCan, type Principal } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { claimPublicPagesRefresh, type PublicPagesRefresh } from "@/lib/cache/public-pages";
import { adminLabels } from "@/lib/copy/admin";
import { paths } from "@/lib/paths";
import { addProjectMember, createProjectTerritory, deleteProjectTerritory, removeProjectMember, updateProjectTerritory } from "./project-territories.mutations";
import { projectDeleteSchema, projectMemberSchema, projectTerritorySchema, projectTerritoryUpdateSchema } from "./project-territories.schemas";

const t = adminLabels.projectTerritories;

/** The staff member acting, and the counted refresh of the public pages the change will need. */
async function begin(): Promise<{ who: Principal; publicPages: PublicPagesRefresh }> {
  const user = await requireUser();
  const who: Principal = { id: user.id, platformRole: user.platformRole };
  assertCan(who, "territory.project.manage");
  return { who, publicPages: await claimPublicPagesRefresh(who) };
}

// The public territory pages list the project, its members and what contains it.
function revalidateProjects(publicPages: PublicPagesRefresh) {
  revalidatePath(paths.adminProjectTerritories(), "layout");
  publicPages.all();
}

export async function createProjectTerritoryAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = parseFormData(projectTerritorySchema, formData);
  if (!parsed.success) return parsed.state;
  let created: { id: number };
  let publicPages: PublicPagesRefresh;
  try {
    const started = await begin();
    publicPages = started.publicPages;
    created = await createProjectTerritory(started.who, parsed.data, { ip: await clientIp() });
  } catch (error) {
    return errorState(error, formData);
  }
  revalidateProjects(publicPages);
  redirect(paths.adminProjectTerritory(created.id));
}

export async function updateProjectTerritoryAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = parseFormData(projectTerritoryUpdateSchema, formData);
  if (!parsed.success) return parsed.state;
  let publicPages: PublicPagesRefresh;
  try {
    const { id, ...input } = parsed.data;
    const started = await begin();
    publicPages = started.publicPages;
    await updateProjectTerritory(started.who, id, input, { ip: await clientIp() });
  } catch (error) {
    return errorState(error, formData);
  }
  revalidateProjects(publicPages);
  return { status: "success", message: t.saved };
}

export async function deleteProjectTerritoryAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = parseFormData(projectDeleteSchema, formData);
  if (!parsed.success) return parsed.state;
  let publicPages: PublicPagesRefresh;
  try {
    const started = await begin();
    publicPages = started.publicPages;
    await deleteProjectTerritory(started.who, parsed.data.id, { ip: await clientIp() });
  } catch (error) {
    return errorState(error);
  }
  revalidateProjects(publicPages);
  redirect(paths.adminProjectTerritories());
}

export async function addProjectMemberAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = parseFormData(projectMemberSchema, formData);
  if (!parsed.success) return parsed.state;
  try {
    const { who, publicPages } = await begin();
    const { memberName } = await addProjectMember(who, parsed.data.projectId, parsed.data.memberId, { ip: await clientIp() });
    revalidateProjects(publicPages);
    return { status: "success", message: t.memberAdded(memberName) };
  } catch (error) {
    return errorState(error);
  }
}

export async function removeProjectMemberAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = parseFormData(projectMemberSchema, formData);
  if (!parsed.success) return parsed.state;
  try {
    const { who, publicPages } = await begin();
    const { memberName } = await removeProjectMember(who, parsed.data.projectId, parsed.data.memberId, { ip: await clientIp() });
    revalidateProjects(publicPages);
    return { status: "success", message: t.memberRemoved(memberName) };
  } catch (error) {
    return errorState(error);
  }
}
