import { describe, expect, it } from "vitest";
import { describeUrlProblem } from "./check-url";

describe("describeUrlProblem", () => {
  it.each([
    ["postgresql://u:p@db.example:5432/odd17", null],
    ["postgres://u@localhost/odd17", null],
    ["", "n'est pas une adresse valide / is not a valid URL"],
    ["localhost:5432", "doit commencer par postgresql:// / must start with postgresql://"],
    ["mysql://u@localhost/odd17", "doit commencer par postgresql:// / must start with postgresql://"],
  ])("%s → %s", (url, expected) => {
    expect(describeUrlProblem(url)).toBe(expected);
  });
});
