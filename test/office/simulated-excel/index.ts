/**
 * A simulated Excel host for tests and the browser test page: the part of the Excel JavaScript API
 * the add-in uses, over an exceljs workbook, with Office.js batch semantics. Proxies queue loads and
 * writes; sync() runs them in order as one request, counts it, measures its payload and enforces the
 * payload limit of Excel on the web. Node-only modules stay out, so the page can bundle it.
 */
import ExcelJS from "exceljs";
import { type HostState, type SimulatedComment, type SyncRecord, compareVersions } from "./host-state";
import { SimContext } from "./sim-context";
import { SimWorkbook } from "./workbook";

export type { SimulatedComment, SyncRecord } from "./host-state";
export { SimulatedRichApiError } from "./errors";

/** Excel on the web rejects a request or a response larger than 5 MB. */
export const WEB_PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;

export interface SimulatedExcelOptions {
  /** Requirement sets supported, each up to the version given, such as "ExcelApi 1.12". Default: ["ExcelApi 1.18"]. */
  requirementSets?: string[];
  /** Largest request or response a sync accepts, in bytes (JSON length). Default: 5 MB. */
  payloadLimitBytes?: number;
  /** What workbook.name returns. Default: "Scorecard.xlsx". */
  workbookName?: string;
}

export interface SimulatedExcel {
  /** Stands in for the global `Excel`: only run(batch) is simulated. */
  readonly Excel: { run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> };
  /** Stands in for the global `Office`: only requirement-set checks are simulated. */
  readonly Office: { context: { requirements: { isSetSupported(name: string, minVersion?: string): boolean } } };
  readonly workbook: ExcelJS.Workbook;
  /** Number of context.sync() calls, including the one Excel.run makes for actions left queued. */
  readonly syncs: number;
  readonly syncLog: readonly SyncRecord[];
  /** Number of write actions applied. */
  readonly writes: number;
  /** Threaded comments (ExcelApi 1.10), which exceljs cannot store. */
  readonly comments: readonly SimulatedComment[];
  readonly activeSheet: string | undefined;
  readonly selection: { sheet: string; address: string } | undefined;
  /** While true, every sync fails with InvalidOperationInCellEditMode. */
  cellEditMode: boolean;
  resetCounters(): void;
}

export function createSimulatedExcel(workbook: ExcelJS.Workbook, options: SimulatedExcelOptions = {}): SimulatedExcel {
  const sets = parseRequirementSets(options.requirementSets ?? ["ExcelApi 1.18"]);
  const host: HostState = {
    workbook,
    workbookName: options.workbookName ?? "Scorecard.xlsx",
    payloadLimitBytes: options.payloadLimitBytes ?? WEB_PAYLOAD_LIMIT_BYTES,
    excelApiVersion: sets.get("excelapi") ?? "1.0",
    syncs: 0,
    syncLog: [],
    writes: 0,
    comments: [],
    nextCommentId: 1,
    cellEditMode: false,
  };

  return {
    Excel: { run: (batch) => runBatch(host, batch) },
    Office: {
      context: {
        requirements: {
          isSetSupported: (name, minVersion = "1.1") => {
            const supported = sets.get(name.toLowerCase());
            return supported !== undefined && compareVersions(supported, minVersion) >= 0;
          },
        },
      },
    },
    workbook,
    get syncs() { return host.syncs; },
    get syncLog() { return host.syncLog; },
    get writes() { return host.writes; },
    get comments() { return host.comments; },
    get activeSheet() { return host.activeSheet; },
    get selection() { return host.selection; },
    get cellEditMode() { return host.cellEditMode; },
    set cellEditMode(on: boolean) { host.cellEditMode = on; },
    resetCounters() {
      host.syncs = 0;
      host.syncLog = [];
      host.writes = 0;
    },
  };
}

/** Opens .xlsx bytes (an ArrayBuffer or a Node Buffer) and simulates a host over them. */
export async function openSimulatedExcel(data: ArrayBuffer | Uint8Array, options: SimulatedExcelOptions = {}): Promise<SimulatedExcel> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(data as ArrayBuffer);
  return createSimulatedExcel(workbook, options);
}

async function runBatch<T>(host: HostState, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  const context = new SimContext(host);
  context.workbook = new SimWorkbook(context, "workbook", () => host.workbook);
  const result = await batch(context as unknown as Excel.RequestContext);
  // NOTE: this host assumes Excel.run sends whatever the batch queued but did not sync.
  if (context.hasPendingActions) await context.sync();
  return result;
}

function parseRequirementSets(entries: string[]): Map<string, string> {
  const sets = new Map<string, string>();
  for (const entry of entries) {
    const [name, version] = entry.trim().split(/\s+/);
    if (!name || !version) throw new Error(`Invalid requirement set "${entry}": expected a name and a version, such as "ExcelApi 1.18".`);
    sets.set(name.toLowerCase(), version);
  }
  return sets;
}
