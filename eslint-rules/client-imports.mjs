// odd17/client-imports: what a client component ("use client") imports is sent to the browser,
// and so is everything those modules import in turn. This rule follows that graph from each
// client component and reports the import that brings in
// - a copy aggregator (lib/labels.ts re-exports every catalogue: ≈ 20 kB gzip on every page that
//   uses one word of it) — take the words from the domain's catalogue in lib/copy/<domain>;
// - a server module: one marked `import "server-only"`, a *.queries.ts / *.mutations.ts file,
//   lib/db, or a server-only package (next/headers, Prisma, pg, node:*…). Next.js fails the build
//   on some of these and silently bundles others.
// Modules marked "use server" are not followed (the client only receives references to their
// actions), nor other "use client" modules (each is checked where it is written), nor type-only
// imports (erased). Local specifiers are "@/…" (the project root) and relative paths.
import fs from "node:fs";
import path from "node:path";
import ts from "typescript";

const DEFAULT_AGGREGATORS = ["lib/labels.ts"];
const SERVER_PACKAGES = new Set(["server-only", "next/headers", "@prisma/client", "@prisma/adapter-pg", "pg", "@/generated/prisma/client"]);
const SERVER_FILE = /(^lib\/db(\.ts|\/))|(\.(queries|mutations)\.tsx?$)/;
const EXTENSIONS = ["", ".ts", ".tsx", ".mts", ".js", ".mjs", "/index.ts", "/index.tsx"];

function isFile(candidate) {
  try {
    return fs.statSync(candidate).isFile();
  } catch {
    return false;
  }
}

function resolveLocal(specifier, fromFile, root) {
  let base;
  if (specifier.startsWith("@/")) base = path.join(root, specifier.slice(2));
  else if (specifier.startsWith(".")) base = path.resolve(path.dirname(fromFile), specifier);
  else return null;
  for (const extension of EXTENSIONS) if (isFile(base + extension)) return base + extension;
  return null;
}

function directiveOf(statements) {
  for (const statement of statements) {
    if (!ts.isExpressionStatement(statement) || !ts.isStringLiteral(statement.expression)) break;
    if (statement.expression.text === "use client" || statement.expression.text === "use server") return statement.expression.text;
  }
  return null;
}

function isTypeOnly(statement) {
  if (ts.isImportDeclaration(statement)) {
    const clause = statement.importClause;
    if (!clause) return false;
    if (clause.isTypeOnly) return true;
    const bindings = clause.namedBindings;
    return (
      !clause.name &&
      bindings !== undefined &&
      ts.isNamedImports(bindings) &&
      bindings.elements.length > 0 &&
      bindings.elements.every((element) => element.isTypeOnly)
    );
  }
  const clause = statement.exportClause;
  return (
    statement.isTypeOnly ||
    (clause !== undefined && ts.isNamedExports(clause) && clause.elements.length > 0 && clause.elements.every((element) => element.isTypeOnly))
  );
}

/** The module's directive and the specifiers of its value imports and re-exports, cached by mtime. */
const modules = new Map();
function readModule(file) {
  const mtime = fs.statSync(file).mtimeMs;
  const cached = modules.get(file);
  if (cached && cached.mtime === mtime) return cached;
  const source = ts.createSourceFile(file, fs.readFileSync(file, "utf8"), ts.ScriptTarget.Latest, false);
  const imports = [];
  for (const statement of source.statements) {
    const isImport = ts.isImportDeclaration(statement) || (ts.isExportDeclaration(statement) && statement.moduleSpecifier);
    if (isImport && ts.isStringLiteral(statement.moduleSpecifier) && !isTypeOnly(statement)) imports.push(statement.moduleSpecifier.text);
  }
  const entry = { mtime, directive: directiveOf(source.statements), imports };
  modules.set(file, entry);
  return entry;
}

/**
 * What is wrong with importing `specifier` from `fromFile` into a client bundle, or null:
 * { kind: "catalogue" | "server", target, via: [the modules in between] }.
 */
function createChecker(root, aggregators) {
  const verdicts = new Map();
  const relative = (file) => path.relative(root, file).split(path.sep).join("/");

  function checkFile(file) {
    if (verdicts.has(file)) return verdicts.get(file);
    verdicts.set(file, null); // an import cycle ends here
    const name = relative(file);
    let verdict = null;
    if (aggregators.includes(name)) verdict = { kind: "catalogue", target: name, via: [] };
    else if (SERVER_FILE.test(name)) verdict = { kind: "server", target: name, via: [] };
    else {
      const info = readModule(file);
      if (info.imports.includes("server-only")) verdict = { kind: "server", target: name, via: [] };
      else if (info.directive === null) {
        for (const specifier of info.imports) {
          const found = checkSpecifier(specifier, file);
          if (found) {
            verdict = { ...found, via: [name, ...found.via] };
            break;
          }
        }
      }
    }
    verdicts.set(file, verdict);
    return verdict;
  }

  function checkSpecifier(specifier, fromFile) {
    if (SERVER_PACKAGES.has(specifier) || specifier.startsWith("node:")) return { kind: "server", target: specifier, via: [] };
    const file = resolveLocal(specifier, fromFile, root);
    return file ? checkFile(file) : null;
  }

  return checkSpecifier;
}

/** @type {import("eslint").Rule.RuleModule} */
export const clientImports = {
  meta: {
    type: "problem",
    docs: { description: "Client components import their copy from lib/copy/<domain> and no server module." },
    schema: [
      {
        type: "object",
        properties: { root: { type: "string" }, aggregators: { type: "array", items: { type: "string" } } },
        additionalProperties: false,
      },
    ],
    messages: {
      catalogue:
        "A client component takes its words from one catalogue of lib/copy/<domain>, not from {{target}}{{via}}: everything it imports is sent to the browser.",
      server: "A client component must not import the server module {{target}}{{via}}: everything it imports is sent to the browser.",
    },
  },
  create(context) {
    const program = context.sourceCode.ast;
    const isClient = program.body.some((statement) => statement.type === "ExpressionStatement" && statement.directive === "use client");
    if (!isClient) return {};
    const options = context.options[0] ?? {};
    const check = createChecker(path.resolve(options.root ?? context.cwd), options.aggregators ?? DEFAULT_AGGREGATORS);

    function report(node, sourceNode) {
      if (sourceNode?.type !== "Literal" || typeof sourceNode.value !== "string") return;
      const found = check(sourceNode.value, context.filename);
      if (!found) return;
      const via = found.via.length > 0 ? ` (through ${found.via.join(" → ")})` : "";
      context.report({ node: sourceNode, messageId: found.kind, data: { target: found.target, via } });
    }

    return {
      ImportDeclaration(node) {
        const typeOnly = node.importKind === "type" || (node.specifiers.length > 0 && node.specifiers.every((specifier) => specifier.importKind === "type"));
        if (!typeOnly) report(node, node.source);
      },
      ExportNamedDeclaration(node) {
        if (node.source && node.exportKind !== "type") report(node, node.source);
      },
      ExportAllDeclaration(node) {
        if (node.exportKind !== "type") report(node, node.source);
      },
      ImportExpression(node) {
        report(node, node.source);
      },
    };
  },
};
