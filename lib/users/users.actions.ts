"use server";
// The only entry from the back-office users forms.
import { revalidatePath } from "next/cache";
import { errorState, parseFormData, type ActionState } from "@/lib/action-state";
import { clientIp } from "@/lib/accounts/authenticate";
import { requireUser } from "@/lib/auth/session";
import { adminLabels } from "@/lib/copy/admin";
import { paths } from "@/lib/paths";
import { setAccountDisabled, setPlatformRole, type AccountDisabledResult, type PlatformRoleChangeResult } from "./users.mutations";
import { accountDisabledSchema, platformRoleChangeSchema } from "./users.schemas";

const t = adminLabels.users;

/** Grants or revokes the STAFF role; setPlatformRole checks user.role.grant and the target. */
export async function setPlatformRoleAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const user = await requireUser();
  const parsed = parseFormData(platformRoleChangeSchema, formData);
  if (!parsed.success) return parsed.state;
  let result: PlatformRoleChangeResult;
  try {
    result = await setPlatformRole({ id: user.id, platformRole: user.platformRole }, parsed.data.userId, parsed.data.role);
  } catch (error) {
    return errorState(error);
  }
  // The list shows the new role, the dashboard the new audit row.
  revalidatePath(paths.admin(), "layout");
  const message = !result.changed ? t.unchanged(result.email) : result.to === "STAFF" ? t.granted(result.email) : t.revoked(result.email);
  return { status: "success", message };
}

/** Disables or re-enables an account; setAccountDisabled checks user.disable and the target. */
export async function setAccountDisabledAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const user = await requireUser();
  const parsed = parseFormData(accountDisabledSchema, formData);
  if (!parsed.success) return parsed.state;
  let result: AccountDisabledResult;
  try {
    result = await setAccountDisabled({ id: user.id, platformRole: user.platformRole }, parsed.data.userId, parsed.data.disabled, { ip: await clientIp() });
  } catch (error) {
    return errorState(error);
  }
  revalidatePath(paths.admin(), "layout");
  const message = !result.changed
    ? result.disabled
      ? t.alreadyDisabled(result.email)
      : t.alreadyEnabled(result.email)
    : result.disabled
      ? t.disabled(result.email)
      : t.enabled(result.email);
  return { status: "success", message };
}
