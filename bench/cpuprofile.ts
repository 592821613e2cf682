// `npx tsx bench/cpuprofile.ts <file.cpuprofile> [top]`: where a `next start` run under
// `node --cpu-prof` spent its time — by category (rendering, Prisma's query compiler, the pg
// driver, Auth.js, GC…) and the top functions by self time. Categories are matched from the leaf
// of each sampled stack up to the root, the first rule that matches wins (so a pg callback
// inside a React render counts as pg).
import { readFileSync } from "node:fs";

export interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }[];
  samples: number[];
  timeDeltas: number[];
}

export const CATEGORIES: [string, RegExp][] = [
  ["idle", /^\(idle\)/],
  ["garbage collection", /^\(garbage collector\)/],
  ["module loading", /Module\._compile|wrapSafe|instantiateModule|Module\._load/],
  ["Prisma query compiler (wasm)", /^compile .*query_compiler|wasm-function/],
  ["Prisma runtime", /@prisma\/client\/runtime\/client\.js/],
  ["pg driver and its socket", /( |\/)pg(-protocol|-pool)?\/|@prisma\/adapter-pg/],
  // Bundled into .next/server/chunks by the build, Auth.js only shows here when kept external.
  ["Auth.js", /next-auth|@auth\/core/],
  ["React + Next rendering", /app-page(-turbo)?\.runtime|\.next\/server\/chunks\/ssr/],
  ["Next server and router", /next\/dist\/server|next\/dist\/compiled\/(compression|send)/],
];

function frameName(frame: CpuProfile["nodes"][number]["callFrame"]): string {
  return `${frame.functionName || "(anonymous)"} ${frame.url.replace(/^file:\/\//, "").replace(/.*\/node_modules\//, "")}:${frame.lineNumber + 1}`;
}

/** Milliseconds per category and per function (self time), and the total sampled. */
export function summarise(profile: CpuProfile, categories: readonly [string, RegExp][] = CATEGORIES) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const byCategory = new Map<string, number>();
  const selfTime = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((sample, index) => {
    // timeDeltas[i] is the time before sample i: the time after it is the next delta.
    const ms = (profile.timeDeltas[index + 1] ?? profile.timeDeltas[index] ?? 0) / 1000;
    total += ms;
    const stack: string[] = [];
    for (let id: number | undefined = sample; id !== undefined; id = parent.get(id)) stack.push(frameName(byId.get(id)!.callFrame));
    selfTime.set(stack[0], (selfTime.get(stack[0]) ?? 0) + ms);
    const category = categories.find(([, pattern]) => stack.some((frame) => pattern.test(frame)))?.[0] ?? "other (Node: HTTP, streams, timers)";
    byCategory.set(category, (byCategory.get(category) ?? 0) + ms);
  });
  const sorted = (map: Map<string, number>) => [...map].sort((a, b) => b[1] - a[1]);
  return { total, categories: sorted(byCategory), functions: sorted(selfTime) };
}

if (process.argv[1]?.endsWith("cpuprofile.ts")) {
  const [file, top = "25"] = process.argv.slice(2);
  if (!file) throw new Error("usage: tsx bench/cpuprofile.ts <file.cpuprofile> [top]");
  const { total, categories, functions } = summarise(JSON.parse(readFileSync(file, "utf8")) as CpuProfile);
  const line = ([name, ms]: [string, number]) => `${((100 * ms) / total).toFixed(1).padStart(5)} %  ${ms.toFixed(0).padStart(6)} ms  ${name}`;
  console.log(
    `${total.toFixed(0)} ms sampled\n\nBy category:\n${categories.map(line).join("\n")}\n\nTop self time:\n${functions.slice(0, Number(top)).map(line).join("\n")}`,
  );
}
