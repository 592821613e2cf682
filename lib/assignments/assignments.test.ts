import { describe, expect, it } from "vitest";
import { assignSchema, parseAssigneeFilter } from "./assignments.schemas";
import {
  ASSIGNABLE,
  assigneeParamValue,
  assignmentGroups,
  listOfTarget,
  isAssignableEntity,
  isStaffRole,
  planAssignment,
  resolveAssigneeFilter,
} from "./assignments";

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

  it("splits a selection of the shared needs and offers list by kind, and refuses a malformed reference", () => {
    expect(assignmentGroups("NeedOffer", ["need:a", "offer:b", "need:c", "need:a"])).toEqual([
      { entity: "Need", ids: ["a", "c"] },
      { entity: "Offer", ids: ["b"] },
    ]);
    expect(assignmentGroups("NeedOffer", ["need:a", "b"])).toBeNull();
    expect(assignmentGroups("Kit", ["k", "k"])).toEqual([{ entity: "Kit", ids: ["k"] }]);
    expect(listOfTarget("NeedOffer", { attribue: "moi" })).toBe("/admin/besoins-offres?attribue=moi");
    expect(ASSIGNABLE.Offer.list({ attribue: "moi" })).toBe("/admin/besoins-offres?type=offre&attribue=moi");
    expect(ASSIGNABLE.Diagnostic.item("d1")).toBe("/admin/diagnostics/d1");
    expect(assignSchema.safeParse({ entity: "NeedOffer", ids: ["need:x"], assigneeId: "" }).success).toBe(true);
    expect(assignSchema.safeParse({ entity: "NeedOffer", ids: ["x"], assigneeId: "" }).success).toBe(false);
    expect(assignSchema.safeParse({ entity: "Kit", ids: ["need:x"], assigneeId: "" }).success).toBe(false);
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
