import type { Metadata } from "next";
import { AcceptInvitationForm } from "@/components/organisations/invitation-forms";
import { InvitationSummary } from "@/components/organisations/invitation-summary";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { getCurrentUser } from "@/lib/auth/session";
import { labels } from "@/lib/labels";
import { sameEmail } from "@/lib/organisations/organisations";
import { getInvitationPreview } from "@/lib/organisations/organisations.queries";
import { paths } from "@/lib/paths";

const t = labels.organisations.invitation;
const m = labels.organisations.messages;

// The link carries a secret: keep the page out of search engines.
export const metadata: Metadata = { title: t.title, robots: { index: false, follow: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const closedMessages = { expired: m.invitationExpired, revoked: m.invitationRevoked, accepted: m.invitationAccepted } as const;

function Notice({ children }: { children: string }) {
  return <p className="mb-6 max-w-3xl rounded-md border-l-4 border-odd17 bg-odd17-light p-4 font-semibold">{children}</p>;
}

/**
 * The page an invitation e-mail links to. Opening it (GET) never uses the invitation up — mail
 * scanners follow links — accepting is the POST form, for the signed-in invitee only.
 */
export default async function InvitationPage({ searchParams }: Props) {
  const raw = (await searchParams).token;
  const token = typeof raw === "string" ? raw : "";
  const [preview, user] = await Promise.all([getInvitationPreview(token), getCurrentUser()]);
  const back = user ? { href: paths.workspace(), label: t.backToWorkspace } : { href: paths.home(), label: labels.errors.backHome };

  if (preview.state === "invalid") {
    return (
      <>
        <PageHeader title={t.invalidHeading} />
        <Notice>{m.invitationInvalid}</Notice>
        <ButtonLink href={back.href}>{back.label}</ButtonLink>
      </>
    );
  }

  const role = labels.organisations.roles[preview.role];
  const header = (
    <PageHeader title={t.heading(preview.organisationName)}>
      <p>{t.intro(preview.organisationName, role)}</p>
      <p className="mt-2">{t.addressedTo(preview.email)}</p>
    </PageHeader>
  );
  // Who invites and what the organisation is, before accepting (only while it can be accepted).
  const summary = <InvitationSummary invitation={preview} />;

  if (preview.state !== "valid") {
    return (
      <>
        {header}
        <Notice>{closedMessages[preview.state]}</Notice>
        <ButtonLink href={back.href}>{back.label}</ButtonLink>
      </>
    );
  }

  if (!user) {
    return (
      <>
        {header}
        {summary}
        <p className="mb-6 max-w-3xl">{t.signedOut}</p>
        <div className="flex flex-wrap gap-4">
          <ButtonLink href={paths.signIn({ callbackUrl: paths.invitation(token) })}>{t.signIn}</ButtonLink>
          <ButtonLink href={paths.signUp({ callbackUrl: paths.invitation(token) })} variant="secondary">
            {t.signUp}
          </ButtonLink>
        </div>
      </>
    );
  }

  return (
    <>
      {header}
      {summary}
      <p className="mb-6">{t.signedInAs(user.email)}</p>
      {sameEmail(user.email, preview.email) ? (
        <AcceptInvitationForm token={token} />
      ) : (
        <>
          <Notice>{m.invitationWrongEmail(preview.email)}</Notice>
          <ButtonLink href={back.href}>{back.label}</ButtonLink>
        </>
      )}
    </>
  );
}
