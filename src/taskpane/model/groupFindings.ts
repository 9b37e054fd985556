/**
 * Arranges findings for the pane: by sheet in workbook order, then by severity (errors first),
 * then by position on the sheet.
 */
import { SEVERITY_ORDER, type Severity } from "../../engine/catalogue";
import type { Finding } from "../../engine/plan";

export interface SeverityGroup {
  severity: Severity;
  findings: Finding[];
}

export interface SheetFindings {
  sheet: string;
  groups: SeverityGroup[];
}

/**
 * Groups the findings whose severity is in `visibleSeverities`. Sheets follow `sheetOrder` (the plan's sheets);
 * a sheet missing from it comes after them, in the order its first finding appears. Empty groups
 * and sheets are left out.
 */
export function groupFindings(
  findings: readonly Finding[],
  sheetOrder: readonly string[],
  visibleSeverities: ReadonlySet<Severity> = new Set(SEVERITY_ORDER),
): SheetFindings[] {
  const bySheet = new Map<string, Finding[]>();
  for (const sheet of sheetOrder) bySheet.set(sheet, []);
  for (const finding of findings) {
    if (!visibleSeverities.has(finding.severity)) continue;
    const list = bySheet.get(finding.sheet) ?? [];
    list.push(finding);
    bySheet.set(finding.sheet, list);
  }

  const result: SheetFindings[] = [];
  for (const [sheet, sheetFindings] of bySheet) {
    const groups = SEVERITY_ORDER.map((severity) => ({
      severity,
      findings: sheetFindings.filter((finding) => finding.severity === severity).sort(byPosition),
    })).filter((group) => group.findings.length > 0);
    if (groups.length > 0) result.push({ sheet, groups });
  }
  return result;
}

/** Counts findings per severity, with a zero for each severity that has none. */
export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) counts[finding.severity] += 1;
  return counts;
}

function byPosition(a: Finding, b: Finding): number {
  return a.row - b.row || a.col - b.col;
}
