import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const root = resolve(__dirname, "..", "..");
const script = join(root, "scripts", "validate-manifest.mjs");
const manifest = readFileSync(join(root, "manifest.xml"), "utf8");
const hasXmllint = !spawnSync("xmllint", ["--version"]).error;
/** The 2020 manifest schemas sit beside the repository in CI; a clone elsewhere has none, and the check skips them. */
const hasSchemas = existsSync(join(root, "..", "shared", "data", "manifest-xsd-2020", "OfficeAppManifestV1_1.xsd"));

let work: string;

/** Runs the validator on a copy of the real manifest with `from` replaced by `to`. */
function validateEdited(from: string | RegExp, to: string) {
  const edited = manifest.replace(from, to);
  assert.notEqual(edited, manifest, `the test's edit ${String(from)} changed nothing`);
  const path = join(work, "manifest.xml");
  writeFileSync(path, edited);
  return validate(path);
}

function validate(path: string) {
  const result = spawnSync(process.execPath, [script, "--manifest", path], { cwd: root, encoding: "utf8" });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe("validate-manifest", () => {
  before(() => {
    work = mkdtempSync(join(tmpdir(), "validate-manifest-"));
  });
  after(() => rmSync(work, { recursive: true, force: true }));

  it("passes the real manifest", () => {
    const { status, output } = validate(join(root, "manifest.xml"));
    assert.equal(status, 0, output);
  });

  it("fails on a broken resid", () => {
    const { status, output } = validateEdited('<Label resid="Group.Label"/>', '<Label resid="Group.Lable"/>');
    assert.equal(status, 1);
    const line = manifest.split("\n").findIndex((text) => text.includes('resid="Group.Label"')) + 1;
    assert.ok(output.includes(`:${line}: <Label resid="Group.Lable"> has no resource`), output);
  });

  it("fails on a resid of the wrong kind", () => {
    const { status, output } = validateEdited('<Label resid="Review.Label"/>', '<Label resid="Review.Tooltip"/>');
    assert.equal(status, 1);
    assert.match(output, /Review\.Tooltip.*there is one in bt:LongStrings/);
  });

  it("fails on a missing icon", () => {
    const { status, output } = validateEdited("assets/icon-80.png", "assets/icon-96.png");
    assert.equal(status, 1);
    assert.match(output, /icon file assets\/icon-96\.png is missing/);
  });

  it("fails on an icon of the wrong size", () => {
    const { status, output } = validateEdited('id="Icon.32" DefaultValue="https://localhost:3000/assets/icon-32.png"', 'id="Icon.32" DefaultValue="https://localhost:3000/assets/icon-16.png"');
    assert.equal(status, 1);
    assert.match(output, /assets\/icon-16\.png is 16×16 px, but <bt:Image> needs 32 px/);
  });

  it("fails when a FunctionName has no associate", () => {
    const { status, output } = validateEdited("<FunctionName>refreshRag<", "<FunctionName>refreshAll<");
    assert.equal(status, 1);
    assert.match(output, /FunctionName "refreshAll" has no Office\.actions\.associate/);
  });

  it("fails on a URL off the dev-server", () => {
    const { status, output } = validateEdited('"https://localhost:3000/taskpane.html"/>\n  </DefaultSettings>', '"https://localhost:8080/taskpane.html"/>\n  </DefaultSettings>');
    assert.equal(status, 1);
    assert.match(output, /URL https:\/\/localhost:8080\/taskpane\.html must start with https:\/\/localhost:3000\//);
  });

  it("fails when the pane leaves the shared runtime", () => {
    const { status, output } = validateEdited('<FunctionFile resid="Taskpane.Url"/>', '<FunctionFile resid="Commands.Url"/>');
    assert.equal(status, 1);
    assert.match(output, /<FunctionFile> must use resid "Taskpane\.Url"/);
  });

  it("fails on malformed XML", () => {
    const { status, output } = validateEdited("</Supertip>", "</SuperTip>");
    assert.equal(status, 1);
    assert.match(output, /not well-formed XML: <\/SuperTip> closes <Supertip>/);
  });

  it("fails on an element out of schema order", function () {
    if (!hasXmllint || !hasSchemas) {
      // Mocha lists a skipped test as pending with no reason, so the title carries it.
      this.test!.title += ` (skipped: ${hasXmllint ? "the 2020 manifest schemas are missing" : "xmllint is missing"})`;
      this.skip();
    }
    const { status, output } = validateEdited(/( *<DefaultSettings>[\s\S]*?<\/DefaultSettings>\n)( *<Permissions>.*\n)/, "$2$1");
    assert.equal(status, 1);
    assert.match(output, /schema: .*Permissions.*This element is not expected/);
  });
});
