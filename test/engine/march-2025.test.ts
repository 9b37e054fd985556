/**
 * The engine against the bundled March 2025 sample, whose DOT cells hold the arrows the report printed
 * (an empty cell is an arrow the PDF extraction could not read).
 */
import { strict as assert } from "node:assert";
import path from "node:path";
import ExcelJS from "exceljs";
import { refresh } from "../../src/engine/refresh";
import { readWorkbookSnapshot } from "../../src/xlsx/read-snapshot";
import { detectLayout } from "../../src/engine/layout";
import { cellText } from "../../src/engine/rows";
import { cellAt, type WorkbookSnapshot } from "../../src/engine/snapshot";
import { parseCellAddress as addressOf } from "../../src/engine/address";
import type { Direction, IndicatorResult } from "../../src/engine/plan";

const SAMPLE = path.join(__dirname, "..", "..", "assets", "samples", "cyps-scorecard-2025-03.xlsx");
const PRINTED: Record<string, Direction> = { "↑": "up", "↓": "down", "→": "same", "n/a": "none" };

/** Arrows the engine does not reproduce, keyed "ref|measure or row|column", each with its reason. */
const EXCLUSIONS: Record<string, string> = {
  "B.19 (EH)|27|dotMonth": "quarterly: the quarter before is not on the sheet, so no arrow and the typed one is kept",
  "B.20 (EH)|28|dotMonth": "quarterly: the quarter before is not on the sheet, so no arrow and the typed one is kept",
  "B.21 (EH)|29|dotMonth": "quarterly: the quarter before is not on the sheet, so no arrow and the typed one is kept",
  "B.22 (EH)|30|dotMonth": "quarterly: the quarter before is not on the sheet, so no arrow and the typed one is kept",
  "A.29 (INC)|45|dotYear": "a year-to-date count of January to March against a whole year: no arrow, and the typed one is kept",
  "A.30 (INC)|Number due|dotMonth": "set by hand with no 2023/24 figure to compare with: no arrow, and the typed one is kept",
  "A.30 (INC)|Number Finalised|dotYear": "the report typed n/a; the cell is kept as typed",
  "A.30 (INC)|% on time at Stat Deadline|dotYear": "the report typed n/a; the cell is kept as typed",
  "A.30 (INC)|Number Outstanding Cases after Stat Deadline|dotYear": "the report typed n/a; the cell is kept as typed",
  "A.31 (INC)|Number due|dotYear": "the report typed n/a; the cell is kept as typed",
  "A.31 (INC)|Number Finalised|dotYear": "the report typed n/a; the cell is kept as typed",
  "A.31 (INC)|% on time at Stat Deadline|dotYear": "the report typed n/a; the cell is kept as typed",
  "A.31 (INC)|Number Outstanding Cases after Stat Deadline|dotYear": "the report typed n/a; the cell is kept as typed",
};

describe("March 2025 sample", () => {
  let snapshot: WorkbookSnapshot;
  let indicators: IndicatorResult[];

  before(async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(SAMPLE);
    snapshot = readWorkbookSnapshot(workbook, "cyps-scorecard-2025-03.xlsx");
    indicators = refresh(snapshot).indicators;
  });

  it("finds both scorecard sheets and all 75 rows", () => {
    assert.deepEqual([...new Set(indicators.map((i) => i.sheet))], ["CYPS Benchmark Indicators", "CYPS Activity Indicators"]);
    assert.equal(indicators.length, 75);
  });

  it("leaves the glossary sheet alone", () => {
    const notes = snapshot.sheets.find((s) => s.name === "Notes")!;
    assert.equal(detectLayout(notes), undefined);
  });

  it("DOT directions agree with the printed arrows", () => {
    const disagreements: string[] = [];
    let compared = 0;
    const excludedSeen = new Set<string>();

    for (const indicator of indicators) {
      const sheet = snapshot.sheets.find((s) => s.name === indicator.sheet)!;
      for (const which of ["dotMonth", "dotYear"] as const) {
        const { row, col } = addressOf(indicator[which].cell);
        const printed = PRINTED[cellText(cellAt(sheet, row, col))];
        if (printed === undefined) continue;
        const key = `${indicator.ref}|${indicator.measure || indicator.row}|${which}`;
        if (EXCLUSIONS[key]) {
          excludedSeen.add(key);
          continue;
        }
        compared++;
        if (indicator[which].direction !== printed) disagreements.push(`${key}: printed ${printed}, engine ${indicator[which].direction}`);
      }
    }

    assert.deepEqual(disagreements, []);
    assert.ok(compared >= 130, `compared only ${compared} arrows`);
    assert.deepEqual([...excludedSeen].sort(), Object.keys(EXCLUSIONS).sort(), "every exclusion must still apply");
  });

  it("excluded arrows really disagree", () => {
    for (const key of Object.keys(EXCLUSIONS)) {
      const [ref, measureOrRow, which] = key.split("|") as [string, string, "dotMonth" | "dotYear"];
      const indicator = indicators.find((i) => i.ref === ref && (i.measure === measureOrRow || String(i.row) === measureOrRow));
      assert.ok(indicator, `no indicator for ${key}`);
      const sheet = snapshot.sheets.find((s) => s.name === indicator.sheet)!;
      const { row, col } = addressOf(indicator[which].cell);
      assert.notEqual(indicator[which].direction, PRINTED[cellText(cellAt(sheet, row, col))], key);
    }
  });

  it("B.1 rates Green for March and the year", () => {
    const b1 = indicators.find((i) => i.ref === "B.1 (SC)")!;
    assert.equal(b1.ragMonth.status, "G");
    assert.equal(b1.ragYearEnd.status, "G");
    assert.equal(b1.ragMonth.reason, "94.8% is Green (90%+); good performance is high.");
    assert.deepEqual(b1.dotMonth, { direction: "up", assessment: "improved", cell: "M6", reason: "Mar-25 (Q4) 94.8% against Feb-25 89.1%: up, improved." });
  });

  it("RAG result says what was compared", () => {
    const b1 = indicators.find((i) => i.ref === "B.1 (SC)")!;
    assert.equal(b1.ragMonth.value, "94.8%");
    assert.equal(b1.ragMonth.compared, "Mar-25 (Q4)");
    assert.equal(b1.ragMonth.band, "green");
    assert.deepEqual(b1.ragMonth.thresholds, { red: "<82%", amber: "82%+", green: "90%+" });
    assert.equal(b1.ragYearEnd.compared, "2024/25 OUTTURN");
  });

  it("blank RAG names the thresholds", () => {
    const b19 = indicators.find((i) => i.ref === "B.19 (EH)")!;
    assert.equal(b19.ragMonth.status, "none");
    assert.equal(b19.ragMonth.reason, 'No RAG: the target is written as text. Thresholds: Green "Lower than same qtr previous year & comparable with national trends".');
  });

  it("first refresh replaces no typed arrow", () => {
    // Every arrow the report printed either agrees with the refresh or is one it cannot judge, which it keeps.
    assert.deepEqual(refresh(snapshot).changes.map((c) => `${c.cell} ${c.text}`), []);
  });

  it("A.30 keeps its typed arrow", () => {
    const plan = refresh(snapshot);
    const a30 = plan.indicators.find((i) => i.ref === "A.30 (INC)" && i.measure === "Number due")!;
    const keptFinding = plan.findings.find((f) => f.cell === a30.dotMonth.cell && f.sheet === a30.sheet);
    assert.equal(keptFinding?.message, '"↑" was typed here and is kept, because the refresh has no arrow for this cell: 2024/25 YTD 207 has no earlier value to compare with (2023/24 is missing). Check it by hand.');
  });

  it("B.4 year figure 80.0% is Amber", () => {
    assert.equal(indicators.find((i) => i.ref === "B.4 (SC)")!.ragYearEnd.status, "A");
  });

  it("A.11 second CP plans 17.3% is Red when low is good", () => {
    const a11 = indicators.find((i) => i.ref === "A.11 (SC)")!;
    assert.equal(a11.ragMonth.status, "R");
    assert.equal(a11.dotMonth.assessment, "improved");
  });

  it("A.30 sub-rows inherit REF NO. and keep their measure", () => {
    const a30 = indicators.filter((i) => i.ref === "A.30 (INC)");
    assert.deepEqual(a30.map((i) => i.measure), ["Number due", "Number Finalised", "% on time at Stat Deadline", "Number Outstanding Cases after Stat Deadline"]);
    assert.equal(a30[2].ragMonth.status, "G");
    assert.equal(a30[3].polarity, "low");
  });

  it("B.16 annual row compares the year figures", () => {
    const annual = indicators.find((i) => i.ref === "B.16 (EH)")!;
    assert.equal(annual.dotMonth.direction, "down");
    assert.equal(annual.dotMonth.reason, "2024/25 OUTTURN 0.4% against 2023/24 0.64%: down, improved.");
    assert.equal(annual.ragYearEnd.status, "G");
    assert.equal(annual.ragMonth.status, "none");
  });

  it("date period headers read as on the sheet", () => {
    const a5 = indicators.find((i) => i.ref === "A.5 (SC)")!;
    assert.equal(a5.ragMonth.compared, "Mar-25");
    assert.equal(a5.dotMonth.reason, "Mar-25 25.3% against Feb-25 15.9%: up, declined.");
  });

  it("missing previous year explains the blank arrow", () => {
    const a30 = indicators.find((i) => i.ref === "A.30 (INC)" && i.measure === "Number due")!;
    assert.equal(a30.dotMonth.reason, "No arrow: 2024/25 YTD 207 has no earlier value to compare with (2023/24 is missing).");
  });

  it("A.29 keeps its typed arrow", () => {
    const plan = refresh(snapshot);
    const a29 = plan.indicators.find((i) => i.ref === "A.29 (INC)" && i.row === 45)!;
    assert.equal(a29.dotYear.reason, "No arrow: 2024/25 YTD 109 counts 3 months of the year, and 2023/24 380 is a whole year, so the two are not comparable.");
    const keptFinding = plan.findings.find((f) => f.cell === a29.dotYear.cell && f.sheet === a29.sheet);
    assert.equal(keptFinding?.code, "CELL_KEPT_MANUAL");
  });

  it("B.19 quarterly keeps its typed arrow", () => {
    const plan = refresh(snapshot);
    const b19 = plan.indicators.find((i) => i.ref === "B.19 (EH)")!;
    assert.equal(b19.dotMonth.reason, "No arrow: this indicator is quarterly, and the quarter before Mar-25 (Q4) is not on the sheet.");
    const writes = plan.sheets.find((s) => s.name === b19.sheet)!.cellWrites;
    assert.ok(!writes.some((write) => write.address === b19.dotMonth.cell), "the typed arrow is not overwritten");
    const keptFinding = plan.findings.find((f) => f.cell === b19.dotMonth.cell && f.sheet === b19.sheet);
    assert.equal(keptFinding?.code, "CELL_KEPT_MANUAL");
    assert.equal(keptFinding?.message, '"↑" was typed here and is kept, because the refresh has no arrow for this cell: this indicator is quarterly, and the quarter before Mar-25 (Q4) is not on the sheet. Check it by hand.');
  });

  it("info rows get arrows but no RAG", () => {
    const a1 = indicators.find((i) => i.ref === "A.1 (SC)")!;
    assert.equal(a1.polarity, "info");
    assert.equal(a1.dotMonth.assessment, "info");
    assert.equal(a1.ragMonth.status, "none");
  });

  it("refresh is deterministic", () => {
    const now = new Date("2025-04-10T09:00:00Z");
    assert.deepEqual(refresh(snapshot, { now }), refresh(snapshot, { now }));
  });
});

