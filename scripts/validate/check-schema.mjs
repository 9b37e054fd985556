// Runs xmllint against Microsoft's 2020 manifest schemas. xmllint cannot compile the published files
// as they are, so the check runs on a corrected copy in a temporary folder and notes each correction:
// - three files declare the XML Schema namespace as https://…, which makes them "not a schema document";
// - two patterns use a lazy quantifier ({0,3}?), which XML Schema regular expressions do not have;
// - two imported files (mail and content add-in overrides) are not in the set, so they get stubs.
// <Runtimes> (shared runtime) is newer than these schemas, so it is blanked out of the copy of the
// manifest that xmllint sees. check-shared-runtime.mjs checks it instead.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const ENTRY = "OfficeAppManifestV1_1.xsd";
const NEWER_THAN_SCHEMAS = ["Runtimes"];

export function checkSchema(ctx, schemaDir) {
  if (!hasXmllint()) {
    ctx.warn("xmllint is not installed, so the manifest was not checked against the XML schemas");
    return;
  }
  if (!existsSync(join(schemaDir, ENTRY))) {
    ctx.warn(`no ${ENTRY} in ${schemaDir}, so the manifest was not checked against the XML schemas`);
    return;
  }

  const work = mkdtempSync(join(tmpdir(), "manifest-schema-"));
  try {
    const corrections = copyCorrectedSchemas(schemaDir, work);
    if (corrections.length > 0) ctx.note(`schema check used a corrected copy of the schemas: ${corrections.join("; ")}`);
    const manifestCopy = join(work, "manifest.xml");
    const { text, removed } = blankOut(ctx.source, NEWER_THAN_SCHEMAS);
    for (const local of removed) ctx.note(`<${local}> is newer than these schemas, so the schema check skips it`);
    writeFileSync(manifestCopy, text);
    reportXmllint(ctx, runXmllint(join(work, ENTRY), manifestCopy), manifestCopy);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function hasXmllint() {
  return !spawnSync("xmllint", ["--version"], { encoding: "utf8" }).error;
}

function runXmllint(schema, manifest) {
  return spawnSync("xmllint", ["--noout", "--nonet", "--schema", schema, manifest], { encoding: "utf8" });
}

function copyCorrectedSchemas(schemaDir, work) {
  const corrections = new Set();
  const files = readdirSync(schemaDir).filter((name) => name.endsWith(".xsd"));
  for (const name of files) {
    let text = readFileSync(join(schemaDir, name), "utf8");
    const fixed = text.replace(/xmlns:xs="https:\/\/www\.w3\.org\/2001\/XMLSchema"/g, 'xmlns:xs="http://www.w3.org/2001/XMLSchema"');
    if (fixed !== text) corrections.add("XML Schema namespace https → http");
    text = fixed.replace(/(<xs:pattern value="[^"]*\})\?/g, (_, before) => {
      corrections.add("lazy {n,m}? quantifier in a pattern made greedy");
      return before;
    });
    writeFileSync(join(work, name), text);
  }

  for (const name of files) {
    const text = readFileSync(join(work, name), "utf8");
    for (const [, location, namespace] of text.matchAll(/<xs:import schemaLocation="([^"]+)" namespace="([^"]+)"/g)) {
      if (existsSync(join(work, location))) continue;
      writeFileSync(join(work, location), stubSchema(namespace));
      corrections.add(`stub for missing ${location}`);
    }
  }
  return [...corrections];
}

/** Returns a schema that declares VersionOverrides with any content, enough for an import to resolve. */
function stubSchema(namespace) {
  return `<?xml version="1.0" encoding="utf-8"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="${namespace}" elementFormDefault="qualified">
  <xs:element name="VersionOverrides"/>
</xs:schema>
`;
}

/** Removes the named elements but keeps their line breaks, so xmllint's line numbers still match. */
function blankOut(source, locals) {
  let text = source;
  const removed = [];
  for (const local of locals) {
    const element = new RegExp(`<(\\w+:)?${local}\\b[^>]*/>|<(\\w+:)?${local}\\b[\\s\\S]*?</(\\w+:)?${local}>`, "g");
    const before = text;
    text = text.replace(element, (match) => match.replace(/[^\n]/g, ""));
    if (text !== before) removed.push(local);
  }
  return { text, removed };
}

function reportXmllint(ctx, result, manifestCopy) {
  if (result.status === 0) return;
  const lines = `${result.stderr}${result.stdout}`.split("\n").filter((line) => line.trim() !== "");
  if (lines.some((line) => /failed to compile/.test(line))) {
    const cause = lines.find((line) => /error/i.test(line)) ?? lines[0];
    ctx.warn(`the XML schemas did not compile, so the schema check was skipped: ${cause}`);
    return;
  }

  // Only lines that start with the manifest's path are findings. The others are xmllint's context lines.
  const findings = lines.filter((line) => line.startsWith(`${manifestCopy}:`));
  for (const line of findings) {
    const [, lineNumber, message] = /^.*?:(\d+): (.*)$/.exec(line.slice(manifestCopy.length)) ?? [];
    const plain = (message ?? line).replace(/\{[^}]*\}/g, "").replace(/\s+/g, " ");
    ctx.problem(lineNumber ? Number(lineNumber) : null, `schema: ${plain}`);
  }
  if (findings.length === 0) ctx.problem(null, `schema: xmllint failed: ${lines[0] ?? `exit code ${result.status}`}`);
}
