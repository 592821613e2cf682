import type { Metadata } from "next";
import { ConfirmEmailChangeForm } from "@/components/accounts/password-forms";
import { PageHeader } from "@/components/ui/page-header";
import { labels } from "@/lib/labels";

const t = labels.accounts.confirmEmailChange;

export const metadata: Metadata = { title: t.title, robots: { index: false } };

type Props = { searchParams: Promise<{ token?: string }> };

export default async function ConfirmEmailChangePage({ searchParams }: Props) {
  const { token } = await searchParams;
  return (
    <>
      <PageHeader title={t.title}>
        <p>{t.intro}</p>
      </PageHeader>
      <ConfirmEmailChangeForm token={typeof token === "string" ? token : ""} />
    </>
  );
}
