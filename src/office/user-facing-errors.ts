/** Errors the pane shows as they are: British English, naming what to do next. */
import { UserFacingError } from "./contract";
import { errorDetails } from "./office-helpers";
import { MINIMUM_EXCEL_API } from "./requirements";

/** Stops a refresh before any write when a scorecard sheet is protected. */
export function protectedSheetsError(sheets: readonly string[]): UserFacingError {
  const names = sheets.map((sheet) => `"${sheet}"`);
  const listed = names.length === 1 ? names[0] : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
  const message = sheets.length === 1
    ? `The sheet ${listed} is protected, so nothing was changed. Unprotect it (Review > Unprotect Sheet), then refresh again.`
    : `The sheets ${listed} are protected, so nothing was changed. Unprotect them (Review > Unprotect Sheet), then refresh again.`;
  return new UserFacingError(message, "SheetProtected");
}

export function excelTooOldError(): UserFacingError {
  return new UserFacingError(
    "This version of Excel is too old for Scorecard RAG. Use Microsoft 365, Excel 2019 or later, or Excel on the web.",
    "ExcelApiUnsupported",
    `The add-in needs ExcelApi ${MINIMUM_EXCEL_API} or later.`,
  );
}

export function sheetNotFoundError(sheet: string, error: unknown): UserFacingError {
  return new UserFacingError(
    `The sheet "${sheet}" was not found. It may have been renamed or deleted since the refresh, so refresh again.`,
    "SheetNotFound",
    errorDetails(error),
  );
}

/** Turns Office.js errors that a person can act on into a UserFacingError; returns anything else unchanged. */
export function toUserFacingError(error: unknown): unknown {
  if (error instanceof UserFacingError) return error;
  if (codeOf(error) === "InvalidOperationInCellEditMode") {
    return new UserFacingError("Finish editing the cell, then refresh again.", "InvalidOperationInCellEditMode", errorDetails(error));
  }
  return error;
}

export function codeOf(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : undefined;
}
