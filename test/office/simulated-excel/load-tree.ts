/**
 * Parses the argument of Office.js `load()` into a tree of property paths:
 * "items/name, items/protection/protected" becomes items → { name, protection → { protected } }.
 * A leaf is an empty map; on a navigation property a leaf means "all its scalar properties".
 */
export type LoadTree = Map<string, LoadTree>;

export type LoadArgument = string | string[] | { select?: string; expand?: string } | Record<string, unknown> | undefined;

export function parseLoadArgument(argument: LoadArgument): LoadTree {
  const tree: LoadTree = new Map();
  if (argument === undefined) return tree;

  if (typeof argument === "string") addPaths(tree, argument.split(","));
  else if (Array.isArray(argument)) addPaths(tree, argument);
  else if (typeof argument.select === "string" || typeof argument.expand === "string") {
    addPaths(tree, `${argument.select ?? ""},${argument.expand ?? ""}`.split(","));
  } else addOptionsObject(tree, argument as Record<string, unknown>);

  return tree;
}

function addPaths(tree: LoadTree, paths: string[]): void {
  for (const path of paths) {
    const segments = path.trim().split("/").map((segment) => segment.trim()).filter(Boolean);
    let node = tree;
    for (const segment of segments) {
      let child = node.get(segment);
      if (!child) {
        child = new Map();
        node.set(segment, child);
      }
      node = child;
    }
  }
}

/** The object form: { values: true, format: { fill: { color: true } } }; "$all" means every scalar. */
function addOptionsObject(tree: LoadTree, options: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(options)) {
    if (key === "$all" || key === "$top" || key === "$skip" || value === false) continue;
    const child: LoadTree = new Map();
    if (typeof value === "object" && value !== null) addOptionsObject(child, value as Record<string, unknown>);
    tree.set(key, child);
  }
}
