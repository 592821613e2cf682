// The bulk « Attribuer à… » of a content list, as staff use it: with rows already ticked, choose
// the action and a colleague (by e-mail), type a note and send. Returns the colleague's label as
// the form shows it (« Nom (e-mail) »), which the confirmation dialog names.
import { expect, type Locator, type Page } from "@playwright/test";

export async function sendBulkAssignment(page: Page, colleagueEmail: string, note: string): Promise<{ label: string; dialog: (name: string) => Locator }> {
  await page.getByRole("radio", { name: "Attribuer à…" }).check();
  const colleague = page.getByLabel("Collègue", { exact: true });
  const option = colleague.locator("option", { hasText: colleagueEmail });
  await colleague.selectOption(await option.getAttribute("value"));
  const label = (await option.textContent())!;
  await page.getByLabel("Note pour le collègue (facultatif)").fill(note);
  await page.getByRole("button", { name: "Appliquer à la sélection" }).click();
  return { label, dialog: (name: string) => page.getByRole("dialog", { name }) };
}

/** Confirms the dialog and waits for the focused outcome. */
export async function confirmBulkAssignment(dialog: Locator, page: Page, count: number) {
  await dialog.getByRole("button", { name: "Attribuer", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: new RegExp(`^${count} éléments? attribués? à `) })).toBeFocused();
}
