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

/** A.29 from the March 2025 report: EHC plans issued in 20 weeks, a count whose YTD runs from January 1st. */
function a29Sheet(overrides: { indicator?: string; dataNote?: string; months?: string[] } = {}): SheetSnapshot {
  const headers = ["REF NO.", "INDICATOR", "TIMELINE", "DATA NOTE", ...(overrides.months ?? ["Jan-25", "Feb-25", "Mar-25"]), "2024/25 YTD", "Good perf is", "DOT (Month)", "DOT (Yr on Yr)", "Red", "Amber", "Green", "2023/24"];
  const indicator = overrides.indicator ?? "No. of Education Health & Care plans issued in 20 weeks (YTD and year on year figure is January 1st to December 31st in line with DfE reporting)";
  const row = ["A.29 (INC)", indicator, "monthly", overrides.dataNote ?? "Count", 31, 39, 39, 109, "high", "→", "↑", null, null, null, 380];
  return {
    name: "Activity",
    rows: [headers.map((value) => ({ value })), row.map((value) => (value === null ? undefined : { value }))],
    merges: [],
    hiddenRows: [],
    hiddenColumns: [],
    notes: [],
  };
}

describe("DOT (Yr on Yr) of a year-to-date count", () => {
  it("no arrow for three months against a year", () => {
    const plan = refresh(workbookOf(a29Sheet()));
    const dot = plan.indicators[0].dotYear;
    assert.equal(dot.direction, "none");
    assert.equal(dot.reason, "No arrow: 2024/25 YTD 109 counts 3 months of the year, and 2023/24 380 is a whole year, so the two are not comparable.");
  });

  it("keeps the typed arrow with a finding", () => {
    const plan = refresh(workbookOf(a29Sheet()));
    const cell = plan.indicators[0].dotYear.cell;
    assert.ok(!plan.sheets[0].cellWrites.some((write) => write.address === cell));
    assert.deepEqual(plan.findings.filter((f) => f.cell === cell).map((f) => f.code), ["CELL_KEPT_MANUAL"]);
  });

  it("financial-year count at March compares", () => {
    const plan = refresh(workbookOf(a29Sheet({ indicator: "No. of EHC plans issued in 20 weeks" })));
    assert.equal(plan.indicators[0].dotYear.direction, "down");
  });

  it("financial-year count at December does not", () => {
    const plan = refresh(workbookOf(a29Sheet({ indicator: "No. of EHC plans issued in 20 weeks", months: ["Oct-24", "Nov-24", "Dec-24"] })));
    assert.equal(plan.indicators[0].dotYear.direction, "none");
    assert.match(plan.indicators[0].dotYear.reason, /counts 9 months of the year/);
  });

  it("a percentage still compares", () => {
    const plan = refresh(workbookOf(a29Sheet({ dataNote: "%" })));
    assert.equal(plan.indicators[0].dotYear.direction, "down");
  });
});
