import { describe, expect, it } from "vitest";
import { disableRefusal, isAssignableRole, roleChangeRefusal, toggledRole } from "./users";
import { accountDisabledSchema } from "./users.schemas";

describe("roleChangeRefusal", () => {
  it.each([
    ["own account", { id: "me", platformRole: "ADMIN" as const }, "self"],
    ["own account, whatever the role", { id: "me", platformRole: "USER" as const }, "self"],
    ["another admin", { id: "other", platformRole: "ADMIN" as const }, "admin"],
    ["a staff member", { id: "other", platformRole: "STAFF" as const }, null],
    ["a plain user", { id: "other", platformRole: "USER" as const }, null],
  ])("%s", (_name, target, expected) => {
    expect(roleChangeRefusal("me", target)).toBe(expected);
  });
});

describe("toggledRole", () => {
  it("offers STAFF to a user, USER to a staff member, nothing to an admin", () => {
    expect(toggledRole("USER")).toBe("STAFF");
    expect(toggledRole("STAFF")).toBe("USER");
    expect(toggledRole("ADMIN")).toBeNull();
  });
});

describe("isAssignableRole", () => {
  it("accepts USER and STAFF only", () => {
    expect(isAssignableRole("USER")).toBe(true);
    expect(isAssignableRole("STAFF")).toBe(true);
    for (const value of ["ADMIN", "staff", "", null, undefined, 1]) expect(isAssignableRole(value)).toBe(false);
  });
});

describe("disableRefusal", () => {
  it.each([
    ["own account", { id: "me", platformRole: "ADMIN" as const }, "self"],
    ["another admin", { id: "other", platformRole: "ADMIN" as const }, "admin"],
    ["a staff member", { id: "other", platformRole: "STAFF" as const }, null],
    ["a plain user", { id: "other", platformRole: "USER" as const }, null],
  ])("%s", (_name, target, expected) => {
    expect(disableRefusal("me", target)).toBe(expected);
  });
});

describe("accountDisabledSchema", () => {
  it("reads the hidden fields of the disable form", () => {
    expect(accountDisabledSchema.parse({ userId: "u1", disabled: "true" })).toEqual({ userId: "u1", disabled: true });
    expect(accountDisabledSchema.parse({ userId: "u1", disabled: "false" })).toEqual({ userId: "u1", disabled: false });
    expect(accountDisabledSchema.safeParse({ userId: "u1", disabled: "oui" }).success).toBe(false);
  });
});
