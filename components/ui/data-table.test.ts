// DataTable rendered to HTML on the server, as the pages render it: the table's structure is what
// the e2e specs and screen readers rely on (caption, column headers, row headers, cell labels).
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { DataTable, visibleColumns, type DataColumn } from "./data-table";

type Kit = { id: string; title: string; version: number };

const kits: Kit[] = [
  { id: "k1", title: "Kit <un>", version: 1 },
  { id: "k2", title: "Kit deux", version: 3 },
];

const columns: DataColumn<Kit>[] = [
  { header: "Version", className: "tabular-nums", cell: (kit) => kit.version },
  { header: "Titre", rowHeader: true, cell: (kit) => kit.title },
  { header: "Actions", stackedLabel: false, cell: (kit) => createElement("button", { type: "button" }, `Ouvrir ${kit.id}`) },
];

function render(props: Partial<Parameters<typeof DataTable<Kit>>[0]> = {}): string {
  return renderToStaticMarkup(
    createElement(DataTable<Kit>, { id: "kits-legende", caption: "Les kits", columns, rows: kits, rowKey: (kit) => kit.id, ...props }),
  );
}

/** The HTML of the body rows, one string each. */
function bodyRows(html: string): string[] {
  const body = html.slice(html.indexOf("<tbody>"), html.indexOf("</tbody>"));
  return body.split("<tr>").slice(1);
}

describe("DataTable", () => {
  it("names the scrolling frame by the caption, hidden by default", () => {
    const html = render();
    expect(html).toMatch(/^<div role="region" aria-labelledby="kits-legende" tabindex="0" class="overflow-x-auto rounded-lg border border-line">/);
    expect(html).toContain('<caption id="kits-legende" class="sr-only">Les kits</caption>');
  });

  it("shows the caption when asked, and adds the frame's classes", () => {
    const html = render({ captionVisible: true, className: "mt-3" });
    expect(html).toContain('<caption id="kits-legende" class="px-3 py-2 text-left font-semibold">Les kits</caption>');
    expect(html).toContain('class="overflow-x-auto rounded-lg border border-line mt-3"');
  });

  it("gives every column a header with scope col, in order", () => {
    const headers = [...render().matchAll(/<th scope="col"[^>]*>([^<]*)<\/th>/g)].map((match) => match[1]);
    expect(headers).toEqual(["Version", "Titre", "Actions"]);
  });

  it("renders one row per item, the row-header column as th scope row, the others as td with their classes", () => {
    const rows = bodyRows(render());
    expect(rows).toHaveLength(2);
    expect(rows[0]).toContain('<td class="border-b border-line px-3 py-2 align-top tabular-nums">1</td>');
    expect(rows[0]).toContain('<th scope="row" class="border-b border-line px-3 py-2 align-top font-semibold">Kit &lt;un&gt;</th>');
    expect(rows[1]).toContain("Ouvrir k2");
  });

  it("labels each data cell with its column's name only when stacked, hidden from assistive technologies", () => {
    expect(render()).not.toContain("stacked-table");
    expect(render()).not.toContain("aria-hidden");
    const html = render({ stacked: true });
    expect(html).toContain('<table class="stacked-table w-full border-collapse text-left">');
    const [first] = bodyRows(html);
    const labels = [...first.matchAll(/<span aria-hidden="true"[^>]*>([^<]*)<\/span>/g)].map((match) => match[1]);
    // Not the row header (it heads the card), not the action cell (its buttons name themselves).
    expect(labels).toEqual(["Version"]);
  });

  it("shows the empty state instead of the table when there are no rows and it has one", () => {
    const html = render({ rows: [], empty: "Aucun kit." });
    expect(html).not.toContain("<table");
    expect(html).toContain("Aucun kit.");
  });

  it("keeps the table, headers only, when there are no rows and no empty state", () => {
    const html = render({ rows: [] });
    expect(html).toContain("<thead");
    expect(bodyRows(html)).toHaveLength(0);
  });

  it("leaves out columns given as false", () => {
    const canManage = false;
    expect(visibleColumns<Kit>([columns[0], canManage && columns[2], null]).map((column) => column.header)).toEqual(["Version"]);
    const html = render({ columns: [columns[1], canManage && columns[2]] });
    expect(html).not.toContain("Actions");
  });
});
