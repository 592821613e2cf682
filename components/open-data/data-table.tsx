import type { ReactNode } from "react";

const cell = "border-b border-line px-3 py-2 align-top";

/** A captioned table that scrolls sideways on narrow screens, focusable so keyboards can scroll it. */
export function DataTable({ id, caption, visibleCaption = false, columns, rows }: { id: string; caption: string; visibleCaption?: boolean; columns: string[]; rows: { key: string; cells: ReactNode[] }[] }) {
  return (
    <div role="region" aria-labelledby={id} tabIndex={0} className="mt-3 overflow-x-auto rounded-lg border border-line">
      <table className="w-full border-collapse text-left">
        <caption id={id} className={visibleCaption ? "px-3 py-2 text-left font-semibold" : "sr-only"}>
          {caption}
        </caption>
        <thead className="bg-surface">
          <tr>
            {columns.map((column) => (
              <th key={column} scope="col" className={cell}>
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              {row.cells.map((content, index) =>
                index === 0 ? (
                  <th key={index} scope="row" className={`${cell} font-semibold`}>
                    {content}
                  </th>
                ) : (
                  <td key={index} className={cell}>
                    {content}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
