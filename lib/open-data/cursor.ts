// Opaque cursors of the open data API: the sort key of the last row of a page, as base64url JSON.
// Keyset pagination ("after this key") rather than OFFSET: a row added while a client walks a
// collection never shifts the rows after it, so a walk has neither duplicates nor gaps.
// Pure, unit-tested in cursor.test.ts.

export type CursorKey = readonly (string | number)[];

const MAX_CURSOR_LENGTH = 400;

export function encodeCursor(key: CursorKey): string {
  return Buffer.from(JSON.stringify(key), "utf8").toString("base64url");
}

/**
 * The key inside a cursor, when it has the expected shape ("s" string, "n" integer, e.g. "sn");
 * null for anything else, which the API answers with 400 naming `cursor`.
 */
export function decodeCursor(cursor: string, shape: string): (string | number)[] | null {
  if (cursor.length === 0 || cursor.length > MAX_CURSOR_LENGTH || !/^[A-Za-z0-9_-]+$/.test(cursor)) return null;
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    return null;
  }
  if (!Array.isArray(value) || value.length !== shape.length) return null;
  const ok = value.every((item, index) =>
    shape[index] === "n"
      ? Number.isSafeInteger(item)
      : typeof item === "string" && item.length > 0 && item.length <= 200 && !/[\u0000-\u001f\u007f]/.test(item),
  );
  return ok ? (value as (string | number)[]) : null;
}
