"use server";
// The only entry from the back-office users forms, declared through formAction
// (lib/actions/form-action.ts). The mutations check the operation again, with the target's rules
// (not oneself, not an administrator), in their transaction.
import { revalidatePath } from "next/cache";
import { clientIp } from "@/lib/accounts/authenticate";
import { formAction } from "@/lib/actions/form-action";
import { adminLabels } from "@/lib/copy/admin";
import { paths } from "@/lib/paths";
import { setAccountDisabled, setPlatformRole } from "./users.mutations";
import { accountDisabledSchema, platformRoleChangeSchema } from "./users.schemas";

const t = adminLabels.users;

// The list shows the new state, the dashboard the new audit row: every back-office page below
// /admin (a "layout" revalidation, which the wrapper's list of pages does not express).
const revalidateBackOffice = () => revalidatePath(paths.admin(), "layout");

/** Grants or revokes the STAFF role. */
export const setPlatformRoleAction = formAction({
  schema: platformRoleChangeSchema,
  invalidMessage: t.notFound,
  permission: { operation: "user.role.grant" },
  run: async (data, { principal }) => {
    const result = await setPlatformRole(principal, data.userId, data.role);
    revalidateBackOffice();
    return { message: !result.changed ? t.unchanged(result.email) : result.to === "STAFF" ? t.granted(result.email) : t.revoked(result.email) };
  },
});

/** Disables or re-enables an account (re-enabling is also the « Annuler » of a disabling). */
export const setAccountDisabledAction = formAction({
  schema: accountDisabledSchema,
  invalidMessage: t.notFound,
  permission: { operation: "user.disable" },
  run: async (data, { principal }) => {
    const result = await setAccountDisabled(principal, data.userId, data.disabled, { ip: await clientIp() });
    revalidateBackOffice();
    const message = !result.changed
      ? result.disabled
        ? t.alreadyDisabled(result.email)
        : t.alreadyEnabled(result.email)
      : result.disabled
        ? t.disabled(result.email)
        : t.enabled(result.email);
    // The form offers « Annuler » only after a change it made, with the user it concerns.
    return { message, values: result.changed && result.disabled ? { undoUserId: result.userId } : undefined };
  },
});
