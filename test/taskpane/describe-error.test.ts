import { strict as assert } from "node:assert";
import { UserFacingError } from "../../src/office/contract";
import { describeError, UNEXPECTED_ERROR_MESSAGE } from "../../src/taskpane/state/describe-error";

describe("describeError", () => {
  it("user-facing error without details gives its code", () => {
    assert.deepEqual(describeError(new UserFacingError("Close the cell editor and try again.", "EDIT_MODE")), {
      message: "Close the cell editor and try again.",
      details: "Code: EDIT_MODE",
    });
  });

  it("Office error shows its code and debug information", () => {
    const error = Object.assign(new Error("The argument is invalid."), {
      name: "RichApi.Error",
      code: "InvalidArgument",
      debugInfo: { errorLocation: "Range.getCell" },
    });
    const { message, details } = describeError(error);
    assert.equal(message, UNEXPECTED_ERROR_MESSAGE);
    assert.match(details, /^RichApi\.Error: The argument is invalid\.\nCode: InvalidArgument\n/);
    assert.match(details, /Debug information: \{"errorLocation":"Range\.getCell"\}/);
  });

  it("stack does not repeat the heading", () => {
    const { details } = describeError(new Error("sync failed"));
    assert.equal(details.split("Error: sync failed").length, 2, details);
    assert.match(details, /\n\s+at /);
  });

  it("thrown string becomes the details", () => {
    assert.deepEqual(describeError("quota exceeded"), { message: UNEXPECTED_ERROR_MESSAGE, details: "quota exceeded" });
  });
});
