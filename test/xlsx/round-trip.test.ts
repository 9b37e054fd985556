import { strict as assert } from "node:assert";
import type ExcelJS from "exceljs";
import type { RefreshPlan } from "../../src/engine/plan";
import { STATE_SHEET_NAME } from "../../src/engine/state";
import {
  ACTIVITY, BENCHMARK, cellsOf, formatModels, formatsOf, hiddenColumns, loadSample, mergesOf, notesOf, noteText, outputCells,
  refreshWorkbook, ruleCount, ruleModel, saveAndLoad, sheet,
} from "./refresh-workbook";

const SHEETS = [BENCHMARK, ACTIVITY];
const PERSON_RULE_REF = "G6:G30";

function rulesOn(worksheet: ExcelJS.Worksheet, ref: string): unknown[] {
  return formatsOf(worksheet).filter((f) => f.ref === ref).flatMap((f) => f.rules.map(ruleModel));
}

describe("exceljs round trip: second refresh", () => {
  let first: { workbook: ExcelJS.Workbook; plan: RefreshPlan };
  let second: { workbook: ExcelJS.Workbook; plan: RefreshPlan };

  before(async () => {
    first = await refreshWorkbook(await loadSample());
    second = await refreshWorkbook(first.workbook);
  });

  it("same DOT and RAG values", () => {
    const cells = [...outputCells(first.plan)];
    assert.ok(cells.length > 250, `${cells.length} output cells`);
    assert.equal(sheet(first.workbook, BENCHMARK).getCell("N6").value, "G");
    for (const key of cells) {
      const [name, address] = key.split("!");
      assert.deepEqual(sheet(second.workbook, name).getCell(address).value, sheet(first.workbook, name).getCell(address).value, key);
    }
  });

  it("same conditional formats", () => {
    for (const name of SHEETS) {
      assert.ok(ruleCount(sheet(first.workbook, name)) > 0, name);
      assert.equal(ruleCount(sheet(second.workbook, name)), ruleCount(sheet(first.workbook, name)), name);
      assert.deepEqual(formatModels(sheet(second.workbook, name)), formatModels(sheet(first.workbook, name)), name);
    }
  });

  it("state sheet hidden again after a Calc save", async () => {
    // LibreOffice Calc saves a very hidden sheet as merely hidden; nothing else changes, so no state is rewritten.
    const calcSaved = await saveAndLoad(first.workbook);
    sheet(calcSaved, STATE_SHEET_NAME).state = "hidden";
    const again = await refreshWorkbook(calcSaved);
    assert.equal(again.plan.stateChanged, false);
    assert.equal(sheet(again.workbook, STATE_SHEET_NAME).state, "veryHidden");
  });

  it("same notes", () => {
    for (const name of SHEETS) {
      assert.ok(Object.keys(notesOf(sheet(first.workbook, name))).length > 0, name);
      assert.deepEqual(notesOf(sheet(second.workbook, name)), notesOf(sheet(first.workbook, name)), name);
    }
  });
});

describe("exceljs round trip: a person's rules and entries", () => {
  it("cellIs rule on Jan-25 survives two refreshes", async () => {
    const sample = await loadSample();
    sheet(sample, BENCHMARK).addConditionalFormatting({
      ref: PERSON_RULE_REF,
      rules: [{
        type: "cellIs", operator: "lessThan", formulae: ["0.5"], priority: 1,
        style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: "FFFFC7CE" } } },
      }],
    });
    const saved = await saveAndLoad(sample);
    const original = rulesOn(sheet(saved, BENCHMARK), PERSON_RULE_REF);
    assert.equal(original.length, 1);

    const once = await refreshWorkbook(saved);
    const twice = await refreshWorkbook(once.workbook);

    assert.deepEqual(rulesOn(sheet(twice.workbook, BENCHMARK), PERSON_RULE_REF), original);
    assert.equal(ruleCount(sheet(twice.workbook, BENCHMARK)), ruleCount(sheet(once.workbook, BENCHMARK)));
  });

  it("untagged expression rule on a DOT column survives", async () => {
    const sample = await loadSample();
    sheet(sample, BENCHMARK).addConditionalFormatting({
      ref: "M6:M30",
      rules: [{ type: "expression", formulae: ['M6="→"'], priority: 1, style: { font: { italic: true } } }],
    });
    const saved = await saveAndLoad(sample);
    const original = rulesOn(sheet(saved, BENCHMARK), "M6:M30");

    const twice = await refreshWorkbook((await refreshWorkbook(saved)).workbook);

    const expressionRules = rulesOn(sheet(twice.workbook, BENCHMARK), "M6:M30").filter((r) => JSON.stringify(r).includes('M6=\\"→\\"'));
    assert.deepEqual(expressionRules, original);
  });

  it("DOT formula and RAG n/a kept", async () => {
    const sample = await loadSample();
    sheet(sample, BENCHMARK).getCell("M7").value = { formula: 'IF(1,"↑","")', result: "↑" };
    sheet(sample, BENCHMARK).getCell("N6").value = "n/a";

    const once = await refreshWorkbook(sample);
    const twice = await refreshWorkbook(once.workbook);

    const benchmark = sheet(twice.workbook, BENCHMARK);
    assert.equal(benchmark.getCell("M7").formula, 'IF(1,"↑","")');
    assert.equal(benchmark.getCell("N6").value, "n/a");
    assert.match(noteText(benchmark.getCell("M7")) ?? "", /CELL_KEPT_FORMULA/);
    assert.match(noteText(benchmark.getCell("N6")) ?? "", /CELL_KEPT_MANUAL/);
  });
});

describe("exceljs round trip: cells the refresh does not own", () => {
  let original: ExcelJS.Workbook;
  let refreshed: { workbook: ExcelJS.Workbook; plan: RefreshPlan };

  before(async () => {
    original = await loadSample();
    refreshed = await refreshWorkbook(await loadSample());
  });

  it("every other cell's value and format unchanged", () => {
    const owned = outputCells(refreshed.plan);
    for (const worksheet of original.worksheets) {
      const after = sheet(refreshed.workbook, worksheet.name);
      const rows = Math.max(worksheet.rowCount, after.rowCount);
      const cols = Math.max(worksheet.columnCount, after.columnCount);
      const beforeCells = cellsOf(worksheet, rows, cols);
      const afterCells = cellsOf(after, rows, cols);
      let compared = 0;
      for (const [address, state] of beforeCells) {
        if (owned.has(`${worksheet.name}!${address}`)) continue;
        assert.equal(afterCells.get(address), state, `${worksheet.name}!${address}`);
        compared++;
      }
      assert.ok(compared > 10, `${worksheet.name}: ${compared} cells compared`);
    }
  });

  it("hidden columns stay hidden", () => {
    assert.deepEqual(hiddenColumns(sheet(original, ACTIVITY)), [7, 8, 9, 10, 11, 12, 13, 14, 15]);
    for (const worksheet of original.worksheets) {
      assert.deepEqual(hiddenColumns(sheet(refreshed.workbook, worksheet.name)), hiddenColumns(worksheet), worksheet.name);
    }
  });

  it("hidden row stays hidden", async () => {
    const sample = await loadSample();
    sheet(sample, BENCHMARK).getRow(12).hidden = true;
    const after = (await refreshWorkbook(sample)).workbook;
    assert.equal(sheet(after, BENCHMARK).getRow(12).hidden, true);
    assert.equal(sheet(after, BENCHMARK).getRow(13).hidden, false);
  });

  it("merges unchanged", () => {
    for (const worksheet of original.worksheets) {
      assert.deepEqual(mergesOf(sheet(refreshed.workbook, worksheet.name)), mergesOf(worksheet), worksheet.name);
    }
    assert.ok(mergesOf(sheet(original, ACTIVITY)).includes("A47:A50"));
  });
});
