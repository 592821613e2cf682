import type { Metadata } from "next";
import { ForgotPasswordForm } from "@/components/accounts/password-forms";
import { PageHeader } from "@/components/ui/page-header";
import { labels } from "@/lib/labels";

const t = labels.accounts.forgotPassword;

export const metadata: Metadata = { title: t.title };

export default function ForgotPasswordPage() {
  return (
    <>
      <PageHeader title={t.title}>
        <p>{t.intro}</p>
      </PageHeader>
      <ForgotPasswordForm />
    </>
  );
}
