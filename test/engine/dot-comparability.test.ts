import { strict as assert } from "node:assert";
import { refresh } from "../../src/engine/refresh";
import type { SheetSnapshot, SnapshotCell, WorkbookSnapshot } from "../../src/engine/snapshot";
import { encodeState } from "../../src/engine/state";
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

  it("blank quarter before: no arrow", () => {
    const dot = dotMonth(quarterlySheet([null, null, "-", "-", 169, 171]));
    assert.equal(dot.direction, "none");
    assert.equal(dot.reason, "No arrow: Mar-25 171 has no earlier value to compare with (the quarter before, Dec-24, is missing).");
  });

  it("quarter before off sheet: no arrow", () => {
    const sheet = sheetOf([rowB1({ "REF NO.": "B.19 (EH)", TIMELINE: "quarterly", "Jan-25": "-", "Feb-25": 170, "Mar-25 (Q4)": 171 })]);
    const dot = dotMonth(sheet);
    assert.equal(dot.direction, "none");
    assert.match(dot.reason, /quarterly, and the quarter before Mar-25 \(Q4\) is not on the sheet/);
  });
});

/** A.29 from the March 2025 report: EHC plans issued in 20 weeks, a count whose YTD runs from January 1st. */
function a29Sheet(overrides: { indicator?: string; dataNote?: string; months?: string[]; values?: (number | null)[]; ytd?: number } = {}): SheetSnapshot {
  const headers = ["REF NO.", "INDICATOR", "TIMELINE", "DATA NOTE", ...(overrides.months ?? ["Jan-25", "Feb-25", "Mar-25"]), "2024/25 YTD", "Good perf is", "DOT (Month)", "DOT (Yr on Yr)", "Red", "Amber", "Green", "2023/24"];
  const indicator = overrides.indicator ?? "No. of Education Health & Care plans issued in 20 weeks (YTD and year on year figure is January 1st to December 31st in line with DfE reporting)";
  const row = ["A.29 (INC)", indicator, "monthly", overrides.dataNote ?? "Count", ...(overrides.values ?? [31, 39, 39]), overrides.ytd ?? 109, "high", "→", "↑", null, null, null, 380];
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
  it("three months against a year", () => {
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

/** Puts the plan's writes into the sheet, as the adapters do, and stores the plan's state with it. */
function applied(sheet: SheetSnapshot, plan: ReturnType<typeof refresh>): WorkbookSnapshot {
  const rows = sheet.rows.map((row) => [...row]);
  for (const write of plan.sheets[0].cellWrites) rows[write.row - 1][write.col - 1] = write.value === "" ? undefined : { value: write.value };
  return { ...workbookOf({ ...sheet, rows }), stateChunks: plan.state ? encodeState(plan.state) : undefined };
}

describe("typed and refresh-set arrows", () => {
  it("own arrow cleared at roll-over", () => {
    const march = a29Sheet({ indicator: "No. of EHC plans issued in 20 weeks" });
    const first = refresh(workbookOf(march));
    assert.equal(first.indicators[0].dotYear.direction, "down");
    const afterMarch = applied(march, first);
    // In April the year figure becomes 2025/26 YTD, one month long. The ↓ in the cell is the refresh's own.
    const april = afterMarch.sheets[0];
    april.rows[0][4] = { value: "Feb-25" };
    april.rows[0][5] = { value: "Mar-25" };
    april.rows[0][6] = { value: "Apr-25" };
    april.rows[0][7] = { value: "2025/26 YTD" };
    april.rows[1][7] = { value: 40 };
    const second = refresh(afterMarch);
    const cell = second.indicators[0].dotYear.cell;
    assert.deepEqual(second.sheets[0].cellWrites.filter((write) => write.address === cell).map((write) => write.value), [""]);
    assert.deepEqual(second.findings.filter((f) => f.cell === cell), []);
    assert.match(second.indicators[0].dotYear.reason, /counts 1 month of the year/);
  });

  it("older state owns every arrow", () => {
    const sheet = a29Sheet();
    const legacy = { version: 1, refreshedAt: "2025-04-01T00:00:00.000Z", review: {}, rules: {} };
    const plan = refresh({ ...workbookOf(sheet), stateChunks: [JSON.stringify(legacy)] });
    const cell = plan.indicators[0].dotYear.cell;
    assert.deepEqual(plan.sheets[0].cellWrites.filter((write) => write.address === cell).map((write) => write.value), [""]);
  });

  it("typed arrow kept, blank quarter", () => {
    const sheet = quarterlySheet([180, null, "-", "-", 172, 171]);
    sheet.rows[1][11] = { value: "↑" }; // DOT (Month)
    const plan = refresh(workbookOf(sheet));
    assert.equal(plan.sheets[0].cellWrites.length, 0);
    assert.match(plan.findings[0].message, /^"↑" was typed here and is kept, because the refresh has no arrow for this cell: Mar-25 171 has no earlier value to compare with \(the quarter before, Dec-24, is missing\)/);
  });
});

describe("year-to-date months", () => {
  it("count up to the report month", () => {
    const months = ["Apr-24", "May-24", "Jun-24", "Jul-24", "Aug-24", "Sep-24", "Oct-24", "Nov-24", "Dec-24", "Jan-25", "Feb-25", "Mar-25"];
    // Only April to December have figures yet, so the report is as at December.
    const values = months.map((_, i) => (i < 9 ? 30 : null));
    const sheet = a29Sheet({ indicator: "No. of EHC plans issued in 20 weeks", months, values, ytd: 270 });
    const dot = refresh(workbookOf(sheet)).indicators[0].dotYear;
    assert.equal(dot.direction, "none");
    assert.match(dot.reason, /counts 9 months of the year/);
  });

  for (const wording of ["YTD is 1 January to 31 December", "year on year figure is January to December", "Jan-Dec year to date", "calendar year to date"]) {
    it(`read "${wording}" as from January`, () => {
      const dot = refresh(workbookOf(a29Sheet({ indicator: `No. of EHC plans issued in 20 weeks (${wording})` }))).indicators[0].dotYear;
      assert.match(dot.reason, /counts 3 months of the year/);
    });
  }

  it("annualised quarterly row stays quarterly", () => {
    const sheet = quarterlySheet([null, null, 180, "-", "-", 171]);
    sheet.rows[1][2] = { value: "Quarterly (annualised rate)" };
    assert.match(dotMonth(sheet).reason, /against Dec-24 180/);
  });
});
