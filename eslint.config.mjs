// `npm run lint`: Next.js's own rules (core web vitals, TypeScript) and the project's (eslint-rules/).
// No warning passes (--max-warnings 0) and a disable comment that no longer hides anything fails.
import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";
import odd17 from "./eslint-rules/index.mjs";

export default defineConfig([
  ...nextVitals,
  ...nextTypescript,
  globalIgnores([".next/**", ".data/**", "generated/**", "node_modules/**", "test-results/**", "playwright-report/**", "public/**", "next-env.d.ts"]),
  { linterOptions: { reportUnusedDisableDirectives: "error" } },
  {
    rules: {
      // A leading underscore names what is left out on purpose: `const { id: _id, ...rest } = row`.
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", ignoreRestSiblings: true }],
    },
  },
  {
    // Tests read raw JSON (API answers, fixtures broken on purpose) and assert on its shape.
    files: ["**/*.test.ts", "tests/**", "lib/**/test-fixtures.ts"],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
  {
    // Uploaded logos, of any size and served by the app's own route: next/image needs dimensions.
    files: ["components/actors/actor-list-view.tsx", "components/actors/actor-profile.tsx", "components/organisations/profile-form.tsx"],
    rules: { "@next/next/no-img-element": "off" },
  },
  {
    // Preloaded with `node --require` before anything else: CommonJS is its only form.
    files: ["**/*.cjs"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    files: ["**/*.{ts,tsx}"],
    plugins: { odd17 },
    rules: { "odd17/client-imports": "error" },
  },
]);
