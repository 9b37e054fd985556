/**
 * Runs the Office.js refresh on a simulated Excel over .xlsx bytes and returns the workbook as Excel
 * would have left it, for tests that compare the Office.js path with the exceljs path cell by cell.
 */
import type ExcelJS from "exceljs";
import type { RefreshOutcome } from "../../src/office/contract";
import { setHost } from "../../src/office/host";
import { type RefreshWorkbookOptions, refreshWorkbook } from "../../src/office/refresh";
import { type SimulatedExcel, type SimulatedExcelOptions, openSimulatedExcel } from "./simulated-excel";

export interface SimulatedRefresh {
  workbook: ExcelJS.Workbook;
  outcome: RefreshOutcome;
  host: SimulatedExcel;
}

export async function refreshXlsxOnSimulatedExcel(
  data: ArrayBuffer | Uint8Array,
  options: { host?: SimulatedExcelOptions; refresh?: RefreshWorkbookOptions } = {},
): Promise<SimulatedRefresh> {
  const host = await openSimulatedExcel(data, options.host);
  const outcome = await withSimulatedHost(host, () => refreshWorkbook(undefined, options.refresh));
  return { workbook: host.workbook, outcome, host };
}

/** Puts the simulated host in place of the Office.js globals for one call, and takes it out again. */
export async function withSimulatedHost<T>(host: SimulatedExcel, action: () => Promise<T>): Promise<T> {
  setHost(host);
  try {
    return await action();
  } finally {
    setHost(undefined);
  }
}
