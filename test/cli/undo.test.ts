import { strict as assert } from "node:assert";
import { copyFileSync, existsSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { STATE_SHEET_NAME } from "../../src/engine/state";
import { REVIEW_SHEET_NAME } from "../../src/xlsx/review-sheet";
import { formatModels, notesOf } from "../xlsx/refresh-workbook";
import { buildCli, runCli, SAMPLE, scratchFolder, sha256, STACK_LINE } from "./run-cli";

/**
 * Every sheet's cell values and formats, notes and conditional formats, as plain data. The review sheet
 * is the refresh's own report, rewritten on every run (undo included), so it is left out.
 */
async function contentOf(file: string): Promise<Record<string, unknown>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const content: Record<string, unknown> = {};
  for (const sheet of workbook.worksheets) {
    if (sheet.name === REVIEW_SHEET_NAME) continue;
    const cells: Record<string, unknown> = {};
    sheet.eachRow({ includeEmpty: true }, (row) =>
      row.eachCell({ includeEmpty: true }, (cell) => {
        if (cell.value !== null && cell.value !== undefined) cells[cell.address] = JSON.parse(JSON.stringify({ value: cell.value, numFmt: cell.numFmt ?? "" }));
      }),
    );
    content[sheet.name] = { cells, notes: notesOf(sheet), formats: formatModels(sheet), state: sheet.state };
  }
  return content;
}

describe("scorecard-rag undo", () => {
  const scratch = scratchFolder();
  const refreshed = path.join(scratch.dir, "refreshed.xlsx");

  before(() => {
    buildCli();
    const run = runCli(["refresh", SAMPLE, "--out", refreshed, "--quiet"]);
    assert.equal(run.status, 0, run.stderr);
  });
  after(() => scratch.remove());

  it("refresh then undo gives back the original", async () => {
    const undone = path.join(scratch.dir, "undone.xlsx");
    const run = runCli(["undo", refreshed, "--out", undone]);
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /Undid the last refresh/);
    assert.notDeepEqual(await contentOf(refreshed), await contentOf(SAMPLE), "the refresh should have changed the sample");
    assert.deepEqual(await contentOf(undone), await contentOf(SAMPLE));
  });

  it("second undo: exit 2, nothing to undo, no output", async () => {
    const undone = path.join(scratch.dir, "undone-once.xlsx");
    const twice = path.join(scratch.dir, "undone-twice.xlsx");
    assert.equal(runCli(["undo", refreshed, "--out", undone]).status, 0);

    const run = runCli(["undo", undone, "--out", twice]);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /no refresh to undo/);
    assert.equal(run.stderr.trimEnd().split("\n").length, 1, run.stderr);
    assert.doesNotMatch(run.stderr, STACK_LINE);
    assert.ok(!existsSync(twice), "output written");
  });

  it("undo after two refreshes keeps the first refresh's state", async () => {
    const again = path.join(scratch.dir, "refreshed-twice.xlsx");
    const undone = path.join(scratch.dir, "undone-second.xlsx");
    assert.equal(runCli(["refresh", refreshed, "--out", again, "--quiet"]).status, 0);

    const run = runCli(["undo", again, "--out", undone]);
    // A second refresh of unchanged data changes nothing, so its undo record is the first refresh's.
    assert.equal(run.status, 0, run.stderr);
    const content = await contentOf(undone);
    assert.deepEqual(content, await contentOf(SAMPLE));
    assert.equal(STATE_SHEET_NAME in content, false);
  });

  it("output is the input: refused without --in-place", () => {
    const copy = path.join(scratch.dir, "copy.xlsx");
    copyFileSync(refreshed, copy);
    const before = sha256(copy);
    const run = runCli(["undo", copy, "--out", copy]);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /--in-place/);
    assert.equal(sha256(copy), before);
  });

  it("--in-place overwrites the input", async () => {
    const copy = path.join(scratch.dir, "in-place.xlsx");
    copyFileSync(refreshed, copy);
    assert.equal(runCli(["undo", copy, "--out", copy, "--in-place"]).status, 0);
    assert.deepEqual(await contentOf(copy), await contentOf(SAMPLE));
  });

  it("--report with undo: usage error", () => {
    const run = runCli(["undo", refreshed, "--out", path.join(scratch.dir, "x.xlsx"), "--report", path.join(scratch.dir, "r.json")]);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /refresh only/);
  });

  it("help lists undo", () => {
    const run = runCli(["--help"]);
    assert.match(run.stdout, /scorecard-rag undo <in\.xlsx> --out <out\.xlsx>/);
  });
});
