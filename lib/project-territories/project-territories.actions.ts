"use server";
// The only entry from the project territories forms. The mutations check
// territory.project.manage themselves; the check here refuses early.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { clientIp } from "@/lib/accounts/authenticate";
import { errorState, parseFormData, type ActionState } from "@/lib/action-state";
import { assertCan, type Principal } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { refreshPublicPages } from "@/lib/cache/public-pages";
import { adminLabels } from "@/lib/copy/admin";
import { paths } from "@/lib/paths";
import { addProjectMember, createProjectTerritory, deleteProjectTerritory, removeProjectMember, updateProjectTerritory } from "./project-territories.mutations";
import { projectDeleteSchema, projectMemberSchema, projectTerritorySchema, projectTerritoryUpdateSchema } from "./project-territories.schemas";

const t = adminLabels.projectTerritories;

async function principal(): Promise<Principal> {
  const user = await requireUser();
  const who: Principal = { id: user.id, platformRole: user.platformRole };
  assertCan(who, "territory.project.manage");
  return who;
}

// The public territory pages list the project, its members and what contains it.
function revalidateProjects() {
  revalidatePath(paths.adminProjectTerritories(), "layout");
  refreshPublicPages();
}

export async function createProjectTerritoryAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = parseFormData(projectTerritorySchema, formData);
  if (!parsed.success) return parsed.state;
  let created: { id: number };
  try {
    created = await createProjectTerritory(await principal(), parsed.data, { ip: await clientIp() });
  } catch (error) {
    return errorState(error, formData);
  }
  revalidateProjects();
  redirect(paths.adminProjectTerritory(created.id));
}

export async function updateProjectTerritoryAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = parseFormData(projectTerritoryUpdateSchema, formData);
  if (!parsed.success) return parsed.state;
  try {
    const { id, ...input } = parsed.data;
    await updateProjectTerritory(await principal(), id, input, { ip: await clientIp() });
  } catch (error) {
    return errorState(error, formData);
  }
  revalidateProjects();
  return { status: "success", message: t.saved };
}

export async function deleteProjectTerritoryAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = parseFormData(projectDeleteSchema, formData);
  if (!parsed.success) return parsed.state;
  try {
    await deleteProjectTerritory(await principal(), parsed.data.id, { ip: await clientIp() });
  } catch (error) {
    return errorState(error);
  }
  revalidateProjects();
  redirect(paths.adminProjectTerritories());
}

export async function addProjectMemberAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = parseFormData(projectMemberSchema, formData);
  if (!parsed.success) return parsed.state;
  try {
    const { memberName } = await addProjectMember(await principal(), parsed.data.projectId, parsed.data.memberId, { ip: await clientIp() });
    revalidateProjects();
    return { status: "success", message: t.memberAdded(memberName) };
  } catch (error) {
    return errorState(error);
  }
}

export async function removeProjectMemberAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = parseFormData(projectMemberSchema, formData);
  if (!parsed.success) return parsed.state;
  try {
    const { memberName } = await removeProjectMember(await principal(), parsed.data.projectId, parsed.data.memberId, { ip: await clientIp() });
    revalidateProjects();
    return { status: "success", message: t.memberRemoved(memberName) };
  } catch (error) {
    return errorState(error);
  }
}
