// Territory suggestions for the directories' autocomplete: GET ?q=… → { items: [...] }.
// Public reference data only; the query is cut and matched like the territory search.
import { NextResponse, type NextRequest } from "next/server";
import { toTerritoryParam } from "@/lib/directory/directory";
import { suggestTerritories } from "@/lib/directory/territory-choice.queries";
import { labels } from "@/lib/labels";
import { searchQuerySchema } from "@/lib/territories/territories.schemas";

export async function GET(request: NextRequest) {
  const q = searchQuerySchema.parse(request.nextUrl.searchParams.get("q") ?? "");
  const suggestions = await suggestTerritories(q);
  const items = suggestions.map((item) => ({
    id: item.id,
    param: toTerritoryParam(item),
    name: item.name,
    kindLabel: labels.territoryKinds[item.kind].label,
    context: item.context,
  }));
  // The reference changes once a year: a short shared cache spares the database on busy days.
  return NextResponse.json({ items }, { headers: { "Cache-Control": "public, max-age=300" } });
}
