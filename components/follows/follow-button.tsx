"use client";
// « Suivre » on public pages. Those pages are cached for every visitor, so whether the visitor is
// signed in is read on the client (visitor context): signed in, a one-click form; otherwise a
// link to the sign-in page that comes back here. Following twice is harmless (one follow).
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useActionState } from "react";
import { ActionForm } from "@/components/forms/action-form";
import { FormOutcome } from "@/components/forms/form-outcome";
import { SubmitButton } from "@/components/forms/submit-button";
import { useVisitor } from "@/components/layout/visitor-context";
import { initialActionState } from "@/lib/action-state";
import { followsCopy as c } from "@/lib/copy/follows";
import { followSearchAction, followTargetAction } from "@/lib/follows/follows.actions";
import { paths } from "@/lib/paths";

function SignInToFollow({ query }: { query?: string }) {
  const pathname = usePathname();
  return (
    <p className="my-3 text-sm">
      <Link href={paths.signIn({ callbackUrl: query ? `${pathname}?${query}` : pathname })}>{c.button.signIn}</Link>
    </p>
  );
}

function Outcome({ state }: { state: typeof initialActionState }) {
  return (
    <>
      <FormOutcome state={state} variant="row" />
      {state.status === "success" ? (
        <p className="mt-1 text-sm">
          <Link href={paths.follows()}>{c.button.manage}</Link>
        </p>
      ) : null}
    </>
  );
}

/** Follows the directory search the page shows; `query` is its query string without "?". */
export function FollowSearchButton({ directory, query }: { directory: "acteurs" | "alliances"; query: string }) {
  const { visitor } = useVisitor();
  const [state, action] = useActionState(followSearchAction, initialActionState);
  if (!visitor?.signedIn) return <SignInToFollow query={query} />;
  return (
    <ActionForm action={action} state={state} formId="follow.search" outcome="none" className="my-3">
      <input type="hidden" name="directory" value={directory} />
      <input type="hidden" name="query" value={query} />
      <SubmitButton variant="secondary">{c.button.followSearch}</SubmitButton>
      <Outcome state={state} />
    </ActionForm>
  );
}

const targetLabels = { territory: c.button.followTerritory, actor: c.button.followActor, alliance: c.button.followAlliance } as const;

/** Follows a territory, an organisation or an alliance from its page. */
export function FollowTargetButton({ target, id }: { target: keyof typeof targetLabels; id: string }) {
  const { visitor } = useVisitor();
  const [state, action] = useActionState(followTargetAction, initialActionState);
  if (!visitor?.signedIn) return <SignInToFollow />;
  return (
    <ActionForm
      action={action}
      state={state}
      formId={target === "territory" ? "follow.territory" : target === "actor" ? "follow.actor" : "follow.alliance"}
      outcome="none"
      className="my-3"
    >
      <input type="hidden" name="target" value={target} />
      <input type="hidden" name="id" value={id} />
      <SubmitButton variant="secondary">{targetLabels[target]}</SubmitButton>
      <Outcome state={state} />
    </ActionForm>
  );
}
