import { describe, expect, it } from "vitest";
import { diffLines, diffStats, MAX_DIFF_CELLS } from "./version-diff";

const compact = (before: string, after: string) =>
  diffLines(before, after).map((line) => `${line.kind === "same" ? " " : line.kind === "added" ? "+" : "-"}${line.text}`);

describe("diffLines", () => {
  it("shows identical texts as unchanged lines with both numbers", () => {
    expect(diffLines("a\nb", "a\nb")).toEqual([
      { kind: "same", text: "a", oldNumber: 1, newNumber: 1 },
      { kind: "same", text: "b", oldNumber: 2, newNumber: 2 },
    ]);
  });

  it("finds an added, a removed and a changed line", () => {
    expect(compact("un\ndeux\ntrois", "un\ndeux\ntrois\nquatre")).toEqual([" un", " deux", " trois", "+quatre"]);
    expect(compact("un\ndeux\ntrois", "un\ntrois")).toEqual([" un", "-deux", " trois"]);
    expect(compact("un\ndeux\ntrois", "un\nDEUX\ntrois")).toEqual([" un", "-deux", "+DEUX", " trois"]);
  });

  it("keeps the longest common part when lines move", () => {
    expect(compact("a\nb\nc\nd", "b\nc\na\nd")).toEqual(["-a", " b", " c", "+a", " d"]);
  });

  it("numbers lines in each version", () => {
    const lines = diffLines("x\na\ny", "x\nb\nc\ny");
    expect(lines).toEqual([
      { kind: "same", text: "x", oldNumber: 1, newNumber: 1 },
      { kind: "removed", text: "a", oldNumber: 2 },
      { kind: "added", text: "b", newNumber: 2 },
      { kind: "added", text: "c", newNumber: 3 },
      { kind: "same", text: "y", oldNumber: 3, newNumber: 4 },
    ]);
    expect(diffStats(lines)).toEqual({ added: 2, removed: 1 });
  });

  it("handles empty texts, a final newline and Windows line ends", () => {
    expect(diffLines("", "")).toEqual([]);
    expect(compact("", "a\n")).toEqual(["+a"]);
    expect(compact("a\r\nb\r\n", "a\nb")).toEqual([" a", " b"]);
  });

  it("falls back to remove-then-add for huge changes instead of a slow comparison", () => {
    const size = Math.ceil(Math.sqrt(MAX_DIFF_CELLS)) + 1;
    const before = Array.from({ length: size }, (_, i) => `a${i}`).join("\n");
    const after = Array.from({ length: size }, (_, i) => `b${i}`).join("\n");
    const stats = diffStats(diffLines(before, after));
    expect(stats).toEqual({ added: size, removed: size });
  });
});
