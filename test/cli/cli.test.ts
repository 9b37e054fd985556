import { strict as assert } from "node:assert";
import { copyFileSync, existsSync, mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { FINDING_KINDS } from "../../src/engine/catalogue";
import { buildCli, runCli, SAMPLE, scratchFolder, sha256, STACK_LINE, type CliRun } from "./run-cli";

interface ReportDot { direction: string; assessment: string; cell: string }
interface ReportRag { status: string; cell: string; reason: string }
interface ReportIndicator {
  sheet: string; row: number; ref: string; measure: string;
  dotMonth: ReportDot; dotYear: ReportDot; ragMonth: ReportRag; ragYearEnd: ReportRag;
}
interface Report {
  workbook: string; generatedAt: string; sheets: { name: string; headerRow: number }[];
  indicators: ReportIndicator[]; findings: { sheet: string; cell: string; severity: string; code: string; message: string }[];
  changes: { cell: string; text: string }[];
}

const ARROWS: Record<string, string> = { up: "↑", down: "↓", same: "→", none: "" };
const A1 = /^[A-Z]{1,3}[1-9]\d*$/;

function textOf(cell: ExcelJS.Cell): string {
  const value = cell.value;
  return value === null || value === undefined ? "" : String(value);
}

describe("scorecard-rag command line", () => {
  const scratch = scratchFolder();
  const out = path.join(scratch.dir, "refreshed.xlsx");
  const reportPath = path.join(scratch.dir, "report.json");
  let inputHashBefore: string;
  let run: CliRun;
  let report: Report;

  before(() => {
    buildCli();
    inputHashBefore = sha256(SAMPLE);
    run = runCli(["refresh", SAMPLE, "--out", out, "--report", reportPath]);
    if (existsSync(reportPath)) report = JSON.parse(readFileSync(reportPath, "utf8")) as Report;
  });

  after(() => scratch.remove());

  it("--help exits 0 and names the options", () => {
    const help = runCli(["--help"]);
    assert.equal(help.status, 0);
    assert.match(help.stdout, /--out/);
    assert.match(help.stdout, /--report/);
  });

  it("sample refresh exits 0", () => {
    assert.equal(run.status, 0, run.stderr);
    assert.equal(run.stderr, "");
  });

  it("sample refresh writes output and report", async () => {
    assert.ok(existsSync(out), "no output workbook");
    assert.ok(report, "no report");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    assert.deepEqual(workbook.worksheets.map((s) => s.name), ["CYPS Benchmark Indicators", "CYPS Activity Indicators", "Notes", "ScorecardRAG_State", "Scorecard review"]);
    assert.equal(workbook.getWorksheet("ScorecardRAG_State")?.state, "veryHidden");
  });

  it("summary names sheets, counts and time", () => {
    assert.match(run.stdout, /^Scorecard sheets: 2 \(CYPS Benchmark Indicators, CYPS Activity Indicators\)$/m);
    assert.match(run.stdout, /^Indicator rows: 75; RAG \(Month\) R \d+, A \d+, G \d+, none \d+$/m);
    assert.match(run.stdout, /^Findings: \d+ errors?, \d+ warnings?, \d+ info$/m);
    assert.match(run.stdout, /^Wrote .*refreshed\.xlsx in \d+\.\d\d s$/m);
  });

  it("summary points to the review sheet", () => {
    const changes = report.changes.length;
    assert.match(run.stdout, new RegExp(`^Review: the "Scorecard review" sheet lists the findings and ${changes} changes? since the last refresh, each linked to its cell$`, "m"));
  });

  it("summary counts match the report", () => {
    const rag = { R: 0, A: 0, G: 0, none: 0 } as Record<string, number>;
    for (const indicator of report.indicators) rag[indicator.ragMonth.status]++;
    const severity = { error: 0, warning: 0, info: 0 } as Record<string, number>;
    for (const finding of report.findings) severity[finding.severity]++;
    assert.ok(run.stdout.includes(`RAG (Month) R ${rag.R}, A ${rag.A}, G ${rag.G}, none ${rag.none}`), run.stdout);
    const counted = (count: number, noun: string) => `${count} ${noun}${count === 1 ? "" : "s"}`;
    assert.ok(run.stdout.includes(`Findings: ${counted(severity.error, "error")}, ${counted(severity.warning, "warning")}, ${severity.info} info`), run.stdout);
  });

  it("input bytes unchanged", () => {
    assert.equal(sha256(SAMPLE), inputHashBefore);
  });

  it("report has the documented top-level keys", () => {
    for (const key of ["workbook", "generatedAt", "sheets", "indicators", "findings"]) assert.ok(key in report, key);
    assert.equal(report.workbook, "cyps-scorecard-2025-03.xlsx");
    assert.ok(!Number.isNaN(Date.parse(report.generatedAt)), report.generatedAt);
    assert.deepEqual(report.sheets, [
      { name: "CYPS Benchmark Indicators", headerRow: 5 },
      { name: "CYPS Activity Indicators", headerRow: 5 },
    ]);
  });

  it("report lists 75 indicators with valid values", () => {
    assert.equal(report.indicators.length, 75);
    for (const i of report.indicators) {
      const where = `${i.sheet}!${i.row}`;
      assert.ok(Number.isInteger(i.row), where);
      assert.ok(i.row > 5, where);
      assert.equal(typeof i.ref, "string", where);
      assert.equal(typeof i.measure, "string", where);
      for (const dot of [i.dotMonth, i.dotYear]) {
        assert.ok(["up", "down", "same", "none"].includes(dot.direction), `${where} ${dot.direction}`);
        assert.ok(["improved", "declined", "unchanged", "info", "none"].includes(dot.assessment), `${where} ${dot.assessment}`);
        assert.match(dot.cell, A1, where);
      }
      for (const rag of [i.ragMonth, i.ragYearEnd]) {
        assert.ok(["R", "A", "G", "none"].includes(rag.status), `${where} ${rag.status}`);
        assert.match(rag.cell, A1, where);
        assert.equal(typeof rag.reason, "string", where);
      }
    }
  });

  it("report findings have valid codes and cells", () => {
    assert.ok(report.findings.length > 0);
    for (const f of report.findings) {
      assert.ok(report.sheets.some((s) => s.name === f.sheet), f.sheet);
      assert.match(f.cell, A1);
      assert.ok(["error", "warning", "info"].includes(f.severity), f.severity);
      assert.ok(f.code in FINDING_KINDS, f.code);
      assert.equal(FINDING_KINDS[f.code as keyof typeof FINDING_KINDS].severity, f.severity, f.code);
      assert.ok(f.message.length > 0);
    }
  });

  it("report row is the worksheet row of the REF", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    for (const i of report.indicators.filter((x) => x.ref)) {
      // exceljs gives every cell of a merged REF block the block's value.
      assert.equal(textOf(workbook.getWorksheet(i.sheet)!.getCell(i.row, 1)), i.ref, `${i.sheet} row ${i.row}`);
    }
  });

  it("output cells agree with the report", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const keptCells = new Set(report.findings.filter((f) => f.code.startsWith("CELL_KEPT")).map((f) => `${f.sheet}!${f.cell}`));
    let checked = 0;
    for (const i of report.indicators) {
      const sheet = workbook.getWorksheet(i.sheet)!;
      const expected: [string, string][] = [
        [i.dotMonth.cell, ARROWS[i.dotMonth.direction]],
        [i.dotYear.cell, ARROWS[i.dotYear.direction]],
        [i.ragMonth.cell, i.ragMonth.status === "none" ? "" : i.ragMonth.status],
        [i.ragYearEnd.cell, i.ragYearEnd.status === "none" ? "" : i.ragYearEnd.status],
      ];
      for (const [address, text] of expected) {
        if (keptCells.has(`${i.sheet}!${address}`)) continue;
        assert.equal(textOf(sheet.getCell(address)), text, `${i.sheet}!${address}`);
        checked++;
      }
    }
    assert.ok(checked > 250, `only ${checked} cells checked`);
  });

  it("each finding is noted on its cell", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    for (const f of report.findings) {
      const note = workbook.getWorksheet(f.sheet)!.getCell(f.cell).note as unknown;
      const text = typeof note === "string" ? note : ((note as { texts?: { text: string }[] } | undefined)?.texts ?? []).map((t) => t.text).join("");
      assert.ok(text.includes("[Scorecard RAG]"), `${f.sheet}!${f.cell}: ${text}`);
      assert.ok(text.includes(`(${f.code})`), `${f.sheet}!${f.cell}: ${text}`);
    }
  });

  it("--out equal to input rejected", () => {
    const local = path.join(scratch.dir, "same.xlsx");
    copyFileSync(SAMPLE, local);
    const before = sha256(local);
    const rejected = runCli(["refresh", local, "--out", path.join(scratch.dir, ".", "..", path.basename(scratch.dir), "same.xlsx")]);
    assert.equal(rejected.status, 2);
    assert.match(rejected.stderr, /same\.xlsx/);
    assert.doesNotMatch(rejected.stderr, STACK_LINE);
    assert.equal(sha256(local), before);
  });

  it("--in-place overwrites the input", async () => {
    const local = path.join(scratch.dir, "in-place.xlsx");
    copyFileSync(SAMPLE, local);
    const before = sha256(local);
    const done = runCli(["refresh", local, "--out", local, "--in-place"]);
    assert.equal(done.status, 0, done.stderr);
    assert.notEqual(sha256(local), before);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(local);
    assert.equal(textOf(workbook.getWorksheet("CYPS Benchmark Indicators")!.getCell("N6")), "G");
  });

  it("missing --out exits 2", () => {
    const missing = runCli(["refresh", SAMPLE]);
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /--out/);
    assert.doesNotMatch(missing.stderr, STACK_LINE);
  });

  it("--report equal to input rejected", () => {
    const local = path.join(scratch.dir, "report-input.xlsx");
    copyFileSync(SAMPLE, local);
    const before = sha256(local);
    const rejected = runCli(["refresh", local, "--out", path.join(scratch.dir, "report-out.xlsx"), "--report", local]);
    assert.equal(rejected.status, 2);
    assert.match(rejected.stderr, /--report .*is the input workbook/);
    assert.equal(sha256(local), before);
  });

  it("--report equal to --out rejected", () => {
    const out = path.join(scratch.dir, "both.xlsx");
    const rejected = runCli(["refresh", SAMPLE, "--out", out, "--report", out]);
    assert.equal(rejected.status, 2);
    assert.match(rejected.stderr, /also the --out workbook/);
    assert.equal(existsSync(out), false);
  });

  it("--out must be an .xlsx file", () => {
    const rejected = runCli(["refresh", SAMPLE, "--out", path.join(scratch.dir, "out.csv")]);
    assert.equal(rejected.status, 2);
    assert.match(rejected.stderr, /must name an \.xlsx file/);
  });

  it("--out naming a folder rejected", () => {
    const folder = path.join(scratch.dir, "folder.xlsx");
    mkdirSync(folder, { recursive: true });
    const rejected = runCli(["refresh", SAMPLE, "--out", folder]);
    assert.equal(rejected.status, 2);
    assert.match(rejected.stderr, /is a folder; give a file name/);
    assert.doesNotMatch(rejected.stderr, STACK_LINE);
  });

  it("unknown option named plainly", () => {
    const rejected = runCli(["refresh", SAMPLE, "--reprot", "x.json"]);
    assert.equal(rejected.status, 2);
    assert.match(rejected.stderr, /^scorecard-rag: unknown option "--reprot"\./);
  });

  it("help command shows the usage", () => {
    const help = runCli(["help"]);
    assert.equal(help.status, 0);
    assert.match(help.stdout, /Usage: scorecard-rag refresh/);
  });
});
