import "server-only";
import { SignedInLinks, accountListClasses } from "@/components/layout/account-links";
import { getVisitor } from "@/lib/auth/visitor.queries";
import { VisitorSync } from "./visitor-context";

/**
 * In the workspace and back-office layouts, which know the user: the header learns it from this
 * render (so an action that changes it, like reading notifications, shows at once), and browsers
 * without JavaScript get the signed-in tools here, the header being the same for everyone.
 */
export async function ServerVisitorSync() {
  const visitor = await getVisitor();
  return (
    <>
      <VisitorSync visitor={visitor} />
      {visitor.signedIn ? (
        <noscript>
          <div className="on-dark -mt-8 mb-8 bg-odd17-dark text-sm text-white md:-mt-12">
            <ul className={accountListClasses}>
              <SignedInLinks visitor={visitor} />
            </ul>
          </div>
        </noscript>
      ) : null}
    </>
  );
}
