/** The scorecard-rag command line. */
import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { refreshFile } from "./refresh-file";
import { undoFile } from "./undo-file";
import { formatSummary, formatUndoSummary } from "./summary";
import { UnusableInputError, UsageError } from "./errors";

export const HELP = `Usage: scorecard-rag refresh <in.xlsx> --out <out.xlsx> [--report <report.json>] [--in-place]
       scorecard-rag undo <in.xlsx> --out <out.xlsx> [--in-place]

Recalculates the direction-of-travel arrows (DOT), RAG letters and their colour rules on every
scorecard sheet of a workbook, and notes each finding on its cell. The input file is never changed
unless --in-place is given.

Commands:
  refresh <in.xlsx>     Refresh the workbook and write the result to --out.
  undo <in.xlsx>        Put back the DOT and RAG cells, colour rules and notes as they were before
                        the last refresh, and write the result to --out.

Options:
  -o, --out FILE        Output workbook (.xlsx). Required. Written to a temporary file, then renamed.
  -r, --report FILE     Also write the findings and every indicator's DOT and RAG as JSON (refresh only).
      --in-place        Allow --out to be the input file.
  -q, --quiet           Print nothing but errors.
  -h, --help            Show this help.
  -v, --version         Show the version.

Exit status: 0 when the command ran (findings or not); 2 when the input cannot be used, there is
nothing to undo or the command line is wrong (one sentence on standard error, no output written);
1 on an unexpected error.`;

export async function main(argv: string[]): Promise<number> {
  try {
    return await run(argv);
  } catch (error) {
    if (error instanceof UnusableInputError) {
      process.stderr.write(`scorecard-rag: ${error.message}\n`);
      return 2;
    }
    if (error instanceof UsageError) {
      process.stderr.write(`scorecard-rag: ${error.message}\nRun "scorecard-rag --help" for usage.\n`);
      return 2;
    }
    process.stderr.write(`scorecard-rag: unexpected error: ${(error as Error).stack ?? String(error)}\n`);
    return 1;
  }
}

async function run(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        out: { type: "string", short: "o" },
        report: { type: "string", short: "r" },
        "in-place": { type: "boolean" },
        quiet: { type: "boolean", short: "q" },
        help: { type: "boolean", short: "h" },
        version: { type: "boolean", short: "v" },
      },
    });
  } catch (error) {
    throw new UsageError(describeParseError(error));
  }
  const { values, positionals } = parsed;

  if (values.help || positionals[0] === "help") {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  if (values.version) {
    const manifest = JSON.parse(readFileSync(path.join(__dirname, "..", "..", "package.json"), "utf8")) as { version: string };
    process.stdout.write(`${manifest.version}\n`);
    return 0;
  }

  const [command, input, ...extra] = positionals;
  if (command !== "refresh" && command !== "undo") {
    throw new UsageError(command ? `unknown command "${command}"; the commands are "refresh" and "undo".` : "missing command; the commands are \"refresh\" and \"undo\".");
  }
  if (!input) throw new UsageError(`missing input workbook: scorecard-rag ${command} <in.xlsx> --out <out.xlsx>.`);
  if (extra.length > 0) throw new UsageError(`unexpected argument "${extra[0]}".`);
  if (!values.out) throw new UsageError(`missing --out <out.xlsx>: the ${command} never changes its input, so it needs a file to write.`);
  checkOutputPaths(input, values.out, values.report);

  if (command === "undo") {
    if (values.report) throw new UsageError("--report is for refresh only; undo writes no report.");
    const result = await undoFile({ input, output: values.out, inPlace: values["in-place"] });
    if (!values.quiet) process.stdout.write(`${formatUndoSummary(result.plan, values.out)}\n`);
    return 0;
  }

  if (!values.quiet) process.stdout.write(`Refreshing ${input}…\n`);
  const result = await refreshFile({ input, output: values.out, report: values.report, inPlace: values["in-place"] });
  if (!values.quiet) {
    process.stdout.write(`${formatSummary(result.plan, values.out, result.elapsedMs)}\n`);
    if (values.report) process.stdout.write(`Report: ${values.report}\n`);
  }
  return 0;
}

/** Rewords node:util's parser errors, which are written for programmers, into one plain sentence. */
function describeParseError(error: unknown): string {
  const { code, message } = error as { code?: string; message: string };
  const option = /'([^']+)'/.exec(message)?.[1];
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION" && option) return `unknown option "${option}".`;
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE" && option) return `option "${option}" needs a value.`;
  return message;
}

/** Rejects an output or report path that would overwrite the input, each other, or a folder. */
function checkOutputPaths(input: string, out: string, report: string | undefined): void {
  if (!/\.xlsx$/i.test(out)) throw new UsageError(`--out ${out} must name an .xlsx file, because the output is an Excel workbook.`);
  if (isFolder(out)) throw new UsageError(`--out ${out} is a folder; give a file name such as ${path.join(out, "refreshed.xlsx")}.`);
  if (report === undefined) return;
  if (isFolder(report)) throw new UsageError(`--report ${report} is a folder; give a file name such as ${path.join(report, "report.json")}.`);
  const target = path.resolve(report);
  if (target === path.resolve(input)) throw new UsageError(`--report ${report} is the input workbook; choose another file for the JSON report.`);
  if (target === path.resolve(out)) throw new UsageError(`--report ${report} is also the --out workbook; choose another file for the JSON report.`);
}

function isFolder(file: string): boolean {
  try {
    return statSync(file).isDirectory();
  } catch {
    return false;
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
