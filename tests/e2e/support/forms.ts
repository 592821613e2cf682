// The "never lose what people typed" check, run on every form (see tests/coverage/form-checks.ts):
// fill every control of the form, make the server refuse it, and assert that every value is still
// there and that the error summary received focus.
import { expect, type Locator, type Page } from "@playwright/test";
import { recordFormCheck } from "../../coverage/form-checks";

type Options = {
  /** Makes the form invalid for the server (a field too short, a required one emptied…). Runs after the filling. */
  invalid: (form: Locator) => Promise<void>;
  /** Values to type instead of the generated ones, by field name (a postal code, a SIREN…). */
  values?: Record<string, string>;
  /** Fields to leave as they are, by name (a territory picker filled by the spec itself). */
  skip?: string[];
  /** The button that sends the form, when it has several. */
  submit?: (form: Locator) => Locator;
  /** Where the form is, when the page has several with this id (one per table row). */
  within?: Locator;
  /** For forms that ask first (ActionForm's `confirm`): the name of the dialog's confirm button. */
  confirm?: string;
};

type ControlState = { key: string; value: string | string[] | boolean };

const UNTOUCHED = new Set(["hidden", "submit", "button", "reset", "file", "password", "image"]);

function sample(type: string, name: string): string {
  switch (type) {
    case "email":
      return `garde.${name.toLowerCase()}@example.org`;
    case "url":
      return "https://exemple.fr/garde";
    case "tel":
      return "01 23 45 67 89";
    case "number":
    case "range":
      return "7";
    case "date":
      return "2031-05-17";
    case "month":
      return "2031-05";
    default:
      return `Gardé ${name}`;
  }
}

/** What each control shows now, keyed by name (and position for groups). */
async function snapshot(form: Locator): Promise<ControlState[]> {
  return form.locator("input, select, textarea").evaluateAll((elements) =>
    elements.flatMap((element, index): ControlState[] => {
      const control = element as HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
      const key = `${control.name || control.id || "?"}#${index}`;
      if (control instanceof HTMLInputElement) {
        if (["hidden", "submit", "button", "reset", "file", "password", "image"].includes(control.type)) return [];
        if (control.type === "checkbox" || control.type === "radio") return [{ key, value: control.checked }];
      }
      if (control instanceof HTMLSelectElement && control.multiple) return [{ key, value: [...control.selectedOptions].map((o) => o.value) }];
      return [{ key, value: control.value }];
    }),
  );
}

async function fillEverything(form: Locator, options: Options) {
  const controls = form.locator("input, select, textarea");
  const chosenGroups = new Set<string>();
  const count = await controls.count();
  for (let index = 0; index < count; index++) {
    const control = controls.nth(index);
    const { tag, type, name, checked } = await control.evaluate((el) => ({
      tag: el.tagName.toLowerCase(),
      type: (el as HTMLInputElement).type,
      name: (el as HTMLInputElement).name,
      checked: (el as HTMLInputElement).checked,
    }));
    if (UNTOUCHED.has(type) || options.skip?.includes(name) || !(await control.isVisible()) || !(await control.isEnabled())) continue;
    if (tag === "select") {
      const values = await control
        .locator("option")
        .evaluateAll((opts, current) => opts.map((o) => (o as HTMLOptionElement).value).filter((v) => v !== "" && v !== current), await control.inputValue());
      const wanted = options.values?.[name] ?? values.at(-1);
      if (wanted !== undefined) await control.selectOption(wanted);
    } else if (type === "checkbox") {
      await control.setChecked(!checked);
    } else if (type === "radio") {
      // The last choice of each group that is not already the chosen one.
      if (chosenGroups.has(name)) continue;
      const group = form.locator(`input[type=radio][name="${name}"]`);
      const candidates = await group.evaluateAll((radios) =>
        radios.map((r, i) => ({ i, checked: (r as HTMLInputElement).checked, visible: (r as HTMLElement).offsetParent !== null })),
      );
      const pick = candidates.filter((c) => !c.checked && c.visible).at(-1);
      if (pick) await group.nth(pick.i).check();
      chosenGroups.add(name);
    } else {
      await control.fill(options.values?.[name] ?? sample(type, name));
    }
  }
}

/**
 * Fills every control of the form `formId`, has the server refuse it, and checks that nothing was
 * lost and that the error summary has focus. Records the form for the coverage check.
 */
export async function expectFormKeepsValues(page: Page, formId: string, options: Options) {
  const form = (options.within ?? page).locator(`form[data-form="${formId}"]`);
  await expect(form).toBeVisible();
  await fillEverything(form, options);
  await options.invalid(form);
  const before = await snapshot(form);
  const submit = options.submit ? options.submit(form) : form.locator('button[type="submit"]').last();
  await submit.click();
  if (options.confirm) await form.getByRole("dialog").getByRole("button", { name: options.confirm, exact: true }).click();
  const outcome = form.locator("[data-form-outcome]").first();
  await expect(outcome).toHaveAttribute("role", "alert");
  await expect(outcome).not.toBeEmpty();
  await expect(outcome).toBeFocused();
  expect(await snapshot(form), `valeurs du formulaire ${formId} après le refus`).toEqual(before);
  recordFormCheck(formId);
}
