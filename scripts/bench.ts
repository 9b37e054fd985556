/**
 * npm run bench: generates synthetic scorecards, measures the command-line refresh against a plain exceljs
 * load and save, the engine alone and the add-in on the simulated host, and writes docs/benchmarks.md.
 * Usage: npm run bench [-- --quick | --sizes 100,1000 | --render-only] [--merge] [--no-doc]
 */
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { writeScorecard } from "./bench/generate-scorecard";
import { runSize, type SizeResult } from "./bench/run-size";
import { machineFacts, renderReport } from "./bench/render-report";

const WORK_DIR = "/tmp/scorecard-bench";
const RESULTS = path.join(WORK_DIR, "results.json");
const DOC = path.resolve(__dirname, "../docs/benchmarks.md");
const FULL_SIZES = [100, 1_000, 10_000, 100_000];
const QUICK_SIZES = [100, 1_000];

function sizesFrom(args: string[]): number[] {
  const index = args.indexOf("--sizes");
  if (index >= 0) {
    const sizes = (args[index + 1] ?? "").split(",").map((text) => Number(text.replace(/_/g, "")));
    if (sizes.length === 0 || sizes.some((size) => !Number.isInteger(size) || size < 1)) {
      throw new Error(`Invalid --sizes "${args[index + 1] ?? ""}": expected whole numbers separated by commas, such as 100,1000.`);
    }
    return sizes;
  }
  return args.includes("--quick") ? QUICK_SIZES : FULL_SIZES;
}

function log(line: string): void {
  console.log(`[${new Date().toISOString().slice(11, 19)}] ${line}`);
}

async function main(args: string[]): Promise<void> {
  // --render-only rewrites the page from results.json, for example after editing the profile notes.
  const sizes = args.includes("--render-only") ? [] : sizesFrom(args);
  mkdirSync(WORK_DIR, { recursive: true });
  log(`Sizes ${sizes.join(", ")}; files in ${WORK_DIR}`);

  // --merge keeps earlier sizes from results.json, so one size can be rerun without losing the others.
  const previous = (args.includes("--merge") || args.includes("--render-only")) && existsSync(RESULTS) ? (JSON.parse(readFileSync(RESULTS, "utf8")) as SizeResult[]) : [];
  const results: SizeResult[] = previous.filter((result) => !sizes.includes(result.rows));
  for (const rows of sizes) {
    const input = path.join(WORK_DIR, `scorecard-${rows}.xlsx`);
    if (!existsSync(input)) {
      log(`Generating ${rows} rows…`);
      await writeScorecard(input, rows);
    }
    const fileMb = statSync(input).size / 1024 / 1024;
    log(`Measuring ${rows} rows (${fileMb.toFixed(1)} MB)`);
    results.push(await runSize(rows, input, fileMb, log));
    results.sort((a, b) => a.rows - b.rows);
    writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
  }

  for (const result of results) {
    log(
      `${result.rows} rows: refresh ${result.refreshMs.toFixed(0)} ms, load+save ${result.loadSaveMs.toFixed(0)} ms, ` +
        `ratio ${(result.refreshMs / result.loadSaveMs).toFixed(2)}, peak RSS ${result.refreshRssMb.toFixed(0)}/` +
        `${result.loadSaveRssMb.toFixed(0)} MB, engine ${result.engineMsPer1000.toFixed(1)} ms per 1,000 rows`,
    );
  }
  if (args.includes("--no-doc")) return;
  writeFileSync(DOC, renderReport(results, machineFacts(), args.join(" ")));
  log(`Wrote ${path.relative(process.cwd(), DOC)}`);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
