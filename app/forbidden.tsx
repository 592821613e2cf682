import type { Metadata } from "next";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { labels } from "@/lib/labels";
import { paths } from "@/lib/paths";

const t = labels.accounts.forbidden;

export const metadata: Metadata = { title: t.title, robots: { index: false, follow: false } };

/** Rendered, with HTTP status 403, wherever forbidden() is called (requireRole, pages, actions). */
export default function Forbidden() {
  return (
    <>
      <PageHeader title={t.title}>
        <p>{t.text}</p>
      </PageHeader>
      <ButtonLink href={paths.home()}>{t.backHome}</ButtonLink>
    </>
  );
}
