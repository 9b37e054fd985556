/**
 * The words the pane uses for each severity, so no severity is shown by colour or icon alone.
 */
import type { Severity } from "../../engine/catalogue";

export interface SeverityWords {
  /** "Error": the label on one finding. */
  label: string;
  /** "Errors": the heading of a group and the filter button. */
  heading: string;
  /** "error" and "errors": inside a sentence, after a count. */
  countSingular: string;
  countPlural: string;
}

export const SEVERITY_WORDS: Record<Severity, SeverityWords> = {
  error: { label: "Error", heading: "Errors", countSingular: "error", countPlural: "errors" },
  warning: { label: "Warning", heading: "Warnings", countSingular: "warning", countPlural: "warnings" },
  info: { label: "Info", heading: "Info", countSingular: "info finding", countPlural: "info findings" },
};

/** Returns "1 error", "3 warnings", "0 info findings". */
export function countSeverity(severity: Severity, count: number): string {
  const words = SEVERITY_WORDS[severity];
  return `${count} ${count === 1 ? words.countSingular : words.countPlural}`;
}
