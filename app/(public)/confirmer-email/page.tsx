import type { Metadata } from "next";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { confirmEmail } from "@/lib/accounts/accounts.mutations";
import { callbackUrlField } from "@/lib/accounts/accounts.schemas";
import { labels } from "@/lib/labels";
import { paths } from "@/lib/paths";

const t = labels.accounts.confirmEmail;

export const metadata: Metadata = { title: t.title, robots: { index: false } };

type Props = { searchParams: Promise<{ token?: string; callbackUrl?: string }> };

// Confirming an address is harmless if a mail scanner follows the link first, so the link
// confirms directly (unlike sign-in links, which need a click on a button).
export default async function ConfirmEmailPage({ searchParams }: Props) {
  const { token, callbackUrl: raw } = await searchParams;
  const callbackUrl = callbackUrlField.parse(typeof raw === "string" ? raw : undefined);
  const confirmed = typeof token === "string" && (await confirmEmail(token));
  return (
    <>
      <PageHeader title={t.title} />
      <div
        role={confirmed ? "status" : "alert"}
        className={`max-w-xl rounded-md border-l-4 p-4 ${confirmed ? "border-green-700 bg-green-50 text-green-900" : "border-red-700 bg-red-50 text-red-900"}`}
      >
        <p className="font-semibold">{confirmed ? t.done : t.invalid}</p>
      </div>
      <p className="mt-6">
        <ButtonLink href={paths.signIn({ callbackUrl })}>{t.signIn}</ButtonLink>
      </p>
    </>
  );
}
