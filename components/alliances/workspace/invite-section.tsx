// The lead's invitation: a GET search among published organisations (forms cannot nest, so it
// sits above the invitation form), then the results as choices in the invitation form.
import { TextField } from "@/components/forms/field";
import { alliancesWorkspaceCopy } from "@/lib/copy/alliances-workspace";
import { paths } from "@/lib/paths";
import { InviteForm } from "./partner-forms";

const t = alliancesWorkspaceCopy.invite;

export function InviteSection({ id, q, candidates }: { id: string; q: string; candidates: { id: string; name: string; kindLabel: string }[] }) {
  return (
    <>
      <form method="get" action={`${paths.workspaceAlliance(id)}#inviter`} role="search" aria-label={t.search} className="mb-6 flex flex-wrap items-end gap-4">
        <div className="min-w-64 flex-1">
          <TextField id="recherche-organisation" name="q" label={t.search} hint={t.searchHint} defaultValue={q} autoComplete="off" maxLength={100} />
        </div>
        <button type="submit" className="mb-5 min-h-11 rounded-md border-2 border-odd17 bg-white px-5 py-2 font-semibold text-odd17 hover:bg-odd17-light">
          {t.searchSubmit}
        </button>
      </form>
      {q && candidates.length === 0 ? <p role="status">{t.noResult(q)}</p> : null}
      {candidates.length > 0 ? <InviteForm id={id} candidates={candidates} /> : null}
    </>
  );
}
