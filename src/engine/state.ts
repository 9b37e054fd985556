/**
 * The refresh's own state, stored inside the workbook on a very hidden sheet so it travels with the file:
 * each finding's review state, the rules the last refresh wrote, and the undo record of the last refresh
 * that changed anything. What the DOT and RAG cells showed is not stored, because the cells themselves
 * contain it. Only the positions of the refresh's own arrows are stored, as row spans.
 */
import type { CellScalar } from "./snapshot";
import type { RuleSpec } from "./plan";

/** Name of the very hidden sheet that contains the state; the refresh owns it and rewrites it whole. */
export const STATE_SHEET_NAME = "ScorecardRAG_State";

/** Excel's limit on the text in one cell is 32,767 characters; chunks stay below it. */
const CHUNK_LENGTH = 30000;

export const STATE_VERSION = 1;

export type ReviewStatus = "open" | "accepted" | "resolved";

export interface ReviewEntry {
  status: ReviewStatus;
  reviewer?: string;
  /** ISO 8601 time of the last review action, or of the refresh that resolved or reopened the finding. */
  at?: string;
  comment?: string;
  /** The finding's message when it was last seen; a changed message means its values changed. */
  message: string;
  /** Location and code of the finding when last seen, so a resolved finding can still be listed. */
  sheet: string;
  cell: string;
  code: string;
}

/**
 * Prior values of a run of cells in one column, top to bottom. Runs keep the record small: a first refresh
 * of 10,000 rows overwrites 40,000 cells, mostly in long runs.
 */
export interface UndoRun {
  sheet: string;
  col: number;
  top: number;
  values: CellScalar[];
}

export interface UndoNote {
  sheet: string;
  row: number;
  col: number;
  /** The note before the refresh; null when the cell had none. */
  text: string | null;
}

/** Everything the last changing refresh overwrote, so "Undo last refresh" can put it back exactly. */
export interface UndoRecord {
  refreshedAt: string;
  cells: UndoRun[];
  notes: UndoNote[];
  /** The refresh's own rules per sheet before the refresh (none before a first refresh). */
  rules: Record<string, RuleSpec[]>;
  /** The state before the refresh, less its own undo record. */
  previousState: Omit<StoredState, "undo"> | null;
}

export interface StoredState {
  version: number;
  refreshedAt: string;
  /** Review entries keyed by finding id. */
  review: Record<string, ReviewEntry>;
  /** The rules the last refresh wrote, per sheet. */
  rules: Record<string, RuleSpec[]>;
  /**
   * DOT cells that contain the arrow the last refresh set, per sheet and column number, as [top, bottom] row
   * spans. Any other arrow was typed by a person. Absent in states written before it was added.
   */
  marks?: Record<string, Record<string, [number, number][]>>;
  undo?: UndoRecord;
}

/** Splits the state's JSON into cell-sized chunks, one per row of the state sheet. */
export function encodeState(state: StoredState): string[] {
  const json = JSON.stringify(state);
  const chunks: string[] = [];
  for (let start = 0; start < json.length; start += CHUNK_LENGTH) chunks.push(json.slice(start, start + CHUNK_LENGTH));
  return chunks;
}

export type DecodedState = { state: StoredState } | { state: undefined; problem?: string };

/** Joins and parses the state sheet's chunks; a missing sheet gives no state, a damaged one a problem. */
export function decodeState(chunks: readonly string[] | undefined): DecodedState {
  if (!chunks || chunks.length === 0) return { state: undefined };
  let parsed: unknown;
  try {
    parsed = JSON.parse(chunks.join(""));
  } catch {
    return { state: undefined, problem: `The sheet ${STATE_SHEET_NAME} cannot be read, so changes since the last refresh, review states and undo start afresh.` };
  }
  const state = parsed as Partial<StoredState>;
  if (typeof state !== "object" || state === null || state.version !== STATE_VERSION || typeof state.review !== "object") {
    return { state: undefined, problem: `The sheet ${STATE_SHEET_NAME} is from another version of Scorecard RAG, so changes since the last refresh, review states and undo start afresh.` };
  }
  return { state: { ...state, rules: state.rules ?? {} } as StoredState };
}
