import { strict as assert } from "node:assert";
import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { isDarkColour, pickTheme } from "../../src/taskpane/theme/pickTheme";

describe("pickTheme", () => {
  it("black body background is dark", () => {
    assert.equal(pickTheme({ bodyBackgroundColor: "#000000" }), webDarkTheme);
  });

  it("dark grey body background is dark", () => {
    assert.equal(pickTheme({ bodyBackgroundColor: "#262626" }), webDarkTheme);
  });

  it("white body background is light", () => {
    assert.equal(pickTheme({ bodyBackgroundColor: "#FFFFFF" }), webLightTheme);
  });

  it("no Office theme is light", () => {
    assert.equal(pickTheme(undefined), webLightTheme);
  });
});

describe("isDarkColour", () => {
  it("short form #333 is dark", () => {
    assert.equal(isDarkColour("#333"), true);
  });

  it("grey #757575 is dark", () => {
    assert.equal(isDarkColour("#757575"), true);
  });

  it("grey #767676 is light", () => {
    assert.equal(isDarkColour("#767676"), false);
  });

  it("text that is no colour is light", () => {
    assert.equal(isDarkColour("transparent"), false);
  });
});
