// ESLint 9 flat config for Marquee (`npm run lint` = `eslint .`).
// Architecture (who may import whom) is checked separately by dependency-cruiser
// (`npm run lint:arch`, .dependency-cruiser.cjs); this file covers code-level rules only.
import js from "@eslint/js";
import { defineConfig, globalIgnores } from "eslint/config";
import tseslint from "typescript-eslint";

/** Node.js globals, listed by hand so the config needs no `globals` package. */
const nodeGlobals = {
  process: "readonly",
  console: "readonly",
  Buffer: "readonly",
  __dirname: "readonly",
  __filename: "readonly",
  module: "writable",
  exports: "writable",
  require: "readonly",
  setTimeout: "readonly",
  clearTimeout: "readonly",
  setInterval: "readonly",
  clearInterval: "readonly",
  setImmediate: "readonly",
  clearImmediate: "readonly",
  queueMicrotask: "readonly",
  structuredClone: "readonly",
  URL: "readonly",
  URLSearchParams: "readonly",
  TextEncoder: "readonly",
  TextDecoder: "readonly",
  AbortController: "readonly",
  fetch: "readonly",
};

export default defineConfig(
  // Build output, dependencies, generated code, local data and test artefacts.
  globalIgnores([
    ".next/",
    "node_modules/",
    "src/generated/",
    ".data/",
    "test-results/",
    "playwright-report/",
    "next-env.d.ts",
  ]),

  {
    files: ["**/*.{ts,tsx,mjs,js,cjs}"],
    extends: [js.configs.recommended, tseslint.configs.recommended],
    languageOptions: {
      ecmaVersion: "latest",
      sourceType: "module",
    },
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        {
          argsIgnorePattern: "^_",
          varsIgnorePattern: "^_",
          caughtErrorsIgnorePattern: "^_",
          destructuredArrayIgnorePattern: "^_",
        },
      ],
      "no-restricted-imports": [
        "error",
        {
          paths: [
            {
              name: "next/font/google",
              message:
                "No network fonts: next/font/google downloads fonts at build time and Marquee must build and run offline. Use next/font/local or a system font stack.",
            },
            {
              name: "@next/font/google",
              message:
                "No network fonts: @next/font/google downloads fonts at build time and Marquee must build and run offline. Use next/font/local or a system font stack.",
            },
          ],
        },
      ],
    },
  },

  // Rules that need the types, for the mistakes that bit us: a promise nobody awaits (its error
  // is lost, or the transaction ends before it runs) and a switch over a union that forgets a case.
  {
    files: ["**/*.{ts,tsx}"],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/switch-exhaustiveness-check": [
        "error",
        { considerDefaultExhaustiveForUnions: true, requireDefaultForNonUnion: false },
      ],
    },
  },

  // Scripts and root-level config files run under plain Node.
  {
    files: ["scripts/**/*.{ts,mjs,js,cjs}", "*.{ts,mjs,js,cjs}"],
    languageOptions: {
      globals: nodeGlobals,
    },
  },

  // CommonJS: *.cjs always; *.js too, since package.json has no "type": "module"
  // (e.g. next.config.js, which uses module.exports).
  {
    files: ["**/*.{cjs,js}"],
    languageOptions: {
      sourceType: "commonjs",
      globals: nodeGlobals,
    },
    rules: {
      "@typescript-eslint/no-require-imports": "off",
    },
  },
);
