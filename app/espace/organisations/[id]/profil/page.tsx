import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { OrganisationStatus } from "@/components/organisations/organisation-status";
import { ProfileForm } from "@/components/organisations/profile-form";
import { ProfileSubmitForm } from "@/components/organisations/profile-submit-form";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { PageHeader } from "@/components/ui/page-header";
import { getPrincipal, requireUser } from "@/lib/auth/session";
import { organisationProfileCopy } from "@/lib/copy/organisation-profile";
import { labels } from "@/lib/labels";
import { canRenameOrganisation, canSubmitProfile } from "@/lib/organisations/profile";
import { getOrganisationProfileForEdit, type OrganisationProfileView } from "@/lib/organisations/profile.queries";
import { paths } from "@/lib/paths";
import { listSdgs } from "@/lib/sdg/sdg.queries";

const t = organisationProfileCopy;

type Props = { params: Promise<{ id: string }> };

// Only those who may update the profile get it (organisation admins, platform admins); anyone
// else — a member, an admin of another organisation — gets the 404 page, with no hint that it exists.
const loadProfile = cache(async (id: string) => getOrganisationProfileForEdit(await getPrincipal(), id));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const profile = await loadProfile((await params).id);
  return { title: profile ? t.title(profile.name) : labels.errors.notFoundTitle };
}

/** What saving will do, said before the user saves (see statusAfterProfileEdit). */
function ruleOf(profile: OrganisationProfileView): string {
  if (profile.status === "PUBLISHED") return profile.verified ? t.rules.direct : t.rules.unverifiedPublished;
  if (profile.status === "PENDING") return t.rules.pending;
  return profile.status === "REJECTED" ? t.rules.rejected : t.rules.draft;
}

export default async function OrganisationProfilePage({ params }: Props) {
  const user = await requireUser();
  const profile = await loadProfile((await params).id);
  if (!profile) notFound();
  const sdgs = await listSdgs();
  return (
    <>
      <Breadcrumbs
        items={[
          { label: labels.breadcrumbs.home, href: paths.home() },
          { label: labels.organisations.workspace, href: paths.workspace() },
          { label: profile.name, href: paths.organisation(profile.id) },
        ]}
        current={t.heading}
      />
      <PageHeader title={t.title(profile.name)}>
        <p>{t.intro}</p>
      </PageHeader>
      <div className="mb-8 max-w-3xl">
        <OrganisationStatus status={profile.status} reason={profile.moderationReason} />
        <p className="mt-4 font-semibold">{ruleOf(profile)}</p>
      </div>
      <ProfileForm
        canRename={canRenameOrganisation(profile.verified) || user.platformRole === "ADMIN"}
        sdgs={sdgs}
        defaults={{
          id: profile.id,
          version: profile.version,
          name: profile.name,
          kind: profile.kind,
          description: profile.description,
          website: profile.website ?? "",
          contactEmail: profile.contactEmail ?? "",
          contactPhone: profile.contactPhone ?? "",
          territories: profile.territories,
          sdgs: profile.sdgs,
          logoUrl: profile.logoUrl,
        }}
      />
      {canSubmitProfile(profile.status) ? (
        <section aria-labelledby="publication" className="mt-12 max-w-3xl">
          <h2 id="publication" className="mb-2 text-2xl font-bold">
            {t.submitSection.heading}
          </h2>
          <p className="mb-4">{t.submitSection.text}</p>
          <ProfileSubmitForm id={profile.id} version={profile.version} />
        </section>
      ) : null}
    </>
  );
}
