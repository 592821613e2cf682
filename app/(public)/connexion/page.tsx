import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { SignInForm, SignInLinkForm } from "@/components/accounts/sign-in-form";
import { PageHeader } from "@/components/ui/page-header";
import { callbackUrlField } from "@/lib/accounts/accounts.schemas";
import { getCurrentUser } from "@/lib/auth/session";
import { labels } from "@/lib/labels";
import { paths } from "@/lib/paths";

const t = labels.accounts.signIn;

export const metadata: Metadata = { title: t.title };

type Props = { searchParams: Promise<{ callbackUrl?: string; error?: string }> };

export default async function SignInPage({ searchParams }: Props) {
  const { callbackUrl: rawCallback, error } = await searchParams;
  const callbackUrl = callbackUrlField.parse(typeof rawCallback === "string" ? rawCallback : undefined);
  if (await getCurrentUser()) redirect(callbackUrl ?? paths.workspace());
  return (
    <>
      <PageHeader title={t.title}>
        <p>{t.intro}</p>
      </PageHeader>
      {error === "password-reset" || error === "sessions-ended" ? (
        <p role="status" className="mb-6 rounded-md border-l-4 border-green-700 bg-green-50 p-4 font-semibold text-green-900">
          {error === "password-reset" ? t.passwordReset : t.sessionsEnded}
        </p>
      ) : null}
      <SignInForm callbackUrl={callbackUrl} />
      <p className="mt-6">
        {t.noAccount} <Link href={paths.signUp({ callbackUrl })}>{labels.accounts.signUp.title}</Link>
      </p>
      <section aria-labelledby="lien-connexion" className="mt-12 max-w-xl border-t border-line pt-8">
        <h2 id="lien-connexion" className="text-2xl font-bold">
          {t.linkTitle}
        </h2>
        <p className="mb-4 mt-2 text-muted">{t.linkIntro}</p>
        <SignInLinkForm callbackUrl={callbackUrl} />
      </section>
    </>
  );
}
