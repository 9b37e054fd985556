import { strict as assert } from "node:assert";
import { refresh } from "../../src/engine/refresh";
import type { SheetSnapshot, SnapshotCell } from "../../src/engine/snapshot";
import { rowB1, sheetOf, workbookOf } from "./sheet-builder";

/**
 * B.19 from the March 2025 report (first-time entrants, quarterly, low is good), on a sheet with six month
 * columns (Oct-24 to Mar-25), so the quarter before Mar-25 is on the sheet.
 */
function quarterlySheet(months: (number | string | null)[]): SheetSnapshot {
  const headers = ["REF NO.", "INDICATOR", "TIMELINE", "DATA NOTE", "Oct-24", "Nov-24", "Dec-24", "Jan-25", "Feb-25", "Mar-25", "Good perf is", "DOT (Month)", "RAG (Month)", "Red", "Amber", "Green"];
  const row: (SnapshotCell | undefined)[] = [
    { value: "B.19 (EH)" },
    { value: "No. of young people first time entrants (FTE) into the criminal justice system" },
    { value: "quarterly" },
    { value: "Rate per 10,000" },
    ...months.map((value) => (value === null ? undefined : { value })),
    { value: "low" },
  ];
  return { name: "Quarterly", rows: [headers.map((value) => ({ value })), row], merges: [], hiddenRows: [], hiddenColumns: [], notes: [] };
}

function dotMonth(sheet: SheetSnapshot) {
  return refresh(workbookOf(sheet)).indicators[0].dotMonth;
}

describe("quarterly DOT (Month)", () => {
  it("compares with the quarter before", () => {
    const dot = dotMonth(quarterlySheet([null, null, 180, "-", "-", 171]));
    assert.equal(dot.direction, "down");
    assert.equal(dot.assessment, "improved");
    assert.match(dot.reason, /^Mar-25 171 against Dec-24 180/);
  });

  it("skips a rolling month figure", () => {
    const dot = dotMonth(quarterlySheet([null, null, 180, 175, 169, 171]));
    assert.equal(dot.direction, "down");
    assert.match(dot.reason, /against Dec-24 180/);
  });

  it("no arrow when the quarter before is missing", () => {
    const dot = dotMonth(quarterlySheet([null, null, "-", "-", 169, 171]));
    assert.equal(dot.direction, "none");
    assert.match(dot.reason, /quarter before.*Dec-24 is missing/);
  });

  it("no arrow when the quarter before is off the sheet", () => {
    const sheet = sheetOf([rowB1({ "REF NO.": "B.19 (EH)", TIMELINE: "quarterly", "Jan-25": "-", "Feb-25": 170, "Mar-25 (Q4)": 171 })]);
    const dot = dotMonth(sheet);
    assert.equal(dot.direction, "none");
    assert.match(dot.reason, /quarterly, and the quarter before Mar-25 \(Q4\) is not on the sheet/);
  });
});
