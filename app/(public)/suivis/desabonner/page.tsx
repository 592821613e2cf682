import type { Metadata } from "next";
import { UnsubscribeForm } from "@/components/follows/unsubscribe-form";
import { PageHeader } from "@/components/ui/page-header";
import { followsCopy as c } from "@/lib/copy/follows";
import { getFollowByToken } from "@/lib/follows/follows.queries";

// The link carries a secret: keep the page out of search engines.
export const metadata: Metadata = { title: c.unsubscribe.title, robots: { index: false, follow: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * Where a follow e-mail's « ne plus recevoir » link leads. Opening it (GET) changes nothing — mail
 * scanners follow links — the button (POST) does, with the token alone: no sign-in needed.
 */
export default async function UnsubscribePage({ searchParams }: Props) {
  const raw = (await searchParams).token;
  const token = typeof raw === "string" ? raw : "";
  const follow = token ? await getFollowByToken(token) : null;
  return (
    <>
      <PageHeader title={c.unsubscribe.title} />
      {follow ? (
        <>
          <p className="mb-6 max-w-3xl">{c.unsubscribe.intro(follow.label)}</p>
          <UnsubscribeForm token={token} />
        </>
      ) : (
        <p className="mb-6 max-w-3xl rounded-md border-l-4 border-odd17 bg-odd17-light p-4 font-semibold">{c.unsubscribe.unknown}</p>
      )}
    </>
  );
}
