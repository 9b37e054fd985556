/**
 * Runs every measurement for one size, each in a child process, and returns the medians. The refresh is
 * measured twice: on the generated workbook (a first refresh, which writes every DOT and RAG cell) and on
 * a workbook refreshed before (the monthly case, where last month's arrows and letters are already there).
 */
import { spawn } from "node:child_process";
import { statSync } from "node:fs";
import path from "node:path";
import type { AddinResult, ChildResult } from "./measure-child";

export interface SizeResult {
  rows: number;
  runs: number;
  fileMb: number;
  refreshMs: number;
  loadSaveMs: number;
  refreshRssMb: number;
  loadSaveRssMb: number;
  engineMsPer1000: number;
  /** The same measurements on the workbook the first refresh wrote; absent from results of older runs. */
  steady?: RefreshPair & { fileMb: number };
  addin?: AddinResult & { ms: number };
}

/** Refresh and load+save of one input: medians of the times, largest peak RSS. */
export interface RefreshPair {
  refreshMs: number;
  loadSaveMs: number;
  refreshRssMb: number;
  loadSaveRssMb: number;
  /** exceljs load and a save deflated by zlib, as the refresh saves. Absent from results of older runs. */
  loadSaveZlibMs?: number;
}

const CHILD = path.join(__dirname, "measure-child.ts");
/** The Office.js path is measured up to this size; a real add-in would not be asked for more in one go. */
export const ADDIN_MAX_ROWS = 10_000;

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

export function runChild(mode: string, input: string, output: string, extraNodeArgs: string[] = []): Promise<ChildResult> {
  return new Promise((resolve, reject) => {
    const args = ["--expose-gc", "--max-old-space-size=8192", ...extraNodeArgs, "--import", "tsx", CHILD, mode, input, output];
    const child = spawn(process.execPath, args, { stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code) => {
      if (code !== 0) return reject(new Error(`${mode} on ${input} failed (exit ${code}): ${stderr.trim()}`));
      resolve(JSON.parse(stdout.trim().split("\n").pop() ?? "{}") as ChildResult);
    });
  });
}

async function measurePair(input: string, runs: number, label: string, log: (line: string) => void): Promise<RefreshPair> {
  const output = (mode: string) => input.replace(/\.xlsx$/, `-out-${mode}.xlsx`);
  const refresh: ChildResult[] = [];
  const loadSave: ChildResult[] = [];
  const loadSaveZlib: ChildResult[] = [];
  // Taking turns keeps any drift in the machine's load from favouring one of them.
  for (let run = 1; run <= runs; run++) {
    loadSave.push(await runChild("loadsave", input, output("loadsave")));
    log(`  ${label}: load+save run ${run}/${runs} ${loadSave[run - 1].ms[0].toFixed(0)} ms`);
    refresh.push(await runChild("refresh", input, output("refresh")));
    log(`  ${label}: refresh run ${run}/${runs} ${refresh[run - 1].ms[0].toFixed(0)} ms`);
    loadSaveZlib.push(await runChild("loadsave-zlib", input, output("loadsave-zlib")));
    log(`  ${label}: load+save with zlib run ${run}/${runs} ${loadSaveZlib[run - 1].ms[0].toFixed(0)} ms`);
  }
  return {
    refreshMs: median(refresh.map((result) => result.ms[0])),
    loadSaveMs: median(loadSave.map((result) => result.ms[0])),
    loadSaveZlibMs: median(loadSaveZlib.map((result) => result.ms[0])),
    refreshRssMb: Math.max(...refresh.map((result) => result.maxRssMb)),
    loadSaveRssMb: Math.max(...loadSave.map((result) => result.maxRssMb)),
  };
}

export async function runSize(rows: number, input: string, fileMb: number, log: (line: string) => void): Promise<SizeResult> {
  const runs = rows >= 100_000 ? 1 : 3;
  const output = (mode: string) => path.join(path.dirname(input), `out-${rows}-${mode}.xlsx`);
  const first = await measurePair(input, runs, `${rows} rows, first refresh`, log);

  // The input is refreshed twice, not once: a first refresh lists every arrow it replaced as a change on
  // the review sheet, and the next one would drop that list and save a smaller workbook than it read.
  const refreshed = path.join(path.dirname(input), `refreshed-${rows}.xlsx`);
  await runChild("refresh", input.replace(/\.xlsx$/, "-out-refresh.xlsx"), refreshed);
  const steady = await measurePair(refreshed, runs, `${rows} rows, steady state`, log);
  log(`  ${rows} rows: ratio ${(first.refreshMs / first.loadSaveMs).toFixed(2)} first refresh, ${(steady.refreshMs / steady.loadSaveMs).toFixed(2)} steady state`);

  const engine = await runChild("engine", input, output("engine"));
  const engineMs = median(engine.ms);
  log(`  ${rows} rows: engine median ${engineMs.toFixed(1)} ms over ${engine.ms.length} runs`);

  let addin: SizeResult["addin"];
  if (rows <= ADDIN_MAX_ROWS) {
    const result = await runChild("addin", input, output("addin"));
    addin = result.addin && { ...result.addin, ms: result.ms[0] };
    log(`  ${rows} rows: add-in ${addin?.syncs} syncs, ${result.ms[0].toFixed(0)} ms`);
  }

  return {
    rows,
    runs,
    fileMb,
    ...first,
    engineMsPer1000: (engineMs / rows) * 1000,
    steady: { ...steady, fileMb: statSync(refreshed).size / 1024 / 1024 },
    addin,
  };
}
