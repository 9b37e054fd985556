/**
 * Builds engine snapshots for tests from plain arrays, in the March 2025 report's Benchmark-sheet layout:
 * a group row, a header row, then one row per indicator.
 */
import type { SheetSnapshot, SnapshotCell, CellScalar, WorkbookSnapshot } from "../../src/engine/snapshot";

export const HEADERS = [
  "REF NO.", "INDICATOR", "TIMELINE", "DATA NOTE", "Jan-25", "Feb-25", "Mar-25 (Q4)", "Q4", "2024/25\nOUTTURN",
  "Good perf is", "DOT\n(Month)", "RAG\n(Month)", "DOT\n(Yr on Yr)", "RAG\n(Yr End)", "Red", "Amber", "Green\n(target)",
  "2023/24", "Stat neigh av.", "Best stat neigh", "Nat av.", "Top qtile threshold",
] as const;

export type Header = (typeof HEADERS)[number];

/** Column number (1-based) of a header in the test layout. */
export function col(header: Header): number {
  return HEADERS.indexOf(header) + 1;
}

/** A cell: a plain value, or a value with a number format or formula. */
export type CellInput = CellScalar | SnapshotCell;

export type RowInput = Partial<Record<Header, CellInput>>;

export const HEADER_ROW = 2;

function toCell(input: CellInput | undefined): SnapshotCell | undefined {
  if (input === undefined || input === null) return undefined;
  if (typeof input === "object" && !(input instanceof Date) && "value" in input) return input;
  return { value: input as CellScalar };
}

/** Percentage stored as a fraction with a "0.0%" format, as the report's workbook holds it. */
export function pct(points: number, format = "0.0%"): SnapshotCell {
  return { value: Number((points / 100).toPrecision(12)), numberFormat: format };
}

export function sheetOf(rows: RowInput[], name = "CYPS Benchmark Indicators"): SheetSnapshot {
  const group: (SnapshotCell | undefined)[] = [];
  group[col("Red") - 1] = { value: "2024/25 TARGET & TOLERANCES" };
  const header = HEADERS.map((text) => ({ value: text }) as SnapshotCell);
  const data = rows.map((row) => HEADERS.map((h) => toCell(row[h])));
  return { name, rows: [group, header, ...data], merges: [], hiddenRows: [], hiddenColumns: [], notes: [] };
}

export function workbookOf(...sheets: SheetSnapshot[]): WorkbookSnapshot {
  return { name: "test.xlsx", sheets };
}

/** B.1 from the March 2025 report: assessments completed in 45 working days, good performance is high. */
export function rowB1(overrides: RowInput = {}): RowInput {
  return {
    "REF NO.": "B.1 (SC)",
    INDICATOR: "% of assessments for children's social care completed in 45 working days of referral",
    TIMELINE: "monthly",
    "DATA NOTE": "%",
    "Jan-25": pct(91.4),
    "Feb-25": pct(89.1),
    "Mar-25 (Q4)": pct(94.8),
    Q4: pct(92.1),
    "2024/25\nOUTTURN": pct(92.5),
    "Good perf is": "high",
    Red: "<82%",
    Amber: "82%+",
    "Green\n(target)": "90%+",
    "2023/24": pct(88.2),
    "Stat neigh av.": pct(84.7),
    "Best stat neigh": pct(99.8),
    "Nat av.": pct(84.5),
    "Top qtile threshold": pct(90.5),
    ...overrides,
  };
}

/** B.6 from the March 2025 report: child protection plans lasting 2 years or more, good performance is low. */
export function rowB6(overrides: RowInput = {}): RowInput {
  return {
    "REF NO.": "B.6 (SC)",
    INDICATOR: "% of open child protection plans lasting 2 years or more",
    TIMELINE: "monthly",
    "DATA NOTE": "%",
    "Jan-25": pct(0),
    "Feb-25": pct(0),
    "Mar-25 (Q4)": pct(0.6),
    Q4: pct(0.6),
    "2024/25\nOUTTURN": pct(0.6),
    "Good perf is": "low",
    Red: "3.5%+",
    Amber: "2.5%+",
    "Green\n(target)": "<2.5%",
    "2023/24": pct(4.6),
    "Stat neigh av.": pct(2.4),
    "Best stat neigh": pct(0),
    "Nat av.": pct(2.6),
    "Top qtile threshold": pct(3.0),
    ...overrides,
  };
}

/** A.21 from the March 2025 report: average social worker caseload, good performance is low. */
export function rowA21(overrides: RowInput = {}): RowInput {
  return {
    "REF NO.": "A.21 (SC)",
    INDICATOR: "Av. caseload of social workers in key safeguarding teams (exc. Children's Disability Team)",
    TIMELINE: "monthly",
    "DATA NOTE": "Average count",
    "Jan-25": 18.6,
    "Feb-25": 18.2,
    "Mar-25 (Q4)": 18.7,
    Q4: 19,
    "2024/25\nOUTTURN": 18.7,
    "Good perf is": "low",
    Red: "23+",
    Amber: "19+",
    "Green\n(target)": "<19",
    "2023/24": 19.4,
    ...overrides,
  };
}
