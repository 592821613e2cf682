import type { ReactNode } from "react";
import { EmptyState } from "./empty-state";

/** The border and padding of every header and data cell of a DataTable. */
export const tableCell = "border-b border-line px-3 py-2 align-top";

export interface DataColumn<Row> {
  /** The column header (`scope="col"`), also the label of the cell when the table is stacked. */
  header: string;
  /** What the row shows in this column. */
  cell: (row: Row) => ReactNode;
  /** Classes added to this column's body cells (not its header). */
  className?: string;
  /** This column's cell is the row's header (`<th scope="row">`): the row's name for a screen reader. */
  rowHeader?: boolean;
  /**
   * Stacked tables only: show the header above the cell under 768 px (default). `false` for cells
   * that name themselves, such as buttons whose accessible names already say what they act on.
   */
  stackedLabel?: boolean;
}

/** A column left out of the table, e.g. `canManage && actionsColumn`. */
type MaybeColumn<Row> = DataColumn<Row> | false | null | undefined;

export function visibleColumns<Row>(columns: readonly MaybeColumn<Row>[]): DataColumn<Row>[] {
  return columns.filter((column): column is DataColumn<Row> => Boolean(column));
}

/**
 * A table named by its caption (hidden unless `captionVisible`), in a frame named by that caption
 * and focusable, so that keyboard users can scroll it sideways on a narrow screen.
 *
 * `stacked`: under 768 px each row becomes a card instead (the `stacked-table` rules of
 * app/globals.css): its row header on top, then each cell under its column's name, so that nothing
 * scrolls sideways from 320 px. The name is hidden from assistive technologies, which already read
 * each cell with its column header.
 *
 * `empty`: with no rows, an EmptyState with this title instead of the table; without it, the table
 * is shown with its headers only.
 */
export function DataTable<Row>({
  id,
  caption,
  captionVisible = false,
  columns,
  rows,
  rowKey,
  stacked = false,
  empty,
  className = "",
}: {
  /** The caption's id, which also names the frame (`aria-labelledby`); unique on the page. */
  id: string;
  caption: string;
  captionVisible?: boolean;
  columns: readonly MaybeColumn<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string | number;
  stacked?: boolean;
  empty?: string;
  /** Classes added to the frame, such as a top margin. */
  className?: string;
}) {
  if (rows.length === 0 && empty !== undefined) return <EmptyState title={empty} />;
  const shown = visibleColumns(columns);
  return (
    <div role="region" aria-labelledby={id} tabIndex={0} className={`overflow-x-auto rounded-lg border border-line ${className}`.trim()}>
      <table className={`${stacked ? "stacked-table " : ""}w-full border-collapse text-left`}>
        <caption id={id} className={captionVisible ? "px-3 py-2 text-left font-semibold" : "sr-only"}>
          {caption}
        </caption>
        <thead className="bg-surface">
          <tr>
            {shown.map((column) => (
              <th key={column.header} scope="col" className={tableCell}>
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)}>
              {shown.map((column) => (
                <BodyCell key={column.header} column={column} row={row} stacked={stacked} />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function BodyCell<Row>({ column, row, stacked }: { column: DataColumn<Row>; row: Row; stacked: boolean }) {
  if (column.rowHeader) {
    return (
      <th scope="row" className={`${tableCell} font-semibold ${column.className ?? ""}`.trim()}>
        {column.cell(row)}
      </th>
    );
  }
  return (
    <td className={`${tableCell} ${column.className ?? ""}`.trim()}>
      {stacked && column.stackedLabel !== false ? (
        <span aria-hidden="true" className="block text-sm font-semibold text-muted md:hidden">
          {column.header}
        </span>
      ) : null}
      {column.cell(row)}
    </td>
  );
}
