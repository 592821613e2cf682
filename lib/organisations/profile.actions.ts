"use server";
// The only entries from the profile editor, declared through formAction (lib/actions/form-action.ts):
// the fields and the logo are checked together (every error at once), the organisation's scope is
// read from the database for assertCan, and the mutation checks it again in its transaction.
import { clientIp } from "@/lib/accounts/authenticate";
import { formAction, type SignedInContext } from "@/lib/actions/form-action";
import { getActorScope } from "@/lib/auth/scope.queries";
import { claimPublicPagesRefresh } from "@/lib/cache/public-pages";
import { organisationProfileCopy } from "@/lib/copy/organisation-profile";
import { ValidationError } from "@/lib/errors";
import { paths } from "@/lib/paths";
import { readLogo, type UploadedLogo } from "./profile";
import { submitOrganisationProfile, updateOrganisationProfile } from "./profile.mutations";
import { organisationProfileSchema, PROFILE_LIST_FIELDS, profileSubmitSchema } from "./profile.schemas";

const m = organisationProfileCopy.messages;

const profilePages = (actorId: string) => [paths.organisation(actorId), paths.organisationProfile(actorId)];
const scopeOf = (data: { id: string }, { principal }: SignedInContext) => getActorScope(principal, data.id);

function uploadedLogo(formData: FormData): UploadedLogo | null {
  const file = formData.get("logo");
  return file instanceof File && file.size > 0 ? file : null;
}

/** The logo's field error, if any: read from its bytes, so that it joins the other fields' errors. */
async function logoErrors(formData: FormData): Promise<Record<string, string[]>> {
  const file = uploadedLogo(formData);
  if (!file) return {};
  try {
    await readLogo(file);
    return {};
  } catch (error) {
    if (error instanceof ValidationError) return { logo: error.fieldErrors.logo ?? [] };
    throw error;
  }
}

export const updateOrganisationProfileAction = formAction({
  schema: organisationProfileSchema,
  lists: PROFILE_LIST_FIELDS,
  fileErrors: logoErrors,
  permission: { operation: "actor.update", scope: scopeOf },
  run: async (data, { principal, formData }) => {
    // Counted before the mutation, so that a refused change changes nothing.
    const publicPages = await claimPublicPagesRefresh(principal);
    const { status, changed } = await updateOrganisationProfile(principal, data, uploadedLogo(formData), { ip: await clientIp() });
    // An unchanged profile leaves the public pages as they are.
    if (!changed) return { revalidate: profilePages(data.id), message: m.unchanged };
    publicPages.all();
    return { revalidate: profilePages(data.id), message: status === "PUBLISHED" ? m.savedPublished : status === "PENDING" ? m.savedPending : m.savedDraft };
  },
});

export const submitOrganisationProfileAction = formAction({
  schema: profileSubmitSchema,
  invalidMessage: m.notFound,
  permission: { operation: "actor.update", scope: scopeOf },
  run: async (data, { principal }) => {
    const publicPages = await claimPublicPagesRefresh(principal);
    await submitOrganisationProfile(principal, data, { ip: await clientIp() });
    publicPages.all();
    return { revalidate: profilePages(data.id), message: m.submitted };
  },
});
