/** Writes a file whole or not at all. */
import { promises as fs } from "node:fs";
import path from "node:path";

/** Writes to a temporary file beside the target and renames it, so a failed run never leaves half a file. */
export async function writeAtomically(target: string, data: ArrayBuffer | Buffer): Promise<void> {
  await fs.mkdir(path.dirname(target), { recursive: true });
  const temporary = `${target}.${process.pid}.tmp`;
  try {
    await fs.writeFile(temporary, Buffer.from(data as ArrayBuffer));
    await fs.rename(temporary, target);
  } catch (error) {
    await fs.rm(temporary, { force: true });
    throw error;
  }
}

/** Refuses to write over the input unless the user asked for it. */
export function samePathGuard(input: string, output: string, inPlace: boolean | undefined): string | undefined {
  if (path.resolve(input) !== path.resolve(output) || inPlace) return undefined;
  return `The output ${output} is the input file. Choose another --out, or add --in-place to overwrite the input.`;
}
