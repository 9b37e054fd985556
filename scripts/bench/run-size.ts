/** Runs every measurement for one size, each in a child process, and returns the medians. */
import { spawn } from "node:child_process";
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
  addin?: AddinResult & { ms: number };
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

export async function runSize(rows: number, input: string, fileMb: number, log: (line: string) => void): Promise<SizeResult> {
  const runs = rows >= 100_000 ? 1 : 3;
  const output = (mode: string) => path.join(path.dirname(input), `out-${rows}-${mode}.xlsx`);
  const refresh: ChildResult[] = [];
  const loadSave: ChildResult[] = [];
  // Alternating the two keeps any drift in the machine's load from favouring one of them.
  for (let run = 1; run <= runs; run++) {
    loadSave.push(await runChild("loadsave", input, output("loadsave")));
    log(`  ${rows} rows: load+save run ${run}/${runs} ${loadSave[run - 1].ms[0].toFixed(0)} ms`);
    refresh.push(await runChild("refresh", input, output("refresh")));
    log(`  ${rows} rows: refresh run ${run}/${runs} ${refresh[run - 1].ms[0].toFixed(0)} ms`);
  }

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
    refreshMs: median(refresh.map((result) => result.ms[0])),
    loadSaveMs: median(loadSave.map((result) => result.ms[0])),
    refreshRssMb: Math.max(...refresh.map((result) => result.maxRssMb)),
    loadSaveRssMb: Math.max(...loadSave.map((result) => result.maxRssMb)),
    engineMsPer1000: (engineMs / rows) * 1000,
    addin,
  };
}
