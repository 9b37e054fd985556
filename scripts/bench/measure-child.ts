/**
 * One measurement in its own process, so each has its own heap and peak RSS. Prints one JSON line.
 * Usage: node --expose-gc --import tsx scripts/bench/measure-child.ts MODE INPUT OUTPUT
 * MODE: refresh (the command line's refreshFile), loadsave (plain exceljs load and save), loadsave-zlib (the
 * same with the command line's zlib zip layer), engine
 * (refresh() alone on a snapshot read beforehand) or addin (the Office.js refresh on the simulated host).
 */
import { promises as fs } from "node:fs";
import { performance } from "node:perf_hooks";
import ExcelJS from "exceljs";
import { refreshFile } from "../../src/cli/refresh-file";
import { refresh } from "../../src/engine/refresh";
import { readWorkbookSnapshot } from "../../src/xlsx/read-snapshot";
import { saveWorkbookBytes } from "../../src/xlsx/workbook-bytes";

export interface ChildResult {
  mode: string;
  ms: number[];
  maxRssMb: number;
  indicators?: number;
  addin?: AddinResult;
}

export interface AddinResult {
  syncs: number;
  totalRequestBytes: number;
  totalResponseBytes: number;
  /** Largest request and response among the syncs the host accepted. */
  maxRequestBytes: number;
  maxResponseBytes: number;
  refusedSyncs: number;
  /** Request plus response bytes of the accepted syncs: what a per-row refresh would move in total too. */
  acceptedBytes: number;
  payloadLimitBytes: number;
}

const ENGINE_RUNS = 5;

async function timed(action: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await action();
  return performance.now() - start;
}

/**
 * Loads the file with exceljs and saves it with nothing else. The zlib save is the one the command line
 * uses, so a refresh measured against it shows the refresh's own cost.
 */
async function loadSave(input: string, output: string, save: (workbook: ExcelJS.Workbook) => Promise<Buffer>): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await fs.readFile(input)) as unknown as ExcelJS.Buffer);
  await fs.writeFile(output, await save(workbook));
}

const EXCELJS_SAVE = async (workbook: ExcelJS.Workbook) => Buffer.from(await workbook.xlsx.writeBuffer());

async function engine(input: string): Promise<{ ms: number[]; indicators: number }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await fs.readFile(input)) as unknown as ExcelJS.Buffer);
  const snapshot = readWorkbookSnapshot(workbook, "bench.xlsx");
  const ms: number[] = [];
  let indicators = 0;
  for (let run = 0; run < ENGINE_RUNS; run++) {
    const start = performance.now();
    indicators = refresh(snapshot).summary.indicators;
    ms.push(performance.now() - start);
  }
  return { ms, indicators };
}

async function addin(input: string): Promise<{ ms: number[]; addin: AddinResult }> {
  // Loaded lazily: the simulated host lives under test/ and only this mode needs it.
  const { openSimulatedExcel, WEB_PAYLOAD_LIMIT_BYTES } = await import("../../test/office/simulated-excel");
  const { withSimulatedHost } = await import("../../test/office/refresh-on-simulated-excel");
  const { refreshWorkbook } = await import("../../src/office/refresh");
  const host = await openSimulatedExcel(await fs.readFile(input));
  host.resetCounters();
  const ms = await timed(() => withSimulatedHost(host, () => refreshWorkbook()));
  const log = host.syncLog;
  const refused = (record: (typeof log)[number]) =>
    record.requestBytes > WEB_PAYLOAD_LIMIT_BYTES || record.responseBytes > WEB_PAYLOAD_LIMIT_BYTES;
  const accepted = log.filter((record) => !refused(record));
  return {
    ms: [ms],
    addin: {
      syncs: host.syncs,
      totalRequestBytes: log.reduce((sum, record) => sum + record.requestBytes, 0),
      totalResponseBytes: log.reduce((sum, record) => sum + record.responseBytes, 0),
      maxRequestBytes: Math.max(0, ...accepted.map((record) => record.requestBytes)),
      maxResponseBytes: Math.max(0, ...accepted.map((record) => record.responseBytes)),
      refusedSyncs: log.length - accepted.length,
      acceptedBytes: accepted.reduce((sum, record) => sum + record.requestBytes + record.responseBytes, 0),
      payloadLimitBytes: WEB_PAYLOAD_LIMIT_BYTES,
    },
  };
}

async function main([mode, input, output]: string[]): Promise<void> {
  if (!mode || !input) throw new Error("Usage: measure-child.ts refresh|loadsave|loadsave-zlib|engine|addin INPUT [OUTPUT]");
  let result: Omit<ChildResult, "maxRssMb">;
  if (mode === "refresh") result = { mode, ms: [await timed(() => refreshFile({ input, output }))] };
  else if (mode === "loadsave") result = { mode, ms: [await timed(() => loadSave(input, output, EXCELJS_SAVE))] };
  else if (mode === "loadsave-zlib") result = { mode, ms: [await timed(() => loadSave(input, output, saveWorkbookBytes))] };
  else if (mode === "engine") result = { mode, ...(await engine(input)) };
  else if (mode === "addin") result = { mode, ...(await addin(input)) };
  else throw new Error(`Unknown mode ${mode}: expected refresh, loadsave, loadsave-zlib, engine or addin.`);
  // maxRSS is in kilobytes.
  const maxRssMb = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(`${JSON.stringify({ ...result, maxRssMb })}\n`);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exitCode = 1;
});
