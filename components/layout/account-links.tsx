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

/** Workspace, notifications (with the unread count, spoken), back office for staff, sign out. */
export function SignedInLinks({ visitor, onSignOut }: { visitor: Extract<Visitor, { signedIn: true }>; onSignOut?: () => void }) {
  return (
    <>
      <li>
        <Link href={paths.workspace()} className={accountLinkClasses}>
          {t.workspace}
        </Link>
      </li>
      <li>
        <Link href={paths.notifications()} className={accountLinkClasses} aria-label={t.notificationsBadge(visitor.unread)}>
          {t.notifications}
          {visitor.unread > 0 ? (
            <span aria-hidden="true" className="ml-1.5 inline-block min-w-6 rounded-full bg-white px-1.5 text-center text-xs font-bold text-odd17-dark">
              {visitor.unread > 99 ? "99+" : visitor.unread}
            </span>
          ) : null}
        </Link>
      </li>
      <li>
        <Link href={paths.conversations()} className={accountLinkClasses} aria-label={conversationsCopy.headerBadge(visitor.unreadMessages)}>
          {conversationsCopy.workspaceLink}
          {visitor.unreadMessages > 0 ? (
            <span aria-hidden="true" className="ml-1.5 inline-block min-w-6 rounded-full bg-white px-1.5 text-center text-xs font-bold text-odd17-dark">
              {visitor.unreadMessages > 99 ? "99+" : visitor.unreadMessages}
            </span>
          ) : null}
        </Link>
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
