import type { Metadata } from "next";
import Link from "next/link";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { labels } from "@/lib/labels";
import { paths } from "@/lib/paths";

const t = labels.accounts.workspace;

export const metadata: Metadata = { title: t.title };

export default async function WorkspacePage() {
  const user = await requireUser();
  return (
    <>
      <PageHeader title={t.title}>
        <p>{t.welcome(user.name ?? user.email)}</p>
      </PageHeader>
      <section aria-labelledby="mes-organisations" className="mb-10">
        <h2 id="mes-organisations" className="mb-4 text-2xl font-bold">
          {t.organisations}
        </h2>
        <p className="mb-4">{t.noOrganisation}</p>
        <ButtonLink href={paths.organisationNew()}>{t.createOrganisation}</ButtonLink>
      </section>
      <p>
        <Link href={paths.account()}>{t.account}</Link>
      </p>
    </>
  );
}
