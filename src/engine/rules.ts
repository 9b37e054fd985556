/**
 * The refresh's own conditional-format rules. RAG cells are filled by their letter; DOT arrows are
 * coloured by reading the row's "Good perf is" cell, so an arrow edited by hand re-colours itself.
 */
import { cellAddress, columnLetter, rangeAddress } from "./address";
import { OWNED_RULE_TAG } from "./ownership";
import type { RuleSpec, RuleStyle } from "./plan";
import type { IndicatorRow } from "./rows";
import { ARROW } from "./direction";

export const RAG_STYLE: Record<"R" | "A" | "G", RuleStyle & { name: string }> = {
  R: { name: "rag-red", fill: "FF0000", fontColor: "FFFFFF", bold: true },
  A: { name: "rag-amber", fill: "FFC000", fontColor: "000000", bold: true },
  G: { name: "rag-green", fill: "00B050", fontColor: "FFFFFF", bold: true },
};

export const DOT_STYLE = {
  improved: { fontColor: "008000", bold: true },
  declined: { fontColor: "C00000", bold: true },
  info: { fontColor: "808080" },
} as const satisfies Record<string, RuleStyle>;

export interface RuleColumns {
  dot: number[];
  rag: number[];
  polarity?: number;
}

/** Builds the full set of owned rules for one sheet's data rows. */
export function buildRules(columns: RuleColumns, rows: readonly IndicatorRow[]): RuleSpec[] {
  if (rows.length === 0) return [];
  const top = Math.min(...rows.map((r) => r.row));
  const bottom = Math.max(...rows.map((r) => r.row));
  const rules: RuleSpec[] = [];

  for (const col of columns.rag) {
    const first = cellAddress(top, col);
    for (const letter of ["R", "A", "G"] as const) {
      const { name, ...style } = RAG_STYLE[letter];
      rules.push({ range: rangeAddress(top, col, bottom, col), formula: tagged(`${first}="${letter}"`), style, name });
    }
  }

  if (columns.polarity === undefined) return rules;
  const polarityLetter = columnLetter(columns.polarity);
  for (const col of columns.dot) {
    rules.push(...dotRules(rangeAddress(top, col, bottom, col), cellAddress(top, col), `TRIM($${polarityLetter}${top})`));
    for (const [sourceRow, inherited] of groupInherited(rows)) {
      for (const span of contiguousSpans(inherited)) {
        const range = rangeAddress(span.top, col, span.bottom, col);
        rules.push(...dotRules(range, cellAddress(span.top, col), `TRIM($${polarityLetter}$${sourceRow})`));
      }
    }
  }
  return rules;
}

function dotRules(range: string, firstCell: string, polarity: string): RuleSpec[] {
  const up = `${firstCell}="${ARROW.up}"`;
  const down = `${firstCell}="${ARROW.down}"`;
  return [
    { range, name: "dot-improved", style: DOT_STYLE.improved, formula: tagged(`OR(AND(${up},${polarity}="high"),AND(${down},${polarity}="low"))`) },
    { range, name: "dot-declined", style: DOT_STYLE.declined, formula: tagged(`OR(AND(${up},${polarity}="low"),AND(${down},${polarity}="high"))`) },
    { range, name: "dot-info", style: DOT_STYLE.info, formula: tagged(`AND(${firstCell}<>"",${polarity}="info")`) },
  ];
}

function tagged(condition: string): string {
  return `AND(${OWNED_RULE_TAG},${condition})`;
}

/** Rows whose polarity cell is blank or merged, grouped by the row they take their polarity from. */
function groupInherited(rows: readonly IndicatorRow[]): Map<number, number[]> {
  const groups = new Map<number, number[]>();
  for (const row of rows) {
    if (!row.polarityInherited || row.polarityRow === row.row) continue;
    const group = groups.get(row.polarityRow);
    if (group) group.push(row.row);
    else groups.set(row.polarityRow, [row.row]);
  }
  return groups;
}

function contiguousSpans(sortedRows: number[]): { top: number; bottom: number }[] {
  const spans: { top: number; bottom: number }[] = [];
  for (const row of sortedRows) {
    const last = spans[spans.length - 1];
    if (last && last.bottom === row - 1) last.bottom = row;
    else spans.push({ top: row, bottom: row });
  }
  return spans;
}
