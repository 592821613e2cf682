import type { Rule } from "eslint";

export declare const clientImports: Rule.RuleModule;
