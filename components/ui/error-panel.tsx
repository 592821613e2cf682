"use client";

import Link from "next/link";
import { useEffect } from "react";
import { Button } from "@/components/ui/button";
import { siteLabels as labels } from "@/lib/copy/site";

function digestOf(error: unknown): string | undefined {
  return error instanceof Error && "digest" in error && typeof error.digest === "string" ? error.digest : undefined;
}

/**
 * What every error.tsx of the site shows: the generic French message (never the error's details),
 * the reference the server logged it under, a retry button and the way back to the section.
 */
export function ErrorPanel({ error, retry, back }: { error: unknown; retry: () => void; back: { href: string; label: string } }) {
  useEffect(() => {
    // The server has logged the error with its stack; this only helps while developing.
    console.error(error);
  }, [error]);
  const digest = digestOf(error);

  return (
    <div className="max-w-3xl">
      <title>{`${labels.errors.genericTitle} — ${labels.site.name}`}</title>
      <h1 className="text-3xl font-bold sm:text-4xl">{labels.errors.genericHeading}</h1>
      <p className="mt-4 text-lg text-muted">{labels.errors.genericText}</p>
      {digest ? <p className="mt-2 text-sm text-muted">{labels.errors.reference(digest)}</p> : null}
      <div className="mt-6 flex flex-wrap items-center gap-4">
        <Button onClick={() => retry()}>{labels.errors.retry}</Button>
        <Link href={back.href}>{back.label}</Link>
      </div>
    </div>
  );
}
