// Lint for src/ and test/: typescript-eslint's recommended rules plus the Office add-in rules
// (load before read, sync before read, no sync in loops…) from eslint-plugin-office-addins.
import { defineConfig } from "eslint/config";
import officeAddins from "eslint-plugin-office-addins";
import tseslint from "typescript-eslint";

// The plugin's recommended config brings its own, older copy of typescript-eslint's plugin and parser,
// and covers no .tsx files. Keep its rules, and let the project's typescript-eslint do the parsing.
const officeRecommended = officeAddins.configs.recommended.map((config) => {
  if (!config.plugins?.["@typescript-eslint"]) return config;
  const plugins = { ...config.plugins };
  delete plugins["@typescript-eslint"];
  return { files: ["**/*.{js,mjs,cjs,ts,cts,mts,tsx}"], plugins, rules: config.rules };
});

// Code that is not an Office.js client, where the proxy rules (load, then sync, then read) only give
// false alarms: ExcelJS code for .xlsx files, and the simulated Excel host with the tests that probe it.
const NOT_OFFICE_CLIENT_CODE = [
  "src/xlsx/**",
  "src/cli/**",
  "scripts/**",
  "test/xlsx/**",
  "test/cli/**",
  "test/fixtures/**",
  "test/office/simulated-excel/**",
  "test/office/simulated-excel.test.ts",
  "test/browser/office-stand-in.ts",
];
const officeRulesOff = Object.fromEntries(
  officeRecommended
    .flatMap((config) => Object.keys(config.rules ?? {}))
    .filter((rule) => rule.startsWith("office-addins/"))
    .map((rule) => [rule, "off"]),
);

export default defineConfig(
  { ignores: ["dist/", "lib/", "out/", "node_modules/", "test-artifacts/"] },
  ...officeRecommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      // The project has no Prettier configuration and its code is not Prettier-formatted, so this rule is off.
      "prettier/prettier": "off",
      // Parameters and bindings named _like_this are unused on purpose (a callback's fixed signature).
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  { files: NOT_OFFICE_CLIENT_CODE, rules: officeRulesOff },
  {
    // Plain-JavaScript build and check scripts run on Node (the "globals" package is not a dependency).
    files: ["**/*.{js,mjs,cjs}"],
    languageOptions: {
      globals: Object.fromEntries(
        ["require", "module", "__dirname", "console", "process", "URL", "Buffer"].map((name) => [name, "readonly"]),
      ),
    },
  },
  {
    files: ["**/*.{js,cjs}"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
