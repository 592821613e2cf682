// Where things are in the JSON a staff member typed: the line of every object member and array
// element (so a template error at "sections[2].questions[0].options" can say "ligne 84"), and the
// line and column of a syntax error, in French. JSON.parse stays the source of the value; this
// scanner follows the same strict grammar (RFC 8259) only to know positions, which JSON.parse's
// messages do not give reliably across engines. Pure: also bundled into the editor.

export type JsonPath = readonly (string | number)[];
export type JsonLocation = { line: number; column: number };
export type JsonSyntaxError = JsonLocation & { message: string };

export type JsonScan = { ok: true; value: unknown; positions: ReadonlyMap<string, JsonLocation> } | { ok: false; error: JsonSyntaxError };

const MAX_DEPTH = 200;

const messages = {
  empty: "Le contenu est vide : saisissez un objet JSON.",
  endOfText: "Fin du texte inattendue : une accolade « { » ou un crochet « [ » n'est pas refermé.",
  unexpected: (char: string) =>
    `Caractère inattendu ${describe(char)} : une valeur était attendue (texte entre guillemets doubles, nombre, true, false, null, objet ou liste).`,
  keyExpected: (char: string) => `Nom de champ attendu entre guillemets doubles, trouvé ${describe(char)}.`,
  colonExpected: (char: string) => `Deux-points « : » attendus après le nom du champ, trouvé ${describe(char)}.`,
  objectSeparator: (char: string) => `Virgule « , » ou accolade fermante « } » attendue, trouvé ${describe(char)}.`,
  arraySeparator: (char: string) => `Virgule « , » ou crochet fermant « ] » attendu, trouvé ${describe(char)}.`,
  trailingComma: (closing: string) => `Virgule en trop avant « ${closing} » : retirez-la.`,
  unterminatedString: 'Texte entre guillemets non refermé : ajoutez le guillemet double « " » de fin.',
  controlInString: "Retour à la ligne ou tabulation interdits dans un texte entre guillemets : écrivez \\n ou \\t.",
  badEscape: "Séquence d'échappement invalide après « \\ » : utilisez \\\", \\\\, \\/, \\b, \\f, \\n, \\r, \\t ou \\uXXXX.",
  badNumber: "Nombre mal écrit : chiffres, point décimal « . » (pas de virgule), exposant éventuel (1e3).",
  trailingText: "Texte en trop après la fin du JSON : tout doit tenir dans un seul objet { … }.",
  tooDeep: `Imbrication trop profonde (plus de ${MAX_DEPTH} niveaux).`,
};

function describe(char: string): string {
  if (char === "") return "la fin du texte";
  if (char === "'") return "une apostrophe « ' » (les textes s'écrivent entre guillemets doubles « \" »)";
  if (/\s/.test(char)) return "un espace";
  return `« ${char} »`;
}

/** The key under which a path's location is stored: unambiguous even for keys with dots. */
export function pathKey(path: JsonPath): string {
  return JSON.stringify(path);
}

/** ["sections", 2, "questions", 0, "options"] → "sections[2].questions[0].options". */
export function formatJsonPath(path: JsonPath): string {
  return path.reduce<string>((text, part) => (typeof part === "number" ? `${text}[${part}]` : text === "" ? part : `${text}.${part}`), "");
}

class ScanError extends Error {
  constructor(
    readonly index: number,
    message: string,
  ) {
    super(message);
  }
}

function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === "\n") starts.push(i + 1);
  return starts;
}

function locate(starts: readonly number[], index: number): JsonLocation {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid] <= index) low = mid;
    else high = mid - 1;
  }
  return { line: low + 1, column: index - starts[low] + 1 };
}

/** Records where each member and element starts; throws ScanError at the first syntax error. */
function walk(text: string, record: (path: JsonPath, index: number) => void): void {
  let i = 0;
  const peek = () => text[i] ?? "";
  const skipSpace = () => {
    while (i < text.length && (text[i] === " " || text[i] === "\t" || text[i] === "\n" || text[i] === "\r")) i++;
  };

  function string(): string {
    const start = i;
    i++; // opening quote
    let out = "";
    while (true) {
      if (i >= text.length) throw new ScanError(start, messages.unterminatedString);
      const c = text[i];
      if (c === '"') {
        i++;
        return out;
      }
      if (c < " ") throw new ScanError(i, c === "\n" ? messages.unterminatedString : messages.controlInString);
      if (c === "\\") {
        const e = text[i + 1] ?? "";
        if (e === "u") {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) throw new ScanError(i, messages.badEscape);
          out += String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16));
          i += 6;
          continue;
        }
        const simple: Record<string, string> = { '"': '"', "\\": "\\", "/": "/", b: "\b", f: "\f", n: "\n", r: "\r", t: "\t" };
        if (!(e in simple)) throw new ScanError(i, messages.badEscape);
        out += simple[e];
        i += 2;
        continue;
      }
      out += c;
      i++;
    }
  }

  function number(): void {
    const match = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!match) throw new ScanError(i, messages.badNumber);
    i += match[0].length;
    // "1,5" or "01" or "1." : the number's end must be a separator.
    if (/[0-9.eE]/.test(peek())) throw new ScanError(i, messages.badNumber);
  }

  function value(path: JsonPath, depth: number): void {
    if (depth > MAX_DEPTH) throw new ScanError(i, messages.tooDeep);
    skipSpace();
    const c = peek();
    if (c === "{") return object(path, depth);
    if (c === "[") return array(path, depth);
    if (c === '"') {
      string();
      return;
    }
    if (c === "-" || (c >= "0" && c <= "9")) return number();
    for (const literal of ["true", "false", "null"]) {
      if (text.startsWith(literal, i)) {
        i += literal.length;
        return;
      }
    }
    if (c === "") throw new ScanError(i, messages.endOfText);
    throw new ScanError(i, messages.unexpected(c));
  }

  function object(path: JsonPath, depth: number): void {
    i++; // {
    skipSpace();
    if (peek() === "}") {
      i++;
      return;
    }
    while (true) {
      skipSpace();
      if (peek() === "") throw new ScanError(i, messages.endOfText);
      if (peek() !== '"') throw new ScanError(i, messages.keyExpected(peek()));
      const keyStart = i;
      const key = string();
      record([...path, key], keyStart);
      skipSpace();
      if (peek() !== ":") throw new ScanError(i, peek() === "" ? messages.endOfText : messages.colonExpected(peek()));
      i++;
      value([...path, key], depth + 1);
      skipSpace();
      const c = peek();
      if (c === "}") {
        i++;
        return;
      }
      if (c !== ",") throw new ScanError(i, c === "" ? messages.endOfText : messages.objectSeparator(c));
      const comma = i;
      i++;
      skipSpace();
      if (peek() === "}") throw new ScanError(comma, messages.trailingComma("}"));
    }
  }

  function array(path: JsonPath, depth: number): void {
    i++; // [
    skipSpace();
    if (peek() === "]") {
      i++;
      return;
    }
    for (let index = 0; ; index++) {
      skipSpace();
      record([...path, index], i);
      value([...path, index], depth + 1);
      skipSpace();
      const c = peek();
      if (c === "]") {
        i++;
        return;
      }
      if (c !== ",") throw new ScanError(i, c === "" ? messages.endOfText : messages.arraySeparator(c));
      const comma = i;
      i++;
      skipSpace();
      if (peek() === "]") throw new ScanError(comma, messages.trailingComma("]"));
    }
  }

  skipSpace();
  if (i >= text.length) throw new ScanError(i, messages.empty);
  record([], i);
  value([], 0);
  skipSpace();
  if (i < text.length) throw new ScanError(i, messages.trailingText);
}

/** The parsed value and the location of every path, or the first syntax error with its line and column. */
export function scanJson(text: string): JsonScan {
  const starts = lineStartsOf(text);
  const positions = new Map<string, JsonLocation>();
  try {
    walk(text, (path, index) => positions.set(pathKey(path), locate(starts, index)));
  } catch (error) {
    if (!(error instanceof ScanError)) throw error;
    return { ok: false, error: { ...locate(starts, error.index), message: error.message } };
  }
  // The grammar above is JSON's: JSON.parse agrees, and builds the value (with its own handling
  // of duplicate keys and "__proto__" as a plain key).
  try {
    return { ok: true, value: JSON.parse(text) as unknown, positions };
  } catch {
    return { ok: false, error: { line: 1, column: 1, message: messages.unexpected("") } };
  }
}

/**
 * The line of a path, or of its nearest ancestor present in the text (a missing required field
 * is reported on the object that should hold it): `exact` tells which.
 */
export function lineOfPath(positions: ReadonlyMap<string, JsonLocation>, path: JsonPath): { line: number; exact: boolean } | null {
  for (let length = path.length; length >= 0; length--) {
    const found = positions.get(pathKey(path.slice(0, length)));
    if (found) return { line: found.line, exact: length === path.length };
  }
  return null;
}
