/** What the simulated host keeps between Excel.run calls: the workbook, counters, selection and options. */
import type ExcelJS from "exceljs";

export interface SyncRecord {
  /** JSON length of the queued actions sent by this sync. */
  requestBytes: number;
  /** JSON length of the loaded data returned to it (0 when the request was rejected). */
  responseBytes: number;
  /** Number of queued actions, loads and writes together. */
  actions: number;
}

/** A threaded comment (ExcelApi 1.10). exceljs has no threaded comments, so the host keeps them itself. */
export interface SimulatedComment {
  id: string;
  sheet: string;
  row: number;
  col: number;
  content: string;
}

export interface HostState {
  workbook: ExcelJS.Workbook;
  workbookName: string;
  payloadLimitBytes: number;
  /** ExcelApi version the host supports, such as "1.18". */
  excelApiVersion: string;
  syncs: number;
  syncLog: SyncRecord[];
  /** Number of write actions (value, rule, note, comment and selection changes) applied so far. */
  writes: number;
  comments: SimulatedComment[];
  nextCommentId: number;
  activeSheet?: string;
  selection?: { sheet: string; address: string };
  /** When true, every sync fails as Excel does while a person is typing in a cell. */
  cellEditMode: boolean;
}

/** Compares dotted versions numerically, so "1.10" is above "1.9". */
export function compareVersions(a: string, b: string): number {
  const left = a.split(".").map(Number);
  const right = b.split(".").map(Number);
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const difference = (left[i] ?? 0) - (right[i] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

export function hostSupports(state: HostState, excelApiVersion: string): boolean {
  return compareVersions(state.excelApiVersion, excelApiVersion) >= 0;
}
