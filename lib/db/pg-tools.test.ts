import { describe, expect, it } from "vitest";
import { connectionForTools, filterRestoreList, parseToolMajor } from "./pg-tools";

describe("PostgreSQL client tools", () => {
  it("reads the major version of pg_dump and pg_restore", () => {
    expect(parseToolMajor("pg_dump (PostgreSQL) 15.20 (Debian 15.20-0+deb12u1)")).toBe(15);
    expect(parseToolMajor("pg_restore (PostgreSQL) 17.2")).toBe(17);
    expect(parseToolMajor("something else")).toBeNull();
  });

  it("keeps the password out of the command line", () => {
    const { dbname, env } = connectionForTools("postgresql://odd17:s%40cret@db.example:5432/odd17?sslmode=require");
    expect(dbname).toBe("postgresql://odd17@db.example:5432/odd17?sslmode=require");
    expect(env.PGPASSWORD).toBe("s@cret");
  });

  it("drops only the extension comments from a restore list", () => {
    const list = [
      "; Archive created at 2026-11-28",
      "5; 3079 16385 EXTENSION - pg_trgm ",
      "4390; 0 0 COMMENT - EXTENSION pg_trgm ",
      "220; 1259 16500 TABLE public Actor odd17",
      "4391; 0 0 COMMENT public TABLE Actor odd17",
    ].join("\n");
    expect(filterRestoreList(list).split("\n")).toEqual([
      "; Archive created at 2026-11-28",
      "5; 3079 16385 EXTENSION - pg_trgm ",
      "220; 1259 16500 TABLE public Actor odd17",
      "4391; 0 0 COMMENT public TABLE Actor odd17",
    ]);
  });
});
