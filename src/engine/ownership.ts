/**
 * How the refresh recognises its own conditional-format rules and notes, so that it replaces them
 * and leaves everything a person made alone.
 */

/**
 * Every rule the refresh creates starts with this conjunct. N("text") is 0 in Excel and LibreOffice,
 * so the conjunct is always true and changes nothing; it only tags the rule.
 */
export const OWNED_RULE_TAG = 'N("scorecard-rag")=0';

/** Returns true when a conditional-format formula (with or without "=") was written by the refresh. */
export function isOwnedRuleFormula(formula: string): boolean {
  return formula.replace(/\s+/g, "").includes(OWNED_RULE_TAG.replace(/\s+/g, ""));
}

/** The heading line that opens the refresh's own block inside a note. */
export const OWNED_NOTE_HEADING = "[Scorecard RAG]";

/** Splits a note into the person's own text and the refresh's block (everything from the heading on). */
export function splitNote(text: string): { userText: string; ownedText: string } {
  const at = text.indexOf(OWNED_NOTE_HEADING);
  if (at < 0) return { userText: text, ownedText: "" };
  return { userText: text.slice(0, at).replace(/\s+$/, ""), ownedText: text.slice(at) };
}

/** Joins a person's note text and the refresh's block; null when both are empty. */
export function joinNote(userText: string, ownedText: string): string | null {
  if (!userText && !ownedText) return null;
  if (!ownedText) return userText;
  if (!userText) return ownedText;
  return `${userText}\n\n${ownedText}`;
}
