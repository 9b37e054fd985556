// Namespaces of the add-in manifest and small helpers for walking its tree.
import { allElements } from "./parse-xml.mjs";

export const NS = {
  app: "http://schemas.microsoft.com/office/appforoffice/1.1",
  overrides: "http://schemas.microsoft.com/office/taskpaneappversionoverrides",
  basic: "http://schemas.microsoft.com/office/officeappbasictypes/1.0",
  xsi: "http://www.w3.org/2001/XMLSchema-instance",
};

/** Finds the elements under `root` whose local name is `local` (and namespace `ns`, when given). */
export function findAll(root, local, ns) {
  return allElements(root).filter((e) => e.local === local && (ns === undefined || e.ns === ns));
}

export function childrenNamed(element, local) {
  return element.children.filter((child) => child.local === local);
}

export function closestAncestor(element, local) {
  for (let at = element.parent; at; at = at.parent) if (at.local === local) return at;
  return null;
}

/** Returns the value of xsi:type, whatever prefix the manifest gives the XML Schema instance namespace. */
export function xsiType(element) {
  for (const [key, value] of Object.entries(element.attributes)) {
    const [prefix, local] = key.includes(":") ? key.split(":", 2) : ["", key];
    if (local === "type" && prefix && element.scope[prefix] === NS.xsi) return value.replace(/^.*:/, "");
  }
  return undefined;
}
