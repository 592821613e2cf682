import Link from "next/link";
import { NotificationsBadge } from "@/components/notifications/notifications-badge";
import { signOutAction } from "@/lib/accounts/accounts.actions";
import { getVisitorUser } from "@/lib/auth/session";
import { labels } from "@/lib/labels";
import { paths } from "@/lib/paths";

const t = labels.accounts.header;
const linkClasses = "rounded-md px-2 py-1 font-semibold text-white underline-offset-4 hover:underline";

/** The account tools above the header: sign in, or the workspace, back office and sign out. */
export async function AccountNav() {
  const user = await getVisitorUser();
  return (
    <nav aria-label={t.accountMenu} className="on-dark bg-odd17-dark text-sm text-white">
      <ul className="mx-auto flex w-full max-w-6xl flex-wrap items-center justify-end gap-x-3 gap-y-1 px-4 py-1.5">
        {user ? (
          <>
            <li>
              <Link href={paths.workspace()} className={linkClasses}>
                {t.workspace}
              </Link>
            </li>
            <li>
              <NotificationsBadge userId={user.id} className={linkClasses} />
            </li>
            {user.platformRole !== "USER" ? (
              <li>
                <Link href={paths.admin()} className={linkClasses}>
                  {t.admin}
                </Link>
              </li>
            ) : null}
            <li>
              <form action={signOutAction}>
                <button type="submit" className={`${linkClasses} cursor-pointer underline`}>
                  {t.signOut}
                </button>
              </form>
            </li>
          </>
        ) : (
          <>
            <li>
              <Link href={paths.signIn()} className={linkClasses}>
                {t.signIn}
              </Link>
            </li>
            <li>
              <Link href={paths.signUp()} className={linkClasses}>
                {t.signUp}
              </Link>
            </li>
          </>
        )}
      </ul>
    </nav>
  );
}
