import { describe, expect, it } from "vitest";
import { encodeCursor } from "./cursor";
import { parseQuery } from "./query-params";
import { actorQuerySchema, allianceQuerySchema, sdgTargetQuerySchema, territoryQuerySchema } from "./query.schemas";

const parse = (schema: Parameters<typeof parseQuery>[0], query: string) => parseQuery(schema, new URLSearchParams(query));

describe("API query strings", () => {
  it("reads lists, slugs, territories, limits and cursors", () => {
    const result = parse(
      actorQuerySchema,
      `type=association&type=etablissement-public&odd=4&odd=17&territoire=departement-2a&portee=dedans&limit=50&cursor=${encodeCursor(["abc"])}`,
    );
    expect(result).toEqual({
      ok: true,
      data: {
        type: ["association", "etablissement-public"],
        odd: [4, 17],
        territoire: { kind: "DEPARTEMENT", code: "2A" },
        portee: "dedans",
        limit: 50,
        cursor: ["abc"],
      },
    });
    expect(parse(actorQuerySchema, "")).toEqual({ ok: true, data: {} });
  });

  it("names the parameter of every problem", () => {
    const problems = (schema: Parameters<typeof parseQuery>[0], query: string) => {
      const result = parse(schema, query);
      return result.ok ? [] : result.problems.map((problem) => problem.parameter);
    };
    expect(problems(actorQuerySchema, "odds=4")).toEqual(["odds"]);
    expect(problems(actorQuerySchema, "type=inconnu")).toEqual(["type"]);
    expect(problems(actorQuerySchema, "odd=18")).toEqual(["odd"]);
    expect(problems(actorQuerySchema, "odd=abc")).toEqual(["odd"]);
    expect(problems(actorQuerySchema, "limit=0")).toEqual(["limit"]);
    expect(problems(actorQuerySchema, "limit=101")).toEqual(["limit"]);
    expect(problems(actorQuerySchema, "limit=1&limit=2")).toEqual(["limit"]);
    expect(problems(actorQuerySchema, "cursor=xyz")).toEqual(["cursor"]);
    expect(problems(actorQuerySchema, `cursor=${encodeCursor([12])}`)).toEqual(["cursor"]);
    expect(problems(territoryQuerySchema, `cursor=${encodeCursor(["a"])}`)).toEqual(["cursor"]);
    expect(problems(sdgTargetQuerySchema, `cursor=${encodeCursor([17, 3])}`)).toEqual([]);
    expect(problems(actorQuerySchema, "territoire=ville-42")).toEqual(["territoire"]);
    expect(problems(actorQuerySchema, "format=xml")).toEqual(["format"]);
    expect(problems(actorQuerySchema, `q=${"a".repeat(101)}`)).toEqual(["q"]);
    expect(problems(actorQuerySchema, "constructor=1&__proto__=2")).toEqual(["constructor", "__proto__"]);
    expect(problems(actorQuerySchema, "=1")).toEqual(["query"]);
    expect(problems(actorQuerySchema, "portee=autour")).toEqual(["portee"]);
    expect(problems(allianceQuerySchema, "portee=autour&territoire=commune-42218")).toEqual([]);
    expect(problems(territoryQuerySchema, "q=a%00b")).toEqual(["q"]);
  });

  it("gives French messages", () => {
    const result = parse(actorQuerySchema, "odds=4");
    expect(result).toEqual({ ok: false, problems: [{ parameter: "odds", message: "Paramètre inconnu." }] });
  });
});
