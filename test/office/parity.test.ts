/**
 * The Office.js path (on the simulated host) and the command-line path must leave the same cells, rules
 * and notes, because both apply the same engine plan.
 */
import { strict as assert } from "node:assert";
import ExcelJS from "exceljs";
import { STATE_SHEET_NAME, decodeState } from "../../src/engine/state";
import { refreshXlsxOnSimulatedExcel } from "./refresh-on-simulated-excel";
import { ACTIVITY, BENCHMARK, loadSample, refreshWorkbook } from "../xlsx/refresh-workbook";

interface SheetState {
  cells: Record<string, unknown>;
  rules: string[];
  notes: Record<string, string>;
}

function stateOf(workbook: ExcelJS.Workbook): Record<string, SheetState> {
  const state: Record<string, SheetState> = {};
  for (const worksheet of workbook.worksheets) {
    const cells: Record<string, unknown> = {};
    const notes: Record<string, string> = {};
    worksheet.eachRow({ includeEmpty: true }, (row) =>
      row.eachCell({ includeEmpty: true }, (cell) => {
        if (cell.value !== null && cell.value !== undefined) cells[cell.address] = JSON.parse(JSON.stringify(cell.value));
        const note = cell.note as unknown;
        if (note) notes[cell.address] = typeof note === "string" ? note : ((note as { texts?: { text: string }[] }).texts ?? []).map((t) => t.text).join("");
      }),
    );
    const formattings = (worksheet as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] }).conditionalFormattings;
    const rules = formattings.flatMap((f) =>
      f.rules.map((rule) => {
        const { formulae, style, type, operator } = rule as { formulae?: string[]; style?: ExcelJS.Style; type: string; operator?: string };
        const fill = (style?.fill as { bgColor?: { argb?: string } } | undefined)?.bgColor?.argb ?? "";
        return [f.ref, type, operator ?? "", (formulae ?? []).map((x) => String(x).replace(/^=/, "")).join(";"), fill, style?.font?.color?.argb ?? "", style?.font?.bold ? "bold" : ""].join(" | ");
      }),
    );
    state[worksheet.name] = { cells, rules: rules.sort(), notes };
  }
  return state;
}

/** The sample with a person's edits that both paths must keep: a rule, a note, a formula and a typed "n/a". */
async function editedSample(): Promise<ExcelJS.Workbook> {
  const workbook = await loadSample();
  const benchmark = workbook.getWorksheet(BENCHMARK)!;
  benchmark.addConditionalFormatting({
    ref: "G6:G30",
    rules: [{ type: "cellIs", operator: "lessThan", formulae: ["0.5"], priority: 1, style: { font: { italic: true } } }],
  });
  benchmark.getCell("Q6").note = "Threshold agreed with the service manager.";
  benchmark.getCell("M7").value = { formula: 'IF(I7>H7,"↑","↓")', result: "↑" } as ExcelJS.CellFormulaValue;
  benchmark.getCell("N8").value = "n/a";
  return workbook;
}

/** The decoded stored state without its times, which differ between two runs; undefined when there is no state sheet. */
function storedStateOf(workbook: ExcelJS.Workbook): unknown {
  const sheet = workbook.getWorksheet(STATE_SHEET_NAME);
  if (!sheet) return undefined;
  const chunks = sheet.getColumn(1).values.filter((value): value is string => typeof value === "string");
  const { state } = decodeState(chunks);
  return JSON.parse(JSON.stringify(state ?? null), (key, value: unknown) => (key === "refreshedAt" || key === "at" ? undefined : value));
}

async function compare(workbook: ExcelJS.Workbook): Promise<void> {
  const bytes = await workbook.xlsx.writeBuffer();
  const viaCommandLine = (await refreshWorkbook(workbook)).workbook;
  const viaOffice = await refreshXlsxOnSimulatedExcel(new Uint8Array(bytes as ArrayBuffer));
  const expected = stateOf(viaCommandLine);
  const actual = stateOf(viaOffice.workbook);

  assert.equal(expected[BENCHMARK].cells.M6, "↑", "the command line should have written B.1's arrow");
  assert.ok(Object.keys(expected[BENCHMARK].notes).length > 10, "the command line should have written notes");
  for (const name of [BENCHMARK, ACTIVITY, "Notes"]) {
    assert.deepEqual(actual[name].cells, expected[name].cells, `${name}: cells differ`);
    assert.deepEqual(actual[name].rules, expected[name].rules, `${name}: rules differ`);
    assert.deepEqual(actual[name].notes, expected[name].notes, `${name}: notes differ`);
  }
  const expectedState = storedStateOf(viaCommandLine);
  assert.ok(expectedState, "the command line should have stored its state");
  assert.equal(viaOffice.workbook.getWorksheet(STATE_SHEET_NAME)?.state, "veryHidden");
  assert.deepEqual(storedStateOf(viaOffice.workbook), expectedState, "stored state differs");
  assert.ok(viaOffice.outcome.syncs <= 3, `${viaOffice.outcome.syncs} syncs`);
}

describe("Office.js and command-line parity", () => {
  it("sample: same cells, rules and notes", async () => {
    await compare(await loadSample());
  });

  it("edited sample: same cells, rules and notes", async () => {
    await compare(await editedSample());
  });

  it("owned rules are present on both paths", async () => {
    const workbook = await loadSample();
    const bytes = await workbook.xlsx.writeBuffer();
    const viaOffice = await refreshXlsxOnSimulatedExcel(new Uint8Array(bytes as ArrayBuffer));
    const rules = stateOf(viaOffice.workbook)[BENCHMARK].rules;
    assert.equal(rules.filter((r) => r.includes('N("scorecard-rag")=0')).length, 12);
  });
});
