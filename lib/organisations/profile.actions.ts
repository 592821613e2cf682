"use server";
// The only entries from the profile editor: requireUser → parse (fields and logo together, so
// every error shows at once) → the organisation's scope from the database → assertCan → the
// mutation (which checks again in its transaction) → one ActionState → revalidate.
import { revalidatePath } from "next/cache";
import { clientIp } from "@/lib/accounts/authenticate";
import { errorState, parseFormData, type ActionState } from "@/lib/action-state";
import { assertCan, type Principal } from "@/lib/auth/permissions";
import { getActorScope } from "@/lib/auth/scope.queries";
import { requireUser, type CurrentUser } from "@/lib/auth/session";
import { claimPublicPagesRefresh, type PublicPagesRefresh } from "@/lib/cache/public-pages";
import { organisationProfileCopy } from "@/lib/copy/organisation-profile";
import { ValidationError } from "@/lib/errors";
import { paths } from "@/lib/paths";
import { readLogo, type UploadedLogo } from "./profile";
import { submitOrganisationProfile, updateOrganisationProfile } from "./profile.mutations";
import { parseProfileForm, profileFormValues, profileSubmitSchema } from "./profile.schemas";

const m = organisationProfileCopy.messages;
const FORM_ERROR_MESSAGE = "Le formulaire contient des erreurs. Corrigez les champs indiqués.";

const principalOf = (user: CurrentUser): Principal => ({ id: user.id, platformRole: user.platformRole });

function revalidateProfile(actorId: string, publicPages: PublicPagesRefresh | null) {
  revalidatePath(paths.organisation(actorId));
  revalidatePath(paths.organisationProfile(actorId));
  publicPages?.all();
}

/** The logo's field error, if any; read here too so that it joins the other fields' errors. */
async function logoErrors(file: UploadedLogo | null): Promise<string[]> {
  if (!file) return [];
  try {
    await readLogo(file);
    return [];
  } catch (error) {
    if (error instanceof ValidationError) return error.fieldErrors.logo ?? [];
    throw error;
  }
}

export async function updateOrganisationProfileAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const user = await requireUser();
  const principal = principalOf(user);
  const parsed = parseProfileForm(formData);
  const file = formData.get("logo");
  const logo = file instanceof File && file.size > 0 ? file : null;
  const logoProblems = await logoErrors(logo);
  if (!parsed.success || logoProblems.length > 0) {
    const fieldErrors = { ...(parsed.success ? {} : parsed.state.fieldErrors), ...(logoProblems.length > 0 ? { logo: logoProblems } : {}) };
    return { status: "error", message: FORM_ERROR_MESSAGE, fieldErrors, values: profileFormValues(formData) };
  }
  let status: string;
  let changed: boolean;
  let publicPages: PublicPagesRefresh;
  try {
    assertCan(principal, "actor.update", await getActorScope(principal, parsed.data.id));
    publicPages = await claimPublicPagesRefresh(principal);
    ({ status, changed } = await updateOrganisationProfile(principal, parsed.data, logo, { ip: await clientIp() }));
  } catch (error) {
    return { ...errorState(error, formData), values: profileFormValues(formData) };
  }
  // An unchanged profile leaves the public pages as they are.
  revalidateProfile(parsed.data.id, changed ? publicPages : null);
  if (!changed) return { status: "success", message: m.unchanged };
  return { status: "success", message: status === "PUBLISHED" ? m.savedPublished : status === "PENDING" ? m.savedPending : m.savedDraft };
}

export async function submitOrganisationProfileAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const user = await requireUser();
  const principal = principalOf(user);
  const parsed = parseFormData(profileSubmitSchema, formData);
  if (!parsed.success) return { status: "error", message: m.notFound };
  let publicPages: PublicPagesRefresh;
  try {
    assertCan(principal, "actor.update", await getActorScope(principal, parsed.data.id));
    publicPages = await claimPublicPagesRefresh(principal);
    await submitOrganisationProfile(principal, parsed.data, { ip: await clientIp() });
  } catch (error) {
    return errorState(error);
  }
  revalidateProfile(parsed.data.id, publicPages);
  return { status: "success", message: m.submitted };
}
