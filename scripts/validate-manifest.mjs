#!/usr/bin/env node
// Checks manifest.xml offline. The XML must be well-formed and every resid must resolve to the right
// kind of resource. Every URL must point at the dev-server, every icon must exist at its declared size,
// every ribbon function must be registered in src/, and the shared runtime must be wired up. When
// xmllint and the schemas are present, the manifest is also checked against the XML schemas.
// Usage: node scripts/validate-manifest.mjs [--manifest PATH] [--schemas DIR]
// Exits with 0 when the manifest is valid, or with 1 and one line per problem.
import { readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { checkFunctions } from "./validate/check-functions.mjs";
import { checkIcons } from "./validate/check-icons.mjs";
import { checkResources } from "./validate/check-resources.mjs";
import { checkSchema } from "./validate/check-schema.mjs";
import { checkSharedRuntime } from "./validate/check-shared-runtime.mjs";
import { checkUrls, readDevServerPort } from "./validate/check-urls.mjs";
import { parseXml, XmlError } from "./validate/parse-xml.mjs";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");

function parseArguments(argv) {
  const options = { manifest: join(repoRoot, "manifest.xml"), schemas: join(repoRoot, "..", "shared", "data", "manifest-xsd-2020") };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = argv[i + 1];
    if ((flag === "--manifest" || flag === "--schemas") && value) {
      options[flag.slice(2)] = resolve(value);
      i++;
    } else {
      console.error(`Unknown or incomplete argument ${flag}. Usage: validate-manifest.mjs [--manifest PATH] [--schemas DIR]`);
      process.exit(2);
    }
  }
  return options;
}

function createContext(manifestPath) {
  const label = relative(process.cwd(), manifestPath) || manifestPath;
  const problems = [];
  return {
    label,
    problems,
    repoRoot,
    port: readDevServerPort(repoRoot),
    problem: (line, message) => problems.push(`${label}${line ? `:${line}` : ""}: ${message}`),
    warn: (message) => console.error(`warning: ${message}`),
    note: (message) => console.log(`note: ${message}`),
  };
}

function main() {
  const options = parseArguments(process.argv.slice(2));
  const ctx = createContext(options.manifest);

  try {
    ctx.source = readFileSync(options.manifest, "utf8");
    ctx.root = parseXml(ctx.source);
  } catch (error) {
    if (error instanceof XmlError) ctx.problem(error.line, `not well-formed XML: ${error.message}`);
    else ctx.problem(null, `cannot read the manifest: ${error.message}`);
  }
  if (ctx.root) {
    for (const check of [checkResources, checkUrls, checkIcons, checkFunctions, checkSharedRuntime]) check(ctx);
    checkSchema(ctx, options.schemas);
  }

  if (ctx.problems.length > 0) {
    for (const problem of ctx.problems) console.error(problem);
    process.exit(1);
  }
  console.log(`${ctx.label}: valid`);
}

main();
