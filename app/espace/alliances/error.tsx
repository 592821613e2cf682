"use client";

import Link from "next/link";
import { useEffect } from "react";
import { Button } from "@/components/ui/button";
import { labels } from "@/lib/labels";
import { paths } from "@/lib/paths";

/** A failure of an alliances workspace page: the generic French message and the way back to the workspace. */
export default function AlliancesWorkspaceError({ error, retry }: { error: unknown; retry: () => void }) {
  useEffect(() => {
    // The server has logged the error with its stack; this only helps while developing.
    console.error(error);
  }, [error]);
  const digest = error instanceof Error && "digest" in error && typeof error.digest === "string" ? error.digest : undefined;

  return (
    <div className="max-w-3xl">
      <title>{`${labels.errors.genericTitle} — ${labels.site.name}`}</title>
      <h1 className="text-3xl font-bold sm:text-4xl">{labels.errors.genericHeading}</h1>
      <p className="mt-4 text-lg text-muted">{labels.errors.genericText}</p>
      {digest ? <p className="mt-2 text-sm text-muted">{labels.errors.reference(digest)}</p> : null}
      <div className="mt-6 flex flex-wrap items-center gap-4">
        <Button onClick={() => retry()}>{labels.errors.retry}</Button>
        <Link href={paths.workspace()}>{labels.organisations.workspace}</Link>
      </div>
    </div>
  );
}
