"use client";
// The progress of an import the worker is writing: a polite live region that says the lines done
// out of the total, and a refresh of the page every few seconds (the server renders the import's
// row again). Rendered only while the import is queued or running: once the page comes back with
// its report or its failure, this component is gone and the refreshing stops with it.
import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { adminImportsCopy } from "@/lib/copy/admin-imports";

const t = adminImportsCopy;
const REFRESH_MS = 1500;

export function OrganisationImportProgress({ queued, linesDone, linesTotal }: { queued: boolean; linesDone: number; linesTotal: number }) {
  const router = useRouter();
  useEffect(() => {
    const timer = window.setInterval(() => router.refresh(), REFRESH_MS);
    return () => window.clearInterval(timer);
  }, [router]);
  return (
    <div className="mb-6 max-w-2xl">
      <progress className="mb-2 h-3 w-full" max={Math.max(linesTotal, 1)} value={queued ? undefined : linesDone} aria-label={t.progressLabel} />
      <p role="status" aria-live="polite" className="font-semibold">
        {queued ? t.queued : t.progress(linesDone, linesTotal)}
      </p>
    </div>
  );
}
