/**
 * Runs the real command line (bin/scorecard-rag.js over the compiled lib/) as a child process, the way a
 * user would, and gives each test its own scratch folder.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";

export const ROOT = path.join(__dirname, "..", "..");
export const BIN = path.join(ROOT, "bin", "scorecard-rag.js");
export const SAMPLE = path.join(ROOT, "assets", "samples", "cyps-scorecard-2025-03.xlsx");

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

let built = false;

/** Compiles src/ into lib/ once per test run, so the bin runs the code under test. */
export function buildCli(): void {
  if (built) return;
  execFileSync(process.execPath, [path.join(ROOT, "node_modules", "typescript", "bin", "tsc"), "-p", "tsconfig.cli.json"], {
    cwd: ROOT,
    stdio: "pipe",
  });
  built = true;
}

export function runCli(args: string[]): CliRun {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: "utf8", timeout: 60_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export function sha256(file: string): string {
  return createHash("sha256").update(readFileSync(file)).digest("hex");
}

/** Creates a fresh folder under the system temporary folder and returns it with a function that removes it. */
export function scratchFolder(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), "scorecard-cli-"));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A stack trace line such as "    at main (/x/main.js:3:9)". */
export const STACK_LINE = /^\s+at .+:\d+:\d+\)?$/m;
