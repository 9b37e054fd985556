import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import type ExcelJS from "exceljs";
import { STATE_SHEET_NAME, type StoredState, decodeState } from "../../src/engine/state";
import { UserFacingError } from "../../src/office/contract";
import { refreshWorkbook } from "../../src/office/refresh";
import { queueStoredStateWrite, readStoredState } from "../../src/office/state-sheet";
import { undoLastRefresh } from "../../src/office/undo";
import { withSimulatedHost } from "./refresh-on-simulated-excel";
import { type SimulatedExcel, openSimulatedExcel } from "./simulated-excel";
import { rulesOf } from "./workbook-fixtures";

const SAMPLE = readFileSync(path.join(__dirname, "../../assets/samples/cyps-scorecard-2025-03.xlsx"));
const BENCHMARK = "CYPS Benchmark Indicators";

/** Every cell value, note and rule of every sheet but the state sheet, as plain data. */
function contentOf(workbook: ExcelJS.Workbook): Record<string, unknown> {
  const content: Record<string, unknown> = {};
  for (const sheet of workbook.worksheets) {
    if (sheet.name === STATE_SHEET_NAME) continue;
    const cells: Record<string, unknown> = {};
    sheet.eachRow({ includeEmpty: true }, (row) =>
      row.eachCell({ includeEmpty: true }, (cell) => {
        if (cell.value !== null && cell.value !== undefined) cells[cell.address] = JSON.parse(JSON.stringify(cell.value));
        if (cell.note) cells[`${cell.address} note`] = JSON.parse(JSON.stringify(cell.note));
      }),
    );
    content[sheet.name] = { cells, rules: rulesOf(sheet).map((rule) => [rule.ref, rule.formula]) };
  }
  return content;
}

function stateSheet(workbook: ExcelJS.Workbook): ExcelJS.Worksheet | undefined {
  return workbook.getWorksheet(STATE_SHEET_NAME);
}

async function refreshOn(host: SimulatedExcel) {
  return withSimulatedHost(host, () => refreshWorkbook());
}

async function undoOn(host: SimulatedExcel) {
  return withSimulatedHost(host, () => undoLastRefresh());
}

describe("undoLastRefresh in Excel", () => {
  it("refresh stores its state very hidden", async () => {
    const host = await openSimulatedExcel(SAMPLE);
    const outcome = await refreshOn(host);
    const sheet = stateSheet(host.workbook);
    assert.equal(sheet?.state, "veryHidden");
    assert.ok(outcome.syncs <= 3, `${outcome.syncs} syncs`);
    const chunks = sheet!.getColumn(1).values.filter((v): v is string => typeof v === "string");
    assert.ok(decodeState(chunks).state?.undo, "the stored state should carry an undo record");
  });

  it("undo after a first refresh restores every cell, rule and note", async () => {
    const host = await openSimulatedExcel(SAMPLE);
    const before = contentOf(host.workbook);
    await refreshOn(host);
    assert.notDeepEqual(contentOf(host.workbook), before, "the refresh should have changed something");

    await undoOn(host);
    assert.deepEqual(contentOf(host.workbook), before);
    assert.equal(stateSheet(host.workbook), undefined, "undoing a first refresh removes the state sheet");
  });

  it("undo after an edit and a second refresh restores the first refresh", async () => {
    const host = await openSimulatedExcel(SAMPLE);
    await refreshOn(host);
    const benchmark = host.workbook.getWorksheet(BENCHMARK)!;
    benchmark.getCell("I6").value = 0.2;
    const afterEdit = contentOf(host.workbook);
    const firstState = decodeState(stateSheet(host.workbook)!.getColumn(1).values.filter((v): v is string => typeof v === "string")).state;

    const second = await refreshOn(host);
    assert.ok(second.plan.stateChanged, "the edit should change some marks");
    await undoOn(host);

    assert.deepEqual(contentOf(host.workbook), afterEdit);
    const restored = await withSimulatedHost(host, () => host.Excel.run((context) => readStoredState(context)));
    assert.deepEqual(restored?.rules, firstState?.rules);
    assert.deepEqual(restored?.review, firstState?.review);
    assert.equal(restored?.undo, undefined, "the restored state has no undo record of its own");
  });

  it("second undo: nothing to undo", async () => {
    const host = await openSimulatedExcel(SAMPLE);
    await refreshOn(host);
    await undoOn(host);
    await assert.rejects(undoOn(host), (error: unknown) => error instanceof UserFacingError && /no refresh to undo/i.test(error.message));
  });

  it("protected sheet: refused, nothing changed", async () => {
    const host = await openSimulatedExcel(SAMPLE);
    await refreshOn(host);
    const refreshed = contentOf(host.workbook);
    await host.workbook.getWorksheet(BENCHMARK)!.protect("", {});
    await assert.rejects(undoOn(host), (error: unknown) => error instanceof UserFacingError && error.code === "SheetProtected");
    assert.deepEqual(contentOf(host.workbook), refreshed);
  });

  it("cell edit mode: finish editing message", async () => {
    const host = await openSimulatedExcel(SAMPLE);
    await refreshOn(host);
    host.cellEditMode = true;
    await assert.rejects(undoOn(host), (error: unknown) => error instanceof UserFacingError && /finish editing the cell/i.test(error.message));
  });
});

describe("stored state helpers", () => {
  const state: StoredState = { version: 1, refreshedAt: "2025-04-02T09:00:00.000Z", review: {}, rules: {} };

  it("no state sheet: undefined in one sync", async () => {
    const host = await openSimulatedExcel(SAMPLE);
    const read = await withSimulatedHost(host, () => host.Excel.run((context) => readStoredState(context)));
    assert.equal(read, undefined);
    assert.equal(host.syncs, 1);
  });

  it("write then read gives the state back", async () => {
    const host = await openSimulatedExcel(SAMPLE);
    const long = { ...state, review: { x: { status: "accepted" as const, message: "=1+2 ".repeat(9000), sheet: BENCHMARK, cell: "Q6", code: "BANDS_GAP" } } };
    await withSimulatedHost(host, () => host.Excel.run(async (context) => queueStoredStateWrite(context, long, false)));
    assert.equal(stateSheet(host.workbook)?.state, "veryHidden");
    const read = await withSimulatedHost(host, () => host.Excel.run((context) => readStoredState(context)));
    assert.deepEqual(read, long);
  });

  it("null state deletes the sheet", async () => {
    const host = await openSimulatedExcel(SAMPLE);
    await withSimulatedHost(host, () => host.Excel.run(async (context) => queueStoredStateWrite(context, state, false)));
    await withSimulatedHost(host, () => host.Excel.run(async (context) => queueStoredStateWrite(context, null, true)));
    assert.equal(stateSheet(host.workbook), undefined);
  });
});
