// A ribbon button with an ExecuteFunction action does nothing unless the page registers the function
// under the same name with Office.actions.associate.
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { findAll } from "./namespaces.mjs";

const ASSOCIATE = /\bactions\s*\.\s*associate\s*\(\s*(["'`])([^"'`]+)\1/g;
const SOURCE = /\.(ts|tsx|js|jsx|mjs)$/;

/** Collects the names passed to Office.actions.associate anywhere under `dir`. */
export function associatedNames(dir) {
  const names = new Set();
  if (!existsSync(dir)) return names;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) associatedNames(path).forEach((name) => names.add(name));
    else if (SOURCE.test(entry.name)) {
      for (const match of readFileSync(path, "utf8").matchAll(ASSOCIATE)) names.add(match[2]);
    }
  }
  return names;
}

export function checkFunctions(ctx) {
  const names = associatedNames(join(ctx.repoRoot, "src"));
  for (const element of findAll(ctx.root, "FunctionName")) {
    const name = element.text.trim();
    if (!name) ctx.problem(element.line, "<FunctionName> is empty");
    else if (!names.has(name)) {
      ctx.problem(element.line, `FunctionName "${name}" has no Office.actions.associate("${name}", …) in src/`);
    }
  }
}
