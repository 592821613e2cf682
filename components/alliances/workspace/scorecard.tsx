// The partners' ratings side by side, with the dimensions they diverge on called out above the
// table (divergence is what the partners should talk about).
import { EmptyState } from "@/components/ui/empty-state";
import { SCORE_DIMENSIONS, divergentDimensions } from "@/lib/alliances/scorecard";
import type { WorkspaceAllianceView } from "@/lib/alliances/workspace.queries";
import { alliancesWorkspaceCopy } from "@/lib/copy/alliances-workspace";

const t = alliancesWorkspaceCopy.scorecard;

export function Scorecard({ ratings }: { ratings: WorkspaceAllianceView["ratings"] }) {
  if (ratings.length === 0) return <EmptyState title={t.empty} />;
  const divergent = divergentDimensions(ratings);
  return (
    <>
      {ratings.length > 1 ? (
        divergent.length > 0 ? (
          <ul className="mb-4 space-y-2">
            {divergent.map((dimension) => (
              <li key={dimension} className="rounded-md border-l-4 border-amber-700 bg-amber-50 p-3 font-semibold text-amber-950">
                {t.diverge(dimension)}
              </li>
            ))}
          </ul>
        ) : (
          <p className="mb-4">{t.agree}</p>
        )
      ) : null}
      <div className="overflow-x-auto">
        <table className="w-full border-collapse text-left">
          <caption className="mb-2 text-left font-semibold">{t.caption}</caption>
          <thead>
            <tr className="border-b-2 border-line">
              <th scope="col" className="py-2 pr-4">
                {t.partner}
              </th>
              {SCORE_DIMENSIONS.map((dimension) => (
                <th key={dimension} scope="col" className={`py-2 pr-4 ${divergent.includes(dimension) ? "bg-amber-50" : ""}`}>
                  {t.dimensions[dimension]}
                </th>
              ))}
              <th scope="col" className="py-2">
                {t.comment}
              </th>
            </tr>
          </thead>
          <tbody>
            {ratings.map((rating) => (
              <tr key={rating.actorId} className="border-b border-line align-top">
                <th scope="row" className="py-2 pr-4">
                  {rating.actorName}
                  {rating.raterName ? <span className="block text-sm font-normal text-muted">{t.ratedBy(rating.raterName)}</span> : null}
                </th>
                {SCORE_DIMENSIONS.map((dimension) => (
                  <td key={dimension} className={`py-2 pr-4 ${divergent.includes(dimension) ? "bg-amber-50 font-semibold" : ""}`}>
                    {rating[dimension]}
                  </td>
                ))}
                <td className="py-2 whitespace-pre-line">{rating.comment}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
