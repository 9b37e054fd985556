/**
 * Decides whether the refresh may write a DOT or RAG cell. It owns a cell that is empty or holds one of
 * its own arrows or letters; a formula or anything a person typed (such as "n/a") is kept.
 */
import { cellAt, type SheetSnapshot } from "./snapshot";
import { cellText } from "./rows";

const DOT_VALUES = new Set(["", "↑", "↓", "→", "←", "▲", "▼", "►"]);
const RAG_VALUES = new Set(["", "r", "a", "g"]);

export type OutputKind = "dot" | "rag";

export type OutputDecision = { write: true } | { write: false; reason: "formula" | "manual"; text: string };

export function decideOutput(sheet: SheetSnapshot, row: number, col: number, kind: OutputKind): OutputDecision {
  const cell = cellAt(sheet, row, col);
  if (cell?.formula) return { write: false, reason: "formula", text: `=${cell.formula}` };
  const text = cellText(cell);
  const owned = kind === "dot" ? DOT_VALUES.has(text) : RAG_VALUES.has(text.toLowerCase());
  return owned ? { write: true } : { write: false, reason: "manual", text };
}
