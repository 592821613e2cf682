import type { Metadata } from "next";
import { ForgotPasswordForm } from "@/components/accounts/password-forms";
import { PageHeader } from "@/components/ui/page-header";
import { labels } from "@/lib/labels";

// Rendered per request, not at build time: the build knows neither APP_URL (canonical address)
// nor SEED_DEMO (the demonstration banner of the root layout).
export const dynamic = "force-dynamic";

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
