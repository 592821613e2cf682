import { describe, expect, it } from "vitest";
import { assignSchema, parseAssigneeFilter } from "./assignments.schemas";
import { ASSIGNABLE, assigneeParamValue, isAssignableEntity, isStaffRole, planAssignment, resolveAssigneeFilter } from "./assignments";

describe("assignments", () => {
  it("only the team follows items", () => {
    expect(isStaffRole("STAFF")).toBe(true);
    expect(isStaffRole("ADMIN")).toBe(true);
    expect(isStaffRole("USER")).toBe(false);
    expect(isStaffRole(null)).toBe(false);
  });

  it("knows the kinds of every content list, by their audit entity name", () => {
    expect(isAssignableEntity("Actor")).toBe(true);
    expect(isAssignableEntity("Kit")).toBe(true);
    expect(isAssignableEntity("User")).toBe(false);
    expect(isAssignableEntity("toString")).toBe(false);
    expect(ASSIGNABLE.Actor.list({ attribue: "moi" })).toBe("/admin/organisations?attribue=moi");
    expect(ASSIGNABLE.Kit.item("k1")).toBe("/admin/kits/k1");
  });

  it("reads the list filter from the URL and resolves « moi » to the viewer", () => {
    expect(parseAssigneeFilter({ attribue: "moi" })).toBe("moi");
    expect(parseAssigneeFilter({ attribue: ["personne", "moi"] })).toBe("personne");
    expect(parseAssigneeFilter({ attribue: "u_42" })).toEqual({ userId: "u_42" });
    expect(parseAssigneeFilter({ attribue: "../x" })).toBeNull();
    expect(parseAssigneeFilter({})).toBeNull();
    expect(resolveAssigneeFilter("moi", "me")).toEqual({ assigneeId: "me" });
    expect(resolveAssigneeFilter({ userId: "u" }, "me")).toEqual({ assigneeId: "u" });
    expect(resolveAssigneeFilter("personne", "me")).toEqual({ unassigned: true });
    expect(resolveAssigneeFilter(null, "me")).toBeNull();
    expect(assigneeParamValue({ userId: "u" })).toBe("u");
    expect(assigneeParamValue(null)).toBeUndefined();
  });

  it("plans a bulk assignment: what is already theirs stays, duplicates count once", () => {
    const current = new Map([
      ["a", "ann"],
      ["b", "bob"],
    ]);
    expect(planAssignment(current, ["a", "b", "c", "c"], "ann")).toEqual({ change: ["b", "c"], unchanged: ["a"] });
    expect(planAssignment(current, ["a", "c"], null)).toEqual({ change: ["a"], unchanged: ["c"] });
  });

  it("validates what the forms send", () => {
    expect(assignSchema.safeParse({ entity: "Alliance", ids: ["x"], assigneeId: "" }).success).toBe(true);
    expect(assignSchema.safeParse({ entity: "User", ids: ["x"], assigneeId: "" }).success).toBe(false);
    expect(assignSchema.safeParse({ entity: "Kit", ids: [], assigneeId: "u" }).success).toBe(false);
    expect(assignSchema.safeParse({ entity: "Kit", ids: ["x"], assigneeId: "u", note: "n".repeat(501) }).success).toBe(false);
  });
});
