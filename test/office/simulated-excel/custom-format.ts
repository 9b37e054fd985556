/**
 * The custom part of a conditional format: its rule formula and its format (fill and font), read and
 * written on the exceljs rule's `formulae` and `style`.
 */
import type ExcelJS from "exceljs";
import { invalidArgument } from "./errors";
import { assertUnprotected } from "./sheet-geometry";
import { SimObject } from "./sim-object";

export interface Rule {
  type: string;
  formulae?: string[];
  priority?: number;
  stopIfTrue?: boolean;
  style?: { fill?: { type?: string; pattern?: string; bgColor?: { argb?: string }; fgColor?: { argb?: string } }; font?: { color?: { argb?: string }; bold?: boolean } };
}

export interface Formatting {
  ref: string;
  rules: Rule[];
}

export interface FormatTarget {
  sheet: ExcelJS.Worksheet;
  formatting: Formatting;
  rule: Rule;
}

export class SimCustomConditionalFormat extends SimObject<FormatTarget> {
  readonly typeName = "CustomConditionalFormat";

  get rule(): SimLeaf { return this.navigation("rule") as SimLeaf; }
  get format(): SimRangeFormat { return this.navigation("format") as SimRangeFormat; }

  protected scalarNames(): readonly string[] { return []; }
  protected readScalar(): unknown { return undefined; }

  protected override createNavigation(name: string): SimObject | undefined {
    const parent = () => this.resolve();
    if (name === "rule") return new SimLeaf(this.context, `${this.objectPath}.rule`, parent, "ConditionalFormatRule", RULE_FIELDS);
    if (name === "format") return new SimRangeFormat(this.context, `${this.objectPath}.format`, parent);
    return undefined;
  }
}

export class SimRangeFormat extends SimObject<FormatTarget> {
  readonly typeName = "ConditionalRangeFormat";

  get fill(): SimLeaf { return this.navigation("fill") as SimLeaf; }
  get font(): SimLeaf { return this.navigation("font") as SimLeaf; }

  protected scalarNames(): readonly string[] { return []; }
  protected readScalar(): unknown { return undefined; }

  protected override createNavigation(name: string): SimObject | undefined {
    const parent = () => this.resolve();
    if (name === "fill") return new SimLeaf(this.context, `${this.objectPath}.fill`, parent, "ConditionalRangeFill", FILL_FIELDS);
    if (name === "font") return new SimLeaf(this.context, `${this.objectPath}.font`, parent, "ConditionalRangeFont", FONT_FIELDS);
    return undefined;
  }
}

interface Field {
  read(rule: Rule): unknown;
  write(rule: Rule, value: unknown): void;
}

/** The rule, fill and font objects: a few read/write fields on the rule, declared as tables below. */
export class SimLeaf extends SimObject<FormatTarget> {
  constructor(
    context: SimObject["context"],
    path: string,
    resolver: () => FormatTarget | null,
    readonly typeName: string,
    private readonly fields: Record<string, Field>,
  ) {
    super(context, path, resolver);
    for (const name of Object.keys(fields)) {
      Object.defineProperty(this, name, {
        get: () => this.getLoaded(name),
        set: (value: unknown) => this.queueSet(name, value, ({ sheet, rule }) => {
          assertUnprotected(sheet, `${typeName}.${name}`);
          fields[name].write(rule, value);
        }),
      });
    }
  }

  [field: string]: unknown;

  protected scalarNames(): readonly string[] {
    return Object.keys(this.fields);
  }

  protected readScalar(name: string, { rule }: FormatTarget): unknown {
    return this.fields[name].read(rule);
  }
}

const RULE_FIELDS: Record<string, Field> = {
  formula: {
    read: (rule) => (rule.formulae?.[0] !== undefined ? `=${rule.formulae[0]}` : ""),
    write: (rule, value) => {
      if (typeof value !== "string" || !value.startsWith("=")) throw invalidArgument(`A rule formula must start with "=": ${String(value)}.`, "ConditionalFormatRule.formula");
      rule.formulae = [value.slice(1)];
    },
  },
};

const FILL_FIELDS: Record<string, Field> = {
  color: {
    read: (rule) => colourOf(rule.style?.fill?.bgColor?.argb ?? rule.style?.fill?.fgColor?.argb),
    write: (rule, value) => {
      rule.style = { ...rule.style, fill: { type: "pattern", pattern: "solid", bgColor: { argb: argbOf(value) } } };
    },
  },
};

const FONT_FIELDS: Record<string, Field> = {
  color: {
    read: (rule) => colourOf(rule.style?.font?.color?.argb),
    write: (rule, value) => {
      rule.style = { ...rule.style, font: { ...rule.style?.font, color: { argb: argbOf(value) } } };
    },
  },
  bold: {
    read: (rule) => Boolean(rule.style?.font?.bold),
    write: (rule, value) => {
      rule.style = { ...rule.style, font: { ...rule.style?.font, bold: Boolean(value) } };
    },
  },
};

function colourOf(argb: string | undefined): string | null {
  return argb ? `#${argb.slice(-6).toUpperCase()}` : null;
}

function argbOf(value: unknown): string {
  if (typeof value !== "string" || !/^#[0-9A-F]{6}$/i.test(value)) {
    throw invalidArgument(`The simulated host takes colours as "#RRGGBB", not ${JSON.stringify(value)}.`, "ConditionalRangeFormat.color");
  }
  return `FF${value.slice(1).toUpperCase()}`;
}
