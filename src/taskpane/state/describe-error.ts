/**
 * Turns whatever a refresh threw into text for the pane: a plain message and details for support.
 */
import { UserFacingError } from "../../office/contract";

export interface ErrorDescription {
  message: string;
  details: string;
}

export const UNEXPECTED_ERROR_MESSAGE =
  "The refresh stopped because of an unexpected error. Try again, and if it happens again, " +
  "send the details below to whoever supports the add-in.";

export function describeError(error: unknown): ErrorDescription {
  if (error instanceof UserFacingError) {
    const details = error.details ? `${error.details}\nCode: ${error.code}` : `Code: ${error.code}`;
    return { message: error.message, details };
  }

  return { message: UNEXPECTED_ERROR_MESSAGE, details: detailsOf(error) };
}

function detailsOf(error: unknown): string {
  if (!(error instanceof Error)) return String(error);

  const heading = `${error.name}: ${error.message}`;
  const lines = [heading];
  // OfficeExtension.Error carries a code such as "InvalidArgument" and debug information.
  const officeError = error as Error & { code?: unknown; debugInfo?: unknown };
  if (typeof officeError.code === "string") lines.push(`Code: ${officeError.code}`);
  if (officeError.debugInfo !== undefined) lines.push(`Debug information: ${JSON.stringify(officeError.debugInfo)}`);
  // V8 starts the stack with the same heading, so only the frames after it are added.
  const stack = error.stack?.startsWith(heading) ? error.stack.slice(heading.length).replace(/^\n/, "") : error.stack;
  if (stack) lines.push(stack);
  return lines.join("\n");
}
