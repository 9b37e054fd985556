/**
 * Chooses the Fluent theme that matches the Office theme the user picked.
 */
import { webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";

/** The part of Office.OfficeTheme that decides between light and dark. */
export interface OfficeThemeColours {
  bodyBackgroundColor?: string;
}

/**
 * Returns webDarkTheme when Office paints its body background dark, otherwise webLightTheme.
 * A host that reports no theme gets the light theme.
 */
export function pickTheme(officeTheme: OfficeThemeColours | undefined): Theme {
  const background = officeTheme?.bodyBackgroundColor;
  return background !== undefined && isDarkColour(background) ? webDarkTheme : webLightTheme;
}

/**
 * True when white text on the colour has more contrast than black text, which is when the WCAG
 * relative luminance is below about 0.179. Anything that is not "#RRGGBB" or "#RGB" counts as light.
 */
export function isDarkColour(hex: string): boolean {
  const rgb = parseHexColour(hex);
  if (!rgb) return false;

  // WCAG relative luminance: linearise each sRGB channel, then weight it.
  const [r, g, b] = rgb.map((channel) => {
    const value = channel / 255;
    return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  });
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  return (1 + 0.05) / (luminance + 0.05) > (luminance + 0.05) / 0.05;
}

const HEX_COLOUR = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i;

function parseHexColour(hex: string): [number, number, number] | undefined {
  const match = HEX_COLOUR.exec(hex.trim());
  if (!match) return undefined;

  const digits = match[1].length === 3 ? [...match[1]].map((d) => d + d).join("") : match[1];
  return [0, 2, 4].map((at) => parseInt(digits.slice(at, at + 2), 16)) as [number, number, number];
}
