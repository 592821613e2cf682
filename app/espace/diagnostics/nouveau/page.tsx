import type { Metadata } from "next";
import { DiagnosticStartForm, type TerritoryChoice } from "@/components/diagnostics/diagnostic-start-form";
import { TextField } from "@/components/forms/field";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { diagnosticsCopy } from "@/lib/copy/diagnostics";
import { listStartOrganisations } from "@/lib/diagnostics/diagnostics.queries";
import { parseTerritoryRef } from "@/lib/diagnostics/diagnostics.schemas";
import { toTerritoryParam } from "@/lib/directory/directory";
import { resolveTerritory } from "@/lib/directory/territory-choice.queries";
import { labels } from "@/lib/labels";
import { paths } from "@/lib/paths";
import { kindToSlug } from "@/lib/territories/territories";
import { searchTerritories } from "@/lib/territories/territory-search.queries";
import { searchQuerySchema } from "@/lib/territories/territories.schemas";

const t = diagnosticsCopy.start;
const RESULT_COUNT = 10;

export const metadata: Metadata = { title: t.title };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function NewDiagnosticPage({ searchParams }: Props) {
  const user = await requireUser();
  const raw = await searchParams;
  const q = searchQuerySchema.parse(raw.q);
  const ref = parseTerritoryRef(raw.territoire);
  const [organisations, preselected, found] = await Promise.all([
    listStartOrganisations(user.id),
    ref ? resolveTerritory(ref.kind, ref.code) : null,
    q ? searchTerritories({ q, page: 1, pageSize: RESULT_COUNT, count: false }) : null,
  ]);

  const choices: TerritoryChoice[] = [];
  if (preselected) {
    choices.push({
      id: preselected.id,
      label: preselected.name,
      detail: [labels.territoryKinds[preselected.kind].label, preselected.code, preselected.departementName].filter(Boolean).join(" · "),
    });
  }
  for (const item of found?.items ?? []) {
    if (item.id === preselected?.id) continue;
    const formerly = item.formerMatch ? labels.territories.formerly(item.formerMatch) : null;
    choices.push({
      id: item.id,
      label: item.name,
      detail: [labels.territoryKinds[item.kind].label, item.code, item.departement?.name, formerly].filter(Boolean).join(" · "),
    });
  }

  return (
    <>
      <Breadcrumbs
        items={[
          { label: labels.breadcrumbs.home, href: paths.home() },
          { label: diagnosticsCopy.workspace, href: paths.workspace() },
          { label: diagnosticsCopy.list.title, href: paths.diagnostics() },
        ]}
        current={t.title}
      />
      <PageHeader title={t.title}>
        <p>{t.intro}</p>
      </PageHeader>
      {organisations.length === 0 ? (
        <div className="max-w-3xl">
          <p className="mb-4">{t.noOrganisation}</p>
          <ButtonLink href={paths.organisationNew()}>{t.createOrganisation}</ButtonLink>
        </div>
      ) : (
        <DiagnosticStartForm
          organisations={organisations}
          territories={choices}
          preselected={preselected?.id ?? (choices.length === 1 ? choices[0].id : null)}
          preselectedChoice={
            preselected
              ? {
                  param: toTerritoryParam(preselected),
                  name: preselected.name,
                  kindLabel: labels.territoryKinds[preselected.kind].label,
                  context: preselected.departementName ?? "",
                }
              : null
          }
          query={q}
          fallbackSearch={
            <>
              <form
                method="get"
                action={paths.diagnosticNew()}
                role="search"
                aria-label={t.searchLabel}
                className="mb-6 flex max-w-3xl flex-wrap items-end gap-4"
              >
                {ref ? <input type="hidden" name="territoire" value={`${kindToSlug(ref.kind)}:${ref.code}`} /> : null}
                <div className="min-w-64 flex-1">
                  <TextField name="q" label={t.searchLabel} hint={t.searchHint} defaultValue={q} autoComplete="off" maxLength={100} />
                </div>
                <button
                  type="submit"
                  className="mb-5 min-h-11 rounded-md border-2 border-odd17 bg-white px-5 py-2 font-semibold text-odd17 hover:bg-odd17-light"
                >
                  {t.searchSubmit}
                </button>
              </form>
              {q && found?.items.length === 0 ? (
                <p role="status" className="mb-6">
                  {t.noResult(q)}
                </p>
              ) : null}
            </>
          }
        />
      )}
    </>
  );
}
