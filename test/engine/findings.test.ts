import { strict as assert } from "node:assert";
import { refresh } from "../../src/engine/refresh";
import type { Finding } from "../../src/engine/plan";
import { col, pct, rowA21, rowB1, rowB6, sheetOf, workbookOf, type RowInput } from "./sheet-builder";
import { cellAddress } from "../../src/engine/address";
import { encodeState } from "../../src/engine/state";

const FIRST_ROW = 3;

function findingsFor(rows: RowInput[]): Finding[] {
  return refresh(workbookOf(sheetOf(rows))).findings;
}

function codesAt(findings: Finding[], header: Parameters<typeof col>[0], row = FIRST_ROW): string[] {
  return findings.filter((f) => f.cell === cellAddress(row, col(header))).map((f) => f.code);
}

describe("findings", () => {
  it("B.1 as printed has no findings", () => {
    assert.deepEqual(findingsFor([rowB1()]), []);
  });

  it("stored value in one band, displayed in another", () => {
    const findings = findingsFor([rowB1({ "Mar-25 (Q4)": { value: 0.89996, numberFormat: "0.0%" } })]);
    assert.deepEqual(codesAt(findings, "Mar-25 (Q4)"), ["DISPLAY_BAND_MISMATCH"]);
    assert.match(findings[0].message, /89\.996%.*90\.0%/);
  });

  it("best stat neighbour worse than the average", () => {
    const findings = findingsFor([rowB1({ "Best stat neigh": pct(80.1) })]);
    assert.deepEqual(codesAt(findings, "Best stat neigh"), ["BENCHMARK_BEST_WORSE_THAN_AVERAGE"]);
    assert.match(findings[0].message, /80\.1%.*84\.7%.*high/);
  });

  it("B.6 top quartile 3.0% worse than national 2.6%", () => {
    const findings = findingsFor([rowB6()]);
    assert.deepEqual(codesAt(findings, "Top qtile threshold"), ["BENCHMARK_TOP_QUARTILE_WORSE_THAN_NATIONAL"]);
  });

  it("percentage benchmark above 100%", () => {
    const findings = findingsFor([rowB1({ "Nat av.": { value: 84.5, numberFormat: "0.0%" } })]);
    assert.ok(codesAt(findings, "Nat av.").includes("BENCHMARK_PERCENT_OUT_OF_RANGE"));
  });

  it("B.19 best stat neighbour label Oct24-Sep24 is impossible", () => {
    const rates = { "Jan-25": "-", "Feb-25": "-", "Mar-25 (Q4)": "171 (Jan 24 - Dec 24)", Q4: "171 (Jan 24 - Dec 24)", "2024/25\nOUTTURN": "171 (Jan 24 - Dec 24)", "2023/24": "186 (Jan 23 - Dec 23)" };
    const findings = findingsFor([rowB1({ ...rates, "Best stat neigh": "94 (Oct24-Sep24)", "DATA NOTE": "Rate per 10,000", "Stat neigh av.": "179 (Oct23-Sep24)", "Nat av.": "161 (Oct23-Sep24)", "Top qtile threshold": "-", "Good perf is": "low", Red: "", Amber: "", "Green\n(target)": "" })]);
    assert.deepEqual(codesAt(findings, "Best stat neigh"), ["PERIOD_LABEL_IMPOSSIBLE"]);
    assert.deepEqual(codesAt(findings, "Stat neigh av."), []);
  });

  it("B.16 benchmark from 21/22 is stale in 2025", () => {
    const findings = findingsFor([rowB1({ "Nat av.": "2.2% (21/22)" })]);
    assert.deepEqual(codesAt(findings, "Nat av."), ["PERIOD_LABEL_STALE"]);
    assert.match(findings.find((f) => f.code === "PERIOD_LABEL_STALE")!.message, /ended in 2022, 3 years before this 2025 report/);
  });

  it("label one year old is not stale", () => {
    assert.deepEqual(findingsFor([rowB1({ "Nat av.": "84.5% (23/24)" })]), []);
  });

  it("A.21 caseload Q4 19 outside 18.2-18.7", () => {
    const findings = findingsFor([rowA21()]);
    assert.deepEqual(codesAt(findings, "Q4"), ["QUARTER_OUT_OF_RANGE"]);
    assert.match(findings[0].message, /19 is outside the range of its months \(18\.2 to 18\.7\)/);
  });

  it("Q4 count equal to the sum passes", () => {
    const counts = { "DATA NOTE": "Count", "Jan-25": 1456, "Feb-25": 1391, "Mar-25 (Q4)": 1464, Q4: 4311, "Good perf is": "info", Red: "", Amber: "", "Green\n(target)": "" };
    assert.deepEqual(codesAt(findingsFor([rowB1(counts)]), "Q4"), []);
  });

  it("Q4 count equal to the latest month passes", () => {
    const counts = { "DATA NOTE": "Count", "Jan-25": 12, "Feb-25": 13, "Mar-25 (Q4)": 15, Q4: 15, "Good perf is": "info", Red: "", Amber: "", "Green\n(target)": "" };
    assert.deepEqual(codesAt(findingsFor([rowB1(counts)]), "Q4"), []);
  });

  it("Q4 count matching neither is flagged", () => {
    const counts = { "DATA NOTE": "Count", "Jan-25": 1456, "Feb-25": 1391, "Mar-25 (Q4)": 1464, Q4: 4211, "Good perf is": "info", Red: "", Amber: "", "Green\n(target)": "" };
    assert.deepEqual(codesAt(findingsFor([rowB1(counts)]), "Q4"), ["QUARTER_COUNT_MISMATCH"]);
  });

  it("error value is missing with a finding", () => {
    const findings = findingsFor([rowB1({ "Mar-25 (Q4)": { value: { error: "#N/A" } } })]);
    assert.deepEqual(codesAt(findings, "Mar-25 (Q4)"), ["VALUE_ERROR"]);
  });

  it("unknown polarity is flagged", () => {
    const findings = findingsFor([rowB1({ "Good perf is": "up" })]);
    assert.deepEqual(codesAt(findings, "Good perf is"), ["POLARITY_UNKNOWN"]);
  });

  it("A.23 85%> is non-standard", () => {
    const findings = findingsFor([rowB1({ Red: "<75%", Amber: "75%+", "Green\n(target)": "85%>" })]);
    assert.deepEqual(codesAt(findings, "Green\n(target)"), ["THRESHOLD_NON_STANDARD"]);
  });

  it("A.22 bare Red and Amber are ambiguous", () => {
    const findings = findingsFor([rowB1({ Red: "70%", Amber: "75%", "Green\n(target)": "80%+" })]);
    assert.deepEqual(codesAt(findings, "Red"), ["THRESHOLD_AMBIGUOUS"]);
    assert.deepEqual(codesAt(findings, "Amber"), ["THRESHOLD_AMBIGUOUS"]);
  });

  it("value below a Green-only target", () => {
    const findings = findingsFor([rowB1({ Red: "", Amber: "", "Green\n(target)": "95%+" })]);
    assert.deepEqual(codesAt(findings, "Mar-25 (Q4)"), ["VALUE_OUTSIDE_BANDS"]);
    assert.match(findings.find((f) => f.code === "VALUE_OUTSIDE_BANDS")!.message, /94\.8% falls in none of the bands \(Green 95%\+\)/);
  });

  it("unreadable threshold", () => {
    const findings = findingsFor([rowB1({ Amber: "82%++" })]);
    assert.deepEqual(codesAt(findings, "Amber"), ["THRESHOLD_UNREADABLE"]);
  });

  it("percent threshold on a count row", () => {
    const findings = findingsFor([rowB1({ "DATA NOTE": "Count", "Jan-25": 576, "Feb-25": 450, "Mar-25 (Q4)": 437, Q4: 1463, "2024/25\nOUTTURN": 6498, "2023/24": 5264, "Stat neigh av.": "", "Best stat neigh": "", "Nat av.": "", "Top qtile threshold": "" })]);
    assert.deepEqual(codesAt(findings, "Red"), ["UNIT_MISMATCH"]);
  });

  it("gap, overlap and contradiction sit on the Green cell", () => {
    assert.deepEqual(codesAt(findingsFor([rowB1({ Red: "<78%", Amber: "80%+" })]), "Green\n(target)"), ["BANDS_GAP"]);
    assert.deepEqual(codesAt(findingsFor([rowB1({ Red: "<80%", Amber: "80-92%" })]), "Green\n(target)"), ["BANDS_OVERLAP"]);
    assert.deepEqual(codesAt(findingsFor([rowB1({ "Good perf is": "low" })]), "Green\n(target)"), ["BANDS_CONTRADICT_POLARITY"]);
  });

  it("kept formula and manual n/a", () => {
    const findings = findingsFor([rowB1({ "DOT\n(Month)": { value: "↑", formula: 'IF(G3>F3,"↑","↓")' }, "RAG\n(Month)": "n/a" })]);
    assert.deepEqual(codesAt(findings, "DOT\n(Month)"), ["CELL_KEPT_FORMULA"]);
    assert.deepEqual(codesAt(findings, "RAG\n(Month)"), ["CELL_KEPT_MANUAL"]);
  });

  it("every finding names sheet, cell, severity and ref", () => {
    const [finding] = findingsFor([rowA21()]);
    assert.equal(finding.sheet, "CYPS Benchmark Indicators");
    assert.equal(finding.cell, cellAddress(FIRST_ROW, col("Q4")));
    assert.equal(finding.severity, "warning");
    assert.equal(finding.ref, "A.21 (SC)");
  });
});

describe("duplicate headers", () => {
  function withSecondRed() {
    const sheet = sheetOf([rowB1(), rowB6()]);
    sheet.rows[1].push({ value: "Red" });
    return sheet;
  }

  it("raise HEADER_DUPLICATE on the second column", () => {
    const sheet = withSecondRed();
    const secondRed = sheet.rows[1].length;
    const [finding] = refresh(workbookOf(sheet)).findings;
    assert.equal(finding.code, "HEADER_DUPLICATE");
    assert.equal(finding.severity, "error");
    assert.equal(finding.cell, cellAddress(2, secondRed));
    assert.match(finding.message, new RegExp(`"Red" is in ${cellAddress(2, col("Red"))} and ${cellAddress(2, secondRed)}`));
  });

  it("leave that sheet unrefreshed", () => {
    const plan = refresh(workbookOf(withSecondRed(), sheetOf([rowB1()], "CYPS Activity Indicators")));
    assert.deepEqual(plan.sheets.map((sheet) => sheet.name), ["CYPS Activity Indicators"]);
    assert.ok(plan.indicators.every((indicator) => indicator.sheet === "CYPS Activity Indicators"));
  });

  it("catch a period label twice", () => {
    const sheet = sheetOf([rowB1()]);
    sheet.rows[1].push({ value: "Feb-25" });
    assert.deepEqual(refresh(workbookOf(sheet)).findings.map((finding) => finding.code), ["HEADER_DUPLICATE"]);
  });

  it("keep the sheet's stored rules", () => {
    const first = refresh(workbookOf(sheetOf([rowB1(), rowB6()])));
    const stateChunks = encodeState(first.state!);
    const second = refresh({ ...workbookOf(withSecondRed()), stateChunks });
    assert.deepEqual(second.state?.rules, first.state?.rules);
  });
});
