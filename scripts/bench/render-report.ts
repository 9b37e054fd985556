/** Renders the benchmark results as docs/benchmarks.md, with the targets and whether each was met. */
import os from "node:os";
import { ADDIN_MAX_ROWS, type RefreshPair, type SizeResult } from "./run-size";
import { PROFILE_NOTES } from "./profile-notes";

export interface MachineFacts {
  cpu: string;
  cores: number;
  memoryGb: number;
  node: string;
  platform: string;
}

const RATIO_TARGET = 1.1;
const RATIO_TARGET_ROWS = 10_000;
const SYNC_TARGET = 3;

export function machineFacts(): MachineFacts {
  return {
    cpu: os.cpus()[0]?.model.trim() ?? "unknown",
    cores: os.cpus().length,
    memoryGb: os.totalmem() / 1024 ** 3,
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
  };
}

const thousands = (value: number) => Math.round(value).toLocaleString("en-GB");
const kb = (bytes: number) => `${thousands(bytes / 1024)} KB`;
const size = (mb: number) => (mb < 1 ? `${thousands(mb * 1024)} KB` : `${mb.toFixed(1)} MB`);

const PAIR_HEADER = "| Rows | File | Runs | Refresh (median) | exceljs load+save (median) | Ratio | Load+save, zlib save (median) | Ratio to it | Peak RSS refresh | Peak RSS load+save |";

/** Renders the cells of one refresh and load+save pair, from the times to the peak RSS. */
function pairCells(pair: RefreshPair): string {
  const zlib = pair.loadSaveZlibMs === undefined
    ? "- | - |"
    : `${thousands(pair.loadSaveZlibMs)} ms | ${(pair.refreshMs / pair.loadSaveZlibMs).toFixed(2)} |`;
  return `${thousands(pair.refreshMs)} ms | ${thousands(pair.loadSaveMs)} ms | ${(pair.refreshMs / pair.loadSaveMs).toFixed(2)} | ${zlib} ` +
    `${thousands(pair.refreshRssMb)} MB | ${thousands(pair.loadSaveRssMb)} MB |`;
}

function cliTable(results: SizeResult[]): string[] {
  return [
    `${PAIR_HEADER} Engine per 1,000 rows |`,
    "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ...results.map((r) => `| ${thousands(r.rows)} | ${size(r.fileMb)} | ${r.runs} | ${pairCells(r)} ${r.engineMsPer1000.toFixed(1)} ms |`),
  ];
}

function steadyTable(results: SizeResult[]): string[] {
  const measured = results.filter((r) => r.steady);
  if (measured.length === 0) return ["No size was measured in the steady state in this run."];
  return [
    PAIR_HEADER,
    "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ...measured.map((r) => `| ${thousands(r.rows)} | ${size(r.steady!.fileMb)} | ${r.runs} | ${pairCells(r.steady!)}`),
  ];
}

function addinTable(results: SizeResult[]): string[] {
  const measured = results.filter((r) => r.addin);
  if (measured.length === 0) return ["No size up to 10,000 rows was measured in this run."];
  return [
    "| Rows | Syncs | Naive per-row syncs | Largest accepted request | Largest accepted response | Total request | Total response | Refused syncs | Chunked | Naive bytes per sync (estimate) | Time |",
    "|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|---:|",
    ...measured.map((r) => {
      const a = r.addin!;
      const chunked = a.syncs > SYNC_TARGET || a.refusedSyncs > 0 ? "yes" : "no";
      return `| ${thousands(r.rows)} | ${a.syncs} | ${thousands(r.rows)} | ${kb(a.maxRequestBytes)} | ${kb(a.maxResponseBytes)} | ` +
        `${kb(a.totalRequestBytes)} | ${kb(a.totalResponseBytes)} | ${a.refusedSyncs} | ${chunked} | ` +
        `${thousands(a.acceptedBytes / r.rows)} bytes | ${thousands(a.ms)} ms |`;
    }),
  ];
}

function verdicts(results: SizeResult[]): string[] {
  const lines: string[] = [];
  const target = results.find((r) => r.rows === RATIO_TARGET_ROWS);
  const cases: [string, RefreshPair | undefined][] = [
    ["first refresh of a generated workbook", target],
    ["steady state (a workbook refreshed before)", target?.steady],
  ];
  for (const [name, pair] of cases) {
    const heading = `- Command-line refresh ≤ ${RATIO_TARGET.toFixed(2)} × exceljs load+save at 10,000 rows, ${name}: `;
    if (!pair) {
      lines.push(`${heading}not measured in this run.`);
      continue;
    }
    const ratio = pair.refreshMs / pair.loadSaveMs;
    const sameZip = pair.loadSaveZlibMs === undefined
      ? ""
      : ` Against a load+save that also deflates with zlib: ${(pair.refreshMs / pair.loadSaveZlibMs).toFixed(2)} (${thousands(pair.loadSaveZlibMs)} ms).`;
    lines.push(`${heading}${ratio <= RATIO_TARGET ? "**met**" : "**missed**"}, measured ${ratio.toFixed(2)} ` +
      `(${thousands(pair.refreshMs)} ms against ${thousands(pair.loadSaveMs)} ms).${sameZip}`);
  }

  const fitting = results.filter((r) => r.addin && r.addin.refusedSyncs === 0 && r.addin.maxResponseBytes <= r.addin.payloadLimitBytes);
  const over = fitting.filter((r) => r.addin!.syncs > SYNC_TARGET);
  const chunked = results.filter((r) => r.addin && r.addin.refusedSyncs > 0);
  lines.push(`- Add-in ≤ ${SYNC_TARGET} syncs whenever the payload fits: ${over.length === 0 ? "**met**" : "**missed**"}` +
    ` at ${fitting.map((r) => thousands(r.rows)).join(", ") || "no size"} rows` +
    (over.length ? ` (${over.map((r) => `${r.addin!.syncs} syncs at ${thousands(r.rows)} rows`).join(", ")})` : "") +
    (chunked.length ? `; over the limit at ${chunked.map((r) => `${thousands(r.rows)} rows (${r.addin!.syncs} syncs, ${r.addin!.refusedSyncs} refused)`).join(", ")}` : "") + ".");

  const largest = results.find((r) => r.rows >= 100_000);
  lines.push(largest
    ? `- 100,000 rows complete without exhausting memory: **met**, peak RSS ${thousands(largest.refreshRssMb)} MB ` +
      `(load+save alone ${thousands(largest.loadSaveRssMb)} MB), ${thousands(largest.refreshMs)} ms.`
    : "- 100,000 rows complete without exhausting memory: not measured in this run (see below).");
  return lines;
}

function origin(args: string): string {
  if (args.includes("--render-only")) {
    return "The figures below come from earlier runs on the same machine, kept in /tmp/scorecard-bench/results.json.";
  }
  const merged = args.includes("--merge") ? " Sizes it did not measure come from earlier runs on the same machine." : "";
  return `The last run used \`npm run bench${args ? ` -- ${args}` : ""}\`.${merged}`;
}

export function renderReport(results: SizeResult[], machine: MachineFacts, args: string): string {
  return [
    "# Benchmarks",
    "",
    "Measured by `npm run bench`, which regenerates this page. Each figure comes from a separate Node process",
    "(`node --expose-gc --import tsx scripts/bench/measure-child.ts`), so the refresh and the plain exceljs",
    "load+save never share a heap; peak RSS is `process.resourceUsage().maxRSS` at the end of that process.",
    "",
    "## How to rerun",
    "",
    "- `npm run bench`: 100, 1,000, 10,000 and 100,000 rows (about 5 minutes on the machine below).",
    "- `npm run bench -- --quick`: 100 and 1,000 rows, under a minute.",
    "- `npm run bench -- --sizes 100,10000`: chosen sizes. `--merge` keeps the other sizes from the previous run's",
    "  /tmp/scorecard-bench/results.json in the page; `--no-doc` prints the results without rewriting this page;",
    "  `--render-only` rewrites this page from results.json without measuring.",
    "",
    "Workbooks are generated into /tmp/scorecard-bench/ and kept between runs; delete them to regenerate.",
    "The seeded generator (scripts/bench/generate-scorecard.ts) writes four scorecard sheets shaped like the March",
    "2025 report. They have twelve monthly date columns Apr-24 to Mar-25 (April to December hidden), Q4, the year figure, Good perf is",
    "(about half high, 30% low, 20% info), DOT and RAG columns, Red/Amber/Green text such as `<82%`, `82%+`, `90%+`,",
    "the previous year, five benchmark columns, and one indicator in eight split into merged REF NO. sub-rows.",
    "",
    origin(args),
    "",
    "## Machine",
    "",
    `- CPU: ${machine.cpu}, ${machine.cores} cores`,
    `- Memory: ${machine.memoryGb.toFixed(1)} GB`,
    `- Node ${machine.node} on ${machine.platform}`,
    "",
    "## Command line",
    "",
    "Refresh is `refreshFile` (load, checks, snapshot, engine, apply, save). Load+save is exceljs reading and writing",
    "the same file with nothing else, as the target asks. The refresh saves differently: exceljs renders the same",
    "parts, and Node's zlib deflates each on its thread pool while the next renders (src/xlsx/workbook-bytes.ts),",
    "where exceljs alone deflates them all with JSZip in JavaScript at the end. \"Load+save, zlib save\" is exceljs's",
    "load with that same save, so \"Ratio to it\" is the refresh's own cost beyond reading and writing the file.",
    "Medians of 3 runs (1 at 100,000 rows). The engine figure is",
    "`refresh()` alone on a snapshot read beforehand, median of 5 runs, divided per 1,000 indicator rows.",
    "",
    "### First refresh",
    "",
    "The generated workbook has empty RAG cells and → in every DOT cell, as a workbook never refreshed before. At",
    "10,000 rows the refresh writes about 35,000 DOT and RAG cells, 48 conditional formats, the state sheet and the",
    "\"Scorecard review\" sheet, which lists the first 1,000 of about 19,000 arrows that changed from →, each with a",
    "link. So it saves a larger workbook than the load+save, which saves the input unchanged.",
    "",
    ...cliTable(results),
    "",
    "### Steady state",
    "",
    "The input is a workbook refreshed before, as in the monthly case: last month's arrows, letters, rules,",
    "state and review sheet are already there, and the load+save reads and writes that same workbook. It is",
    "the generated workbook refreshed twice, because the first refresh's review sheet lists every arrow it",
    "replaced, which the next refresh drops. Nothing changes on generated data, so no DOT or RAG cell is written.",
    "",
    ...steadyTable(results),
    "",
    "## Add-in (simulated Excel host)",
    "",
    "`refreshWorkbook` on the simulated host in test/office/simulated-excel, which counts syncs and measures",
    "each request and response as JSON length against the 5 MB limit of Excel on the web. A naive add-in that read",
    `and wrote one row per sync would make one sync per row. Measured up to ${thousands(ADDIN_MAX_ROWS)} rows.`,
    "\"Chunked\" means the refresh needed more than 3 syncs or had a sync refused for size. A refused sync still",
    "counts in Syncs and in the totals; the largest figures are of accepted syncs only.",
    "",
    ...addinTable(results),
    "",
    "## Targets",
    "",
    ...verdicts(results),
    "",
    PROFILE_NOTES,
    "",
  ].join("\n");
}
