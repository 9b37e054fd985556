/**
 * The refresh plan: everything a refresh writes, computed in pure code from a snapshot.
 * Adapters apply it as it is; they decide nothing.
 */
import type { FindingCode, Severity } from "./catalogue";
import type { ReviewEntry, StoredState } from "./state";

export type Polarity = "high" | "low" | "info";
export type Direction = "up" | "down" | "same" | "none";
export type Assessment = "improved" | "declined" | "unchanged" | "info" | "none";
export type RagStatus = "R" | "A" | "G" | "none";

export interface Finding {
  sheet: string;
  /** A1 address of the cell the finding is about. */
  cell: string;
  row: number;
  col: number;
  severity: Severity;
  code: FindingCode;
  message: string;
  /** REF NO. of the indicator, when the finding belongs to one. */
  ref?: string;
  /** Stable id (sheet, REF NO., measure, column header, code) that survives a refresh. */
  id?: string;
  /** The reviewers' state of this finding, carried over from earlier refreshes. */
  review?: ReviewEntry;
}

/** A DOT or RAG cell that shows something else than after the previous refresh. */
export interface MarkChange {
  sheet: string;
  ref: string;
  measure: string;
  cell: string;
  /** Column name as the scorecard shows it: "DOT (Month)", "RAG (Month)", "DOT (Yr on Yr)", "RAG (Yr End)". */
  column: string;
  from: string;
  to: string;
  /** One line such as "B.4 RAG (Yr End): G → A". */
  text: string;
}

export interface DotResult {
  direction: Direction;
  assessment: Assessment;
  /** A1 address of the DOT cell, or "" when the sheet has no such column. */
  cell: string;
  /** Why this arrow: the two values compared, with their columns, and the assessment. */
  reason: string;
}

export interface RagResult {
  status: RagStatus;
  cell: string;
  /** Why this status: the value compared, the band it fell in and the polarity. */
  reason: string;
  /** The value compared, as the sheet shows it ("94.8%"); "" when there was none. */
  value: string;
  /** Header of the column the value came from ("Mar-25 (Q4)", "2024/25 OUTTURN"); "" when there was none. */
  compared: string;
  /** The band the value fell in, when it fell in one. */
  band?: "red" | "amber" | "green";
  /** The Red, Amber and Green threshold text of the row, as written. */
  thresholds: { red: string; amber: string; green: string };
}

export interface IndicatorResult {
  sheet: string;
  row: number;
  ref: string;
  indicator: string;
  measure: string;
  polarity: Polarity | "unknown";
  dotMonth: DotResult;
  dotYear: DotResult;
  ragMonth: RagResult;
  ragYearEnd: RagResult;
}

/** A value written to a DOT or RAG cell: an arrow, a letter, or "" to clear it. */
export interface CellWrite {
  row: number;
  col: number;
  address: string;
  value: string;
}

export interface RuleStyle {
  /** Fill colour as RRGGBB hex. */
  fill?: string;
  /** Font colour as RRGGBB hex. */
  fontColor?: string;
  bold?: boolean;
}

/**
 * A conditional-format rule owned by the refresh: an expression rule over one range. The formula has
 * no leading "=" and its relative references are relative to the range's top-left cell.
 */
export interface RuleSpec {
  range: string;
  formula: string;
  style: RuleStyle;
  /** Stable name such as "rag-red" or "dot-improved", used in tests and reports. */
  name: string;
}

/** A note to set on a cell; text null removes the note. */
export interface NoteWrite {
  row: number;
  col: number;
  address: string;
  text: string | null;
}

export interface SheetPlan {
  name: string;
  headerRow: number;
  cellWrites: CellWrite[];
  /** The complete set of the refresh's own rules for this sheet; they replace the earlier ones. */
  rules: RuleSpec[];
  notes: NoteWrite[];
}

export interface RagCounts {
  R: number;
  A: number;
  G: number;
  none: number;
}

export interface RefreshSummary {
  sheets: { name: string; indicators: number; rag: RagCounts; improved: number; declined: number }[];
  indicators: number;
  rag: RagCounts;
  findings: Record<Severity, number>;
}

export interface RefreshPlan {
  workbook: string;
  sheets: SheetPlan[];
  indicators: IndicatorResult[];
  findings: Finding[];
  summary: RefreshSummary;
  /** DOT and RAG cells that changed since the previous refresh; empty on a first refresh. */
  changes: MarkChange[];
  /** Resolved findings: review entries whose cause is gone, keyed by finding id. */
  resolved: Record<string, ReviewEntry>;
  /** The state to store on the very hidden state sheet; null removes the sheet. */
  state: StoredState | null;
  /** False when the stored state needs no rewrite (a refresh that changed nothing). */
  stateChanged: boolean;
  /** Sentences for the user about the stored state, such as a damaged state sheet. */
  notices: string[];
}
