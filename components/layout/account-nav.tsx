"use client";
import Link from "next/link";
import { AnonymousLinks, SignedInLinks, accountLinkClasses, accountListClasses } from "@/components/layout/account-links";
import { useVisitor } from "@/components/layout/visitor-context";
import { ANONYMOUS } from "@/lib/auth/visitor";
import { siteLabels } from "@/lib/copy/site";
import { paths } from "@/lib/paths";

const t = siteLabels.account;

/**
 * The account tools above the header: sign in, or the workspace, back office and sign out.
 * Pages are cached for every visitor, so this is filled in on the client, a few milliseconds
 * after load. Without JavaScript it offers the workspace, which asks anonymous visitors to sign
 * in; the workspace's own pages then show the signed-in tools (components/layout/visitor-sync.tsx).
 */
export function AccountNav() {
  const { visitor, setVisitor } = useVisitor();
  return (
    <nav aria-label={t.accountMenu} className="on-dark min-h-10 bg-odd17-dark text-sm text-white">
      {visitor === null ? (
        <noscript>
          <ul className={accountListClasses}>
            <li>
              <Link href={paths.workspace()} className={accountLinkClasses}>
                {t.workspace}
              </Link>
            </li>
          </ul>
        </noscript>
      ) : (
        <ul className={accountListClasses}>
          {visitor.signedIn ? <SignedInLinks visitor={visitor} onSignOut={() => setVisitor(ANONYMOUS)} /> : <AnonymousLinks />}
        </ul>
      )}
    </nav>
  );
}
