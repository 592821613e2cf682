import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { SignUpForm } from "@/components/accounts/sign-up-form";
import { PageHeader } from "@/components/ui/page-header";
import { getCurrentUser } from "@/lib/auth/session";
import { labels } from "@/lib/labels";
import { paths } from "@/lib/paths";

const t = labels.accounts.signUp;

export const metadata: Metadata = { title: t.title };

export default async function SignUpPage() {
  if (await getCurrentUser()) redirect(paths.workspace());
  return (
    <>
      <PageHeader title={t.title}>
        <p>{t.intro}</p>
      </PageHeader>
      <SignUpForm />
      <p className="mt-6">
        {t.haveAccount} <Link href={paths.signIn()}>{labels.accounts.signIn.title}</Link>
      </p>
    </>
  );
}
