import type { Metadata } from "next";
import { OrganisationCreateForm } from "@/components/organisations/organisation-create-form";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { labels } from "@/lib/labels";
import { paths } from "@/lib/paths";

const t = labels.organisations.create;

export const metadata: Metadata = { title: t.title };

export default async function NewOrganisationPage() {
  await requireUser();
  return (
    <>
      <Breadcrumbs
        items={[
          { label: labels.breadcrumbs.home, href: paths.home() },
          { label: labels.organisations.workspace, href: paths.workspace() },
        ]}
        current={t.title}
      />
      <PageHeader title={t.title}>
        <p>{t.intro}</p>
      </PageHeader>
      <OrganisationCreateForm />
    </>
  );
}
