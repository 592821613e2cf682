import type { Metadata } from "next";
import { LinkSignInForm } from "@/components/accounts/password-forms";
import { PageHeader } from "@/components/ui/page-header";
import { callbackUrlField } from "@/lib/accounts/accounts.schemas";
import { labels } from "@/lib/labels";

const t = labels.accounts.linkSignIn;

export const metadata: Metadata = { title: t.title, robots: { index: false } };

type Props = { searchParams: Promise<{ token?: string; callbackUrl?: string }> };

export default async function LinkSignInPage({ searchParams }: Props) {
  const { token, callbackUrl } = await searchParams;
  return (
    <>
      <PageHeader title={t.title}>
        <p>{t.intro}</p>
      </PageHeader>
      <LinkSignInForm
        token={typeof token === "string" ? token : ""}
        callbackUrl={callbackUrlField.parse(typeof callbackUrl === "string" ? callbackUrl : undefined)}
      />
    </>
  );
}
