"use client";
import { usePathname } from "next/navigation";
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from "react";
import { paths } from "@/lib/paths";
import { ANONYMOUS, parseVisitor, sameVisitor, type Visitor } from "@/lib/auth/visitor";

type VisitorContextValue = { visitor: Visitor | null; setVisitor: (visitor: Visitor) => void };

const VisitorContext = createContext<VisitorContextValue>({ visitor: null, setVisitor: () => {} });

/**
 * Who is visiting, for the parts of the page that differ per visitor (account menu, contact
 * form). Pages themselves are cached and the same for everyone, so this is asked of
 * /api/visiteur after each navigation (signing in or out always navigates). `null` while unknown.
 */
export function VisitorProvider({ children }: { children: ReactNode }) {
  const pathname = usePathname();
  const [visitor, setState] = useState<Visitor | null>(null);
  const setVisitor = useCallback((next: Visitor) => setState((current) => (sameVisitor(current, next) ? current : next)), []);

  useEffect(() => {
    const controller = new AbortController();
    fetch(paths.visitor(), { cache: "no-store", signal: controller.signal })
      .then((response) => (response.ok ? response.json() : null))
      .then((json) => {
        const parsed = parseVisitor(json);
        if (parsed) setVisitor(parsed);
      })
      // Offline or aborted by the next navigation: the menu keeps what it knew.
      .catch(() => {});
    return () => controller.abort();
  }, [pathname, setVisitor]);

  const value = useMemo(() => ({ visitor, setVisitor }), [visitor, setVisitor]);
  return <VisitorContext value={value}>{children}</VisitorContext>;
}

export function useVisitor(): VisitorContextValue {
  return useContext(VisitorContext);
}

/**
 * Rendered by the workspace and back-office layouts, which know the user already: their state is
 * pushed to the header on every render, so an action that changes it (reading notifications)
 * shows at once, without another request.
 */
export function VisitorSync({ visitor }: { visitor: Visitor }) {
  const { setVisitor } = useVisitor();
  const signedIn = visitor.signedIn;
  const staff = visitor.signedIn && visitor.staff;
  const unread = visitor.signedIn ? visitor.unread : 0;
  const unreadMessages = visitor.signedIn ? visitor.unreadMessages : 0;
  useEffect(() => {
    setVisitor(signedIn ? { signedIn, staff, unread, unreadMessages } : ANONYMOUS);
  }, [setVisitor, signedIn, staff, unread, unreadMessages]);
  return null;
}
