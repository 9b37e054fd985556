/**
 * Errors shaped like OfficeExtension.Error ("RichApi.Error"): a code, a message and debug information
 * that names where the request failed.
 */
export interface SimulatedDebugInfo {
  code: string;
  message: string;
  errorLocation?: string;
}

export class SimulatedRichApiError extends Error {
  readonly debugInfo: SimulatedDebugInfo;

  constructor(
    readonly code: string,
    message: string,
    errorLocation?: string,
  ) {
    super(message);
    this.name = "RichApi.Error";
    this.debugInfo = { code, message, ...(errorLocation ? { errorLocation } : {}) };
  }
}

export function propertyNotLoaded(property: string, location: string): SimulatedRichApiError {
  return new SimulatedRichApiError(
    "PropertyNotLoaded",
    `The property '${property}' is not available. Before reading the property's value, call the load method on the ` +
      `containing object and call "context.sync()" on the associated request context.`,
    location,
  );
}

export function itemNotFound(location: string): SimulatedRichApiError {
  return new SimulatedRichApiError("ItemNotFound", "The requested resource doesn't exist.", location);
}

export function invalidArgument(detail: string, location: string): SimulatedRichApiError {
  return new SimulatedRichApiError("InvalidArgument", `The argument is invalid or missing or has an incorrect format. ${detail}`, location);
}

export function invalidOperation(location: string): SimulatedRichApiError {
  return new SimulatedRichApiError("InvalidOperation", "This operation is not permitted for the current object.", location);
}

export function apiNotFound(requirement: string, location: string): SimulatedRichApiError {
  return new SimulatedRichApiError(
    "ApiNotFound",
    `The API you are trying to use could not be found. It needs ${requirement}, which this host does not support.`,
    location,
  );
}

export function accessDenied(location: string): SimulatedRichApiError {
  return new SimulatedRichApiError("AccessDenied", "The cell or chart you're trying to change is on a protected sheet.", location);
}

export function payloadTooLarge(kind: "Request" | "Response", bytes: number, limit: number): SimulatedRichApiError {
  return new SimulatedRichApiError(
    `${kind}PayloadSizeLimitExceeded`,
    `The ${kind.toLowerCase()} payload size has exceeded the limit (${bytes} bytes; the limit is ${limit} bytes).`,
  );
}

export function cellEditMode(): SimulatedRichApiError {
  return new SimulatedRichApiError(
    "InvalidOperationInCellEditMode",
    "Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again.",
  );
}

export function rangeExceedsLimit(cells: number, location: string): SimulatedRichApiError {
  return new SimulatedRichApiError("RangeExceedsLimit", `The cell count in the range (${cells}) has exceeded the maximum supported number.`, location);
}
