/**
 * Renders pane components to static HTML inside a FluentProvider, with the theme's style block
 * removed so that tests see only the markup.
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createElement, type ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";

export function renderPane(element: ReactElement): string {
  const html = renderToStaticMarkup(createElement(FluentProvider, { theme: webLightTheme }, element));
  return html.replace(/<style[^>]*>[\s\S]*?<\/style>/g, "");
}

/** Returns the text content of the markup, with tags removed and spaces collapsed. */
export function textOf(html: string): string {
  return html
    .replace(/<[^>]+>/g, " ")
    .replace(/&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ")
    .trim();
}
