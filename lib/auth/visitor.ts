// What the header and the contact form need to know of the visitor, as the browser receives it.
// Public pages are cached and identical for everyone, so they learn this on the client
// (GET /api/visiteur, or from the workspace's own layouts), never while rendering. Pure: no
// server code, imported by client components.

/** `unread`: notifications not read; `unreadMessages`: partners' messages not read (lib/conversations). */
export type Visitor = { signedIn: false } | { signedIn: true; staff: boolean; unread: number; unreadMessages: number };

export const ANONYMOUS: Visitor = { signedIn: false };

/** The JSON of /api/visiteur, checked: anything else is treated as "not known". */
export function parseVisitor(value: unknown): Visitor | null {
  if (!value || typeof value !== "object") return null;
  const v = value as Record<string, unknown>;
  if (v.signedIn === false) return ANONYMOUS;
  const count = (n: unknown) => Number.isInteger(n) && (n as number) >= 0;
  if (v.signedIn !== true || typeof v.staff !== "boolean" || !count(v.unread) || !count(v.unreadMessages)) return null;
  return { signedIn: true, staff: v.staff, unread: v.unread as number, unreadMessages: v.unreadMessages as number };
}

/** Same visitor, to skip a state update (and a re-render of the header) when nothing changed. */
export function sameVisitor(a: Visitor | null, b: Visitor | null): boolean {
  if (a === null || b === null) return a === b;
  if (!a.signedIn || !b.signedIn) return a.signedIn === b.signedIn;
  return a.staff === b.staff && a.unread === b.unread && a.unreadMessages === b.unreadMessages;
}
