// A line diff of two versions of a kit body, for the back office's "compare versions" page. Plain
// longest-common-subsequence on lines after trimming the common head and tail, which is exact and
// fast enough for documents of a few thousand lines; beyond MAX_DIFF_CELLS the middle is shown as
// removed then added rather than risking a slow page.

export type DiffLine =
  | { kind: "same"; text: string; oldNumber: number; newNumber: number }
  | { kind: "removed"; text: string; oldNumber: number }
  | { kind: "added"; text: string; newNumber: number };

export const MAX_DIFF_CELLS = 4_000_000;

function splitLines(text: string): string[] {
  if (text === "") return [];
  return text.replace(/\r\n?/g, "\n").replace(/\n$/, "").split("\n");
}

/** The lines of `before` and `after`, each kept, removed or added, in reading order. */
export function diffLines(before: string, after: string): DiffLine[] {
  const a = splitLines(before);
  const b = splitLines(after);
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;

  const result: DiffLine[] = [];
  for (let index = 0; index < head; index++) result.push({ kind: "same", text: a[index], oldNumber: index + 1, newNumber: index + 1 });
  result.push(...diffMiddle(a.slice(head, a.length - tail), b.slice(head, b.length - tail), head, head));
  for (let index = tail; index > 0; index--) {
    const oldIndex = a.length - index;
    const newIndex = b.length - index;
    result.push({ kind: "same", text: a[oldIndex], oldNumber: oldIndex + 1, newNumber: newIndex + 1 });
  }
  return result;
}

function diffMiddle(a: string[], b: string[], oldOffset: number, newOffset: number): DiffLine[] {
  const n = a.length;
  const m = b.length;
  if (n * m > MAX_DIFF_CELLS) {
    return [
      ...a.map((text, index): DiffLine => ({ kind: "removed", text, oldNumber: oldOffset + index + 1 })),
      ...b.map((text, index): DiffLine => ({ kind: "added", text, newNumber: newOffset + index + 1 })),
    ];
  }
  // lengths[i][j]: the longest common subsequence of a[i..] and b[j..], in one flat array.
  const width = m + 1;
  const lengths = new Uint32Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lengths[i * width + j] = a[i] === b[j] ? lengths[(i + 1) * width + j + 1] + 1 : Math.max(lengths[(i + 1) * width + j], lengths[i * width + j + 1]);
    }
  }
  const result: DiffLine[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) {
      result.push({ kind: "same", text: a[i], oldNumber: oldOffset + i + 1, newNumber: newOffset + j + 1 });
      i++;
      j++;
    } else if (i < n && (j === m || lengths[(i + 1) * width + j] >= lengths[i * width + j + 1])) {
      // On a tie the removal comes first: "-old" then "+new" reads as a replacement.
      result.push({ kind: "removed", text: a[i], oldNumber: oldOffset + i + 1 });
      i++;
    } else {
      result.push({ kind: "added", text: b[j], newNumber: newOffset + j + 1 });
      j++;
    }
  }
  return result;
}

/** How many lines were added and removed: the summary above the diff. */
export function diffStats(lines: DiffLine[]): { added: number; removed: number } {
  return {
    added: lines.filter((line) => line.kind === "added").length,
    removed: lines.filter((line) => line.kind === "removed").length,
  };
}
