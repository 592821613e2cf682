// The project's own ESLint rules (plugin "odd17", enabled in eslint.config.mjs).
import { clientImports } from "./client-imports.mjs";

const plugin = {
  meta: { name: "odd17" },
  rules: { "client-imports": clientImports },
};

export default plugin;
