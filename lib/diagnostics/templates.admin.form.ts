// The form editor's side of a draft: it edits the texts of a questionnaire (step titles and
// descriptions, question labels and help, answer labels) without touching its structure, which
// stays the JSON editor's. Field names are the JSON paths joined by dots
// ("sections.0.questions.2.options.1.label"), so the template's errors, which carry their path,
// land under the field they concern. Pure.

type Path = (string | number)[];

const TEXT_PATHS = [
  /^sections\.\d+\.(title|description)$/,
  /^sections\.\d+\.questions\.\d+\.(label|help)$/,
  /^sections\.\d+\.questions\.\d+\.options\.\d+\.label$/,
];

/** Fields that may be left empty: emptied, they are removed from the template. */
const OPTIONAL_KEYS = new Set(["description", "help"]);

/** ["sections", 0, "title"] → "sections.0.title". */
export function formFieldName(path: readonly (string | number)[]): string {
  return path.join(".");
}

export function isTextFieldName(name: string): boolean {
  return TEXT_PATHS.some((pattern) => pattern.test(name));
}

function parsePath(name: string): Path {
  return name.split(".").map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * A copy of the content with the submitted texts written in. Names that are not text fields, or
 * that point at an element the content does not have, are ignored: the form cannot add or remove
 * sections, questions or answers.
 */
export function applyTextEdits(content: unknown, fields: Readonly<Record<string, string>>): unknown {
  const copy: unknown = structuredClone(content);
  for (const [name, value] of Object.entries(fields)) {
    if (!isTextFieldName(name)) continue;
    const path = parsePath(name);
    const key = path.at(-1) as string;
    let parent: unknown = copy;
    for (const part of path.slice(0, -1)) {
      parent = Array.isArray(parent) && typeof part === "number" ? parent[part] : isRecord(parent) && typeof part === "string" ? parent[part] : undefined;
    }
    if (!isRecord(parent)) continue;
    if (OPTIONAL_KEYS.has(key) && value.trim() === "") delete parent[key];
    else parent[key] = value;
  }
  return copy;
}
