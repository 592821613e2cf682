import { describe, expect, it } from "vitest";
import { summarise, type CpuProfile } from "./cpuprofile";

const frame = (functionName: string, url: string) => ({ functionName, url, lineNumber: 0 });

// root → render → (pg query | own work); root → (garbage collector)
const profile: CpuProfile = {
  nodes: [
    { id: 1, callFrame: frame("(root)", ""), children: [2, 5] },
    { id: 2, callFrame: frame("render", "file:///app/node_modules/next/dist/compiled/next-server/app-page-turbo.runtime.prod.js"), children: [3, 4] },
    { id: 3, callFrame: frame("query", "file:///app/node_modules/pg/lib/client.js") },
    { id: 4, callFrame: frame("work", "file:///app/node_modules/next/dist/compiled/next-server/app-page-turbo.runtime.prod.js") },
    { id: 5, callFrame: frame("(garbage collector)", "") },
  ],
  samples: [3, 4, 4, 5],
  timeDeltas: [0, 1000, 2000, 3000],
};

describe("summarise", () => {
  it("gives each sample the time until the next one, and the leaf-most matching category", () => {
    const { total, categories, functions } = summarise(profile);
    // 1 ms (pg), 2 + 3 ms (render), 3 ms (the last sample reuses its own delta).
    expect(total).toBe(9);
    expect(Object.fromEntries(categories)).toEqual({ "pg driver and its socket": 1, "React + Next rendering": 5, "garbage collection": 3 });
    expect(functions[0]).toEqual(["work next/dist/compiled/next-server/app-page-turbo.runtime.prod.js:1", 5]);
  });
});
