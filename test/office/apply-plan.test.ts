import assert from "node:assert/strict";
import { cellAddress } from "../../src/engine/address";
import { OWNED_RULE_TAG } from "../../src/engine/ownership";
import type { RefreshPlan, RuleSpec, SheetPlan } from "../../src/engine/plan";
import { type ApplyResult, applyPlan } from "../../src/office/apply-plan";
import { UserFacingError } from "../../src/office/contract";
import { readSnapshot } from "../../src/office/read-snapshot";
import { withSimulatedHost } from "./refresh-on-simulated-excel";
import { type SimulatedExcel, createSimulatedExcel } from "./simulated-excel";
import { addRule, layoutWorkbook, rulesOf } from "./workbook-fixtures";

function sheetPlan(changes: Partial<SheetPlan>): SheetPlan {
  return { name: "Scorecard", headerRow: 5, cellWrites: [], rules: [], notes: [], ...changes };
}

function planOf(...sheets: SheetPlan[]): RefreshPlan {
  return {
    workbook: "Scorecard.xlsx",
    sheets,
    indicators: [],
    findings: [],
    summary: { sheets: [], indicators: 0, rag: { R: 0, A: 0, G: 0, none: 0 }, findings: { error: 0, warning: 0, info: 0 } },
    changes: [],
    resolved: {},
    state: null,
    stateChanged: false,
    notices: [],
  };
}

function write(row: number, col: number, value: string) {
  return { row, col, address: cellAddress(row, col), value };
}

function note(row: number, col: number, text: string | null) {
  return { row, col, address: cellAddress(row, col), text };
}

const RED_RULE: RuleSpec = { range: "N6:N9", formula: `AND(${OWNED_RULE_TAG},N6="R")`, style: { fill: "FF0000", fontColor: "FFFFFF", bold: true }, name: "rag-red" };
const GREEN_RULE: RuleSpec = { range: "N6:N9", formula: `AND(${OWNED_RULE_TAG},N6="G")`, style: { fill: "00B050" }, name: "rag-green" };

/** Reads the workbook and applies the plan in one Excel.run, as refreshWorkbook does. */
async function readAndApply(host: SimulatedExcel, plan: RefreshPlan, payloadBudgetBytes?: number): Promise<ApplyResult> {
  return withSimulatedHost(host, () =>
    host.Excel.run(async (context) => {
      const read = await readSnapshot(context);
      return await applyPlan(context, read, plan, { payloadBudgetBytes });
    }),
  );
}

describe("applyPlan", () => {
  describe("cells", () => {
    it("all writes in one sync", async () => {
      const host = createSimulatedExcel(layoutWorkbook());
      const applied = await readAndApply(host, planOf(sheetPlan({ cellWrites: [write(6, 16, "↑"), write(8, 16, "↓"), write(6, 17, "G")], rules: [RED_RULE] })));
      assert.equal(applied.syncs, 1);
      assert.equal(host.syncs, 3);
    });

    it("values land in their cells", async () => {
      const book = layoutWorkbook();
      await readAndApply(createSimulatedExcel(book), planOf(sheetPlan({ cellWrites: [write(6, 16, "↑"), write(7, 16, "→"), write(6, 17, "A")] })));
      const sheet = book.getWorksheet("Scorecard")!;
      assert.equal(sheet.getCell("P6").value, "↑");
      assert.equal(sheet.getCell("P7").value, "→");
      assert.equal(sheet.getCell("Q6").value, "A");
    });

    it("text like a formula stays text", async () => {
      const book = layoutWorkbook();
      await readAndApply(createSimulatedExcel(book), planOf(sheetPlan({ cellWrites: [write(6, 16, "=N6"), write(7, 16, "-"), write(8, 16, "+1")] })));
      const sheet = book.getWorksheet("Scorecard")!;
      assert.equal(sheet.getCell("P6").value, "=N6");
      assert.equal(sheet.getCell("P7").value, "-");
      assert.equal(sheet.getCell("P8").value, "+1");
    });

    it("empty text clears the cell", async () => {
      const book = layoutWorkbook();
      book.getWorksheet("Scorecard")!.getCell("P6").value = "↓";
      await readAndApply(createSimulatedExcel(book), planOf(sheetPlan({ cellWrites: [write(6, 16, "")] })));
      assert.equal(book.getWorksheet("Scorecard")!.getCell("P6").value, null);
    });
  });

  describe("rules", () => {
    it("owned rules replaced, a person's kept first", async () => {
      const book = layoutWorkbook();
      const sheet = book.getWorksheet("Scorecard")!;
      addRule(sheet, "N6:N9", 'N6="A"', true, 1);
      addRule(sheet, "H6:H9", "H6>0.9", false, 2);
      await readAndApply(createSimulatedExcel(book), planOf(sheetPlan({ rules: [RED_RULE, GREEN_RULE] })));

      const rules = rulesOf(sheet);
      assert.deepEqual(rules.map((rule) => rule.formula), ["H6>0.9", RED_RULE.formula, GREEN_RULE.formula]);
      assert.deepEqual(rules.map((rule) => rule.ref), ["H6:H9", "N6:N9", "N6:N9"]);
    });

    it("rule style as fill, font colour and bold", async () => {
      const book = layoutWorkbook();
      await readAndApply(createSimulatedExcel(book), planOf(sheetPlan({ rules: [RED_RULE, GREEN_RULE] })));
      const [red, green] = rulesOf(book.getWorksheet("Scorecard")!);
      assert.deepEqual(red.style, { fill: { type: "pattern", pattern: "solid", bgColor: { argb: "FFFF0000" } }, font: { color: { argb: "FFFFFFFF" }, bold: true } });
      assert.deepEqual(green.style, { fill: { type: "pattern", pattern: "solid", bgColor: { argb: "FF00B050" } } });
    });

    it("second apply leaves one set of rules", async () => {
      const book = layoutWorkbook();
      const plan = planOf(sheetPlan({ rules: [RED_RULE, GREEN_RULE] }));
      await readAndApply(createSimulatedExcel(book), plan);
      await readAndApply(createSimulatedExcel(book), plan);
      assert.equal(rulesOf(book.getWorksheet("Scorecard")!).length, 2);
    });
  });

  describe("notes", () => {
    it("adds, changes and deletes as planned", async () => {
      const book = layoutWorkbook();
      const sheet = book.getWorksheet("Scorecard")!;
      sheet.getCell("H6").note = "[Scorecard RAG]\nWarning: old finding";
      const changed = "Definition checked with the team\n\n[Scorecard RAG]\nInfo: new finding";
      const applied = await readAndApply(createSimulatedExcel(book), planOf(sheetPlan({ notes: [note(6, 3, changed), note(6, 8, null), note(6, 14, "[Scorecard RAG]\nError: x")] })));

      assert.equal(sheet.getCell("C6").note, changed);
      assert.equal(sheet.getCell("H6").note, undefined);
      assert.equal(sheet.getCell("N6").note, "[Scorecard RAG]\nError: x");
      assert.equal(applied.notesWritten, 3);
    });

    it("unchanged note is not written", async () => {
      const host = createSimulatedExcel(layoutWorkbook());
      const applied = await readAndApply(host, planOf(sheetPlan({ notes: [note(6, 3, "Definition checked with the team"), note(7, 3, null)] })));
      assert.equal(applied.notesWritten, 0);
      assert.equal(host.writes, 0);
    });

    it("ExcelApi 1.10 writes threaded comments", async () => {
      const book = layoutWorkbook();
      const host = createSimulatedExcel(book, { requirementSets: ["ExcelApi 1.10"] });
      await readAndApply(host, planOf(sheetPlan({ notes: [note(6, 14, "[Scorecard RAG]\nError: x")] })));
      assert.deepEqual(host.comments.map(({ sheet, row, col, content }) => ({ sheet, row, col, content })), [{ sheet: "Scorecard", row: 6, col: 14, content: "[Scorecard RAG]\nError: x" }]);
      assert.equal(book.getWorksheet("Scorecard")!.getCell("N6").note, undefined);
    });

    it("without notes or comments, notes are skipped", async () => {
      const book = layoutWorkbook();
      const host = createSimulatedExcel(book, { requirementSets: ["ExcelApi 1.9"] });
      const applied = await readAndApply(host, planOf(sheetPlan({ cellWrites: [write(6, 16, "↑")], notes: [note(6, 14, "[Scorecard RAG]\nError: x")] })));
      assert.equal(applied.notesWritten, 0);
      assert.equal(book.getWorksheet("Scorecard")!.getCell("N6").note, undefined);
      assert.equal(book.getWorksheet("Scorecard")!.getCell("P6").value, "↑");
    });
  });

  describe("protection", () => {
    it("protected scorecard sheet stops before any write", async () => {
      const book = layoutWorkbook();
      await book.getWorksheet("Scorecard")!.protect("", {});
      const host = createSimulatedExcel(book);
      await assert.rejects(readAndApply(host, planOf(sheetPlan({ cellWrites: [write(6, 16, "↑")], rules: [RED_RULE] }))), (error: unknown) => {
        assert.ok(error instanceof UserFacingError);
        assert.equal(error.code, "SheetProtected");
        assert.match(error.message, /"Scorecard" is protected/);
        assert.match(error.message, /Unprotect it .*then refresh again\./);
        return true;
      });
      assert.equal(host.writes, 0);
      assert.equal(host.syncs, 2);
    });

    it("protected sheet outside the plan is fine", async () => {
      const book = layoutWorkbook();
      await book.getWorksheet("Empty")!.protect("", {});
      await readAndApply(createSimulatedExcel(book), planOf(sheetPlan({ cellWrites: [write(6, 16, "↑")] })));
      assert.equal(book.getWorksheet("Scorecard")!.getCell("P6").value, "↑");
    });
  });

  describe("payload budget", () => {
    it("writes past the budget go in several syncs", async () => {
      const book = layoutWorkbook();
      const limit = 4_000;
      const host = createSimulatedExcel(book, { payloadLimitBytes: limit * 10 });
      const writes = Array.from({ length: 40 }, (_, i) => write(20 + 2 * i, 16, "↓"));
      const applied = await readAndApply(host, planOf(sheetPlan({ cellWrites: writes })), limit);

      assert.ok(applied.syncs >= 3, `expected at least 3 write syncs, got ${applied.syncs}`);
      assert.ok(host.syncLog.slice(2).every((sync) => sync.requestBytes <= limit));
      assert.ok(writes.every(({ row }) => book.getWorksheet("Scorecard")!.getCell(row, 16).value === "↓"));
    });
  });
});
