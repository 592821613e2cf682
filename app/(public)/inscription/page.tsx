import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { SignUpForm } from "@/components/accounts/sign-up-form";
import { PageHeader } from "@/components/ui/page-header";
import { callbackUrlField } from "@/lib/accounts/accounts.schemas";
import { getCurrentUser } from "@/lib/auth/session";
import { labels } from "@/lib/labels";
import { paths } from "@/lib/paths";

const t = labels.accounts.signUp;

export const metadata: Metadata = { title: t.title };

type Props = { searchParams: Promise<{ callbackUrl?: string }> };

export default async function SignUpPage({ searchParams }: Props) {
  const { callbackUrl: raw } = await searchParams;
  const callbackUrl = callbackUrlField.parse(typeof raw === "string" ? raw : undefined);
  if (await getCurrentUser()) redirect(callbackUrl ?? paths.workspace());
  return (
    <>
      <PageHeader title={t.title}>
        <p>{t.intro}</p>
      </PageHeader>
      <SignUpForm callbackUrl={callbackUrl} />
      <p className="mt-6">
        {t.haveAccount} <Link href={paths.signIn({ callbackUrl })}>{labels.accounts.signIn.title}</Link>
      </p>
    </>
  );
}
