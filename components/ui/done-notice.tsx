"use client";
// What happened, on the page an action redirected to (a deletion lands on the list, a creation on
// the new item's page): a status message that takes focus and comes into view, like the outcome
// of a form (components/forms/action-form.tsx), since the form that was sent no longer exists.
import { useEffect, useRef } from "react";

/**
 * `clear`: the parameter that carried the message, taken out of the address once shown, on pages
 * where more forms follow (the next refresh of the page then no longer repeats it).
 */
export function DoneNotice({ message, clear }: { message: string; clear?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus({ preventScroll: true });
    ref.current?.scrollIntoView({ block: "center", behavior: "instant" as ScrollBehavior });
    if (clear) {
      const url = new URL(window.location.href);
      url.searchParams.delete(clear);
      window.history.replaceState(window.history.state, "", url);
    }
  }, [message, clear]);
  return (
    <div ref={ref} tabIndex={-1} role="status" className="mb-6 rounded-md border-l-4 border-green-700 bg-green-50 p-4 text-green-900 outline-offset-4">
      <p className="font-semibold">{message}</p>
    </div>
  );
}
