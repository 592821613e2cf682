import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { DeleteAccountForm, EmailChangeForm, PasswordChangeForm, ProfileForm, SignOutEverywhereForm } from "@/components/accounts/account-forms";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { PageHeader } from "@/components/ui/page-header";
import { hasPassword } from "@/lib/accounts/accounts.queries";
import { requireUser } from "@/lib/auth/session";
import { notificationsCopy } from "@/lib/copy/notifications";
import { labels } from "@/lib/labels";
import { paths } from "@/lib/paths";

const t = labels.accounts.account;

export const metadata: Metadata = { title: t.title };

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="mb-12 max-w-xl border-t border-line pt-8">
      <h2 id={id} className="mb-4 text-2xl font-bold">
        {title}
      </h2>
      {children}
    </section>
  );
}

export default async function AccountPage() {
  const user = await requireUser();
  return (
    <>
      <Breadcrumbs
        items={[
          { label: labels.breadcrumbs.home, href: paths.home() },
          { label: labels.accounts.workspace.title, href: paths.workspace() },
        ]}
        current={t.title}
      />
      <PageHeader title={t.title} />
      <Section id="infos" title={t.profile}>
        <ProfileForm name={user.name ?? ""} />
      </Section>
      <Section id="adresse" title={t.emailSection}>
        <p className="mb-4">{t.currentEmail(user.email)}</p>
        <EmailChangeForm />
      </Section>
      <Section id="mot-de-passe" title={t.passwordSection}>
        <PasswordChangeForm />
      </Section>
      <Section id="e-mails-notification" title={notificationsCopy.preferences.title}>
        <p className="mb-4">{notificationsCopy.preferences.accountIntro}</p>
        <Link href={paths.notificationPreferences()}>{notificationsCopy.preferences.link}</Link>
      </Section>
      <Section id="sessions" title={t.sessionsSection}>
        <p className="mb-4">{t.sessionsIntro}</p>
        <SignOutEverywhereForm />
      </Section>
      <Section id="suppression" title={t.deleteSection}>
        <p className="mb-4">{t.deleteIntro}</p>
        <DeleteAccountForm hasPassword={await hasPassword(user.id)} />
      </Section>
    </>
  );
}
