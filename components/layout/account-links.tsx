// The links of the account menu, without state: rendered by the header on the client
// (account-nav.tsx) and, for browsers without JavaScript, by the workspace's layouts on the server.
import Link from "next/link";
import { signOutAction } from "@/lib/accounts/accounts.actions";
import type { Visitor } from "@/lib/auth/visitor";
import { conversationsCopy } from "@/lib/copy/conversations";
import { siteLabels } from "@/lib/copy/site";
import { paths } from "@/lib/paths";

const t = siteLabels.account;
export const accountLinkClasses = "rounded-md px-2 py-1 font-semibold text-white underline-offset-4 hover:underline";
export const accountListClasses = "mx-auto flex w-full max-w-6xl flex-wrap items-center justify-end gap-x-3 gap-y-1 px-4 py-1.5";

export function AnonymousLinks() {
  return (
    <>
      <li>
        <Link href={paths.signIn()} className={accountLinkClasses}>
          {t.signIn}
        </Link>
      </li>
      <li>
        <Link href={paths.signUp()} className={accountLinkClasses}>
          {t.signUp}
        </Link>
      </li>
    </>
  );
}

/** A link with its unread count: shown as a badge, spoken through the link's name (`spoken`). */
function CountLink({ href, label, spoken, count }: { href: string; label: string; spoken: string; count: number }) {
  return (
    <Link href={href} className={accountLinkClasses} aria-label={spoken}>
      {label}
      {count > 0 ? (
        <span aria-hidden="true" className="ml-1.5 inline-block min-w-6 rounded-full bg-white px-1.5 text-center text-xs font-bold text-odd17-dark">
          {count > 99 ? "99+" : count}
        </span>
      ) : null}
    </Link>
  );
}

/** Workspace, notifications and messages (with their unread counts, spoken), back office for staff, sign out. */
export function SignedInLinks({ visitor, onSignOut }: { visitor: Extract<Visitor, { signedIn: true }>; onSignOut?: () => void }) {
  return (
    <>
      <li>
        <Link href={paths.workspace()} className={accountLinkClasses}>
          {t.workspace}
        </Link>
      </li>
      <li>
        <CountLink href={paths.notifications()} label={t.notifications} spoken={t.notificationsBadge(visitor.unread)} count={visitor.unread} />
      </li>
      <li>
        <CountLink
          href={paths.conversations()}
          label={conversationsCopy.workspaceLink}
          spoken={conversationsCopy.headerBadge(visitor.unreadMessages)}
          count={visitor.unreadMessages}
        />
      </li>
      {visitor.staff ? (
        <li>
          <Link href={paths.admin()} className={accountLinkClasses}>
            {t.admin}
          </Link>
        </li>
      ) : null}
      <li>
        <form action={signOutAction} onSubmit={onSignOut}>
          <button type="submit" className={`${accountLinkClasses} cursor-pointer underline`}>
            {t.signOut}
          </button>
        </form>
      </li>
    </>
  );
}
