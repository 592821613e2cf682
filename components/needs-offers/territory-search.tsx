// The GET search that lists territories for the need/offer form below it (forms cannot nest).
// Hidden fields carry the page's other parameters (the chosen organisation) across searches.
import { TextField } from "@/components/forms/field";
import { needsOffersCopy } from "@/lib/copy/needs-offers";

const t = needsOffersCopy.form;

export function TerritorySearch({ action, q, hidden = {}, noResult }: { action: string; q: string; hidden?: Record<string, string | undefined>; noResult: boolean }) {
  return (
    <>
      <h2 className="mb-4 text-2xl font-bold">{t.searchHeading}</h2>
      <form method="get" action={action} role="search" aria-label={t.searchLabel} className="mb-6 flex max-w-3xl flex-wrap items-end gap-4">
        {Object.entries(hidden).map(([name, value]) => (value ? <input key={name} type="hidden" name={name} value={value} /> : null))}
        <div className="min-w-64 flex-1">
          <TextField name="q" label={t.searchLabel} hint={t.searchHint} defaultValue={q} autoComplete="off" maxLength={100} />
        </div>
        <button type="submit" className="mb-5 min-h-11 rounded-md border-2 border-odd17 bg-white px-5 py-2 font-semibold text-odd17 hover:bg-odd17-light">
          {t.searchSubmit}
        </button>
      </form>
      {noResult ? (
        <p role="status" className="mb-6">
          {t.noResult(q)}
        </p>
      ) : null}
    </>
  );
}
