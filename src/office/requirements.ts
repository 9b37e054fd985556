/**
 * Which newer Excel APIs this host has, checked once at the edge with isSetSupported, and what the
 * refresh does without each. Every missing set has a fallback, and the outcome lists the ones used.
 */
import { getOffice } from "./host";

/** Ranges, conditional formats (1.6), getUsedRangeOrNullObject (1.4) and workbook.name (1.7). */
export const MINIMUM_EXCEL_API = "1.7";

export type NotesApi = "notes" | "comments" | "none";

export interface HostCapabilities {
  /** Notes need ExcelApi 1.18; before that the refresh writes threaded comments (1.10), or nothing. */
  notes: NotesApi;
  /** getMergedAreasOrNullObject needs ExcelApi 1.13. */
  mergedAreas: boolean;
  /** getSpecialCellsOrNullObject("Visible"), which reports hidden rows and columns, needs ExcelApi 1.9. */
  visibleCells: boolean;
}

export function isExcelApiSupported(version: string): boolean {
  return getOffice().context.requirements.isSetSupported("ExcelApi", version);
}

export function detectCapabilities(): HostCapabilities {
  return {
    notes: notesApi(),
    mergedAreas: isExcelApiSupported("1.13"),
    visibleCells: isExcelApiSupported("1.9"),
  };
}

/** Sentences for the pane, one for each fallback this host needs. */
export function describeLimitations(capabilities: HostCapabilities): string[] {
  const limitations: string[] = [];
  if (capabilities.notes === "comments") {
    limitations.push("This version of Excel cannot edit notes, so findings were written to cells as comments instead.");
  }
  if (capabilities.notes === "none") {
    limitations.push("This version of Excel can edit neither notes nor comments, so findings are listed here but were not written to cells.");
  }
  if (!capabilities.mergedAreas) {
    limitations.push("This version of Excel cannot list merged cells, so sub-rows were matched to their indicator by blank cells.");
  }
  if (!capabilities.visibleCells) {
    limitations.push("This version of Excel cannot tell which rows and columns are hidden, so all of them were read as visible.");
  }
  return limitations;
}

function notesApi(): NotesApi {
  if (isExcelApiSupported("1.18")) return "notes";
  if (isExcelApiSupported("1.10")) return "comments";
  return "none";
}
