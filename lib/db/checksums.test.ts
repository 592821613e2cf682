import { describe, expect, it } from "vitest";
import { compareChecksums, describeDifference } from "./checksums";

const table = (name: string, rows: number, checksum: string) => ({ table: name, rows, checksum });

describe("compareChecksums", () => {
  it("finds nothing when every table matches, whatever the order", () => {
    expect(compareChecksums([table("A", 1, "x"), table("B", 0, "empty")], [table("B", 0, "empty"), table("A", 1, "x")])).toEqual([]);
  });

  it("reports missing, unexpected, row count and content differences", () => {
    const differences = compareChecksums(
      [table("Actor", 3, "a"), table("User", 2, "u"), table("Kit", 1, "k")],
      [table("Actor", 3, "changed"), table("User", 1, "u"), table("Extra", 0, "empty")],
    );
    expect(differences.map((d) => `${d.table}:${d.problem}`)).toEqual(["Actor:content", "User:rows", "Kit:missing", "Extra:unexpected"]);
    expect(describeDifference(differences[1])).toBe("User : 1 lignes au lieu de 2");
  });
});
