import type { Metadata } from "next";
import Link from "next/link";
import { ResetPasswordForm } from "@/components/accounts/password-forms";
import { PageHeader } from "@/components/ui/page-header";
import { peekToken } from "@/lib/auth/tokens.mutations";
import { labels } from "@/lib/labels";
import { paths } from "@/lib/paths";

const t = labels.accounts.resetPassword;

export const metadata: Metadata = { title: t.title, robots: { index: false } };

type Props = { searchParams: Promise<{ token?: string }> };

export default async function ResetPasswordPage({ searchParams }: Props) {
  const { token } = await searchParams;
  const valid = typeof token === "string" && (await peekToken("password-reset", token)) !== null;
  return (
    <>
      <PageHeader title={t.title} />
      {valid ? (
        <ResetPasswordForm token={token} />
      ) : (
        <div role="alert" className="max-w-xl rounded-md border-l-4 border-red-700 bg-red-50 p-4 text-red-900">
          <p className="font-semibold">{t.invalid}</p>
          <p className="mt-2">
            <Link href={paths.forgotPassword()}>{t.askAgain}</Link>
          </p>
        </div>
      )}
    </>
  );
}
