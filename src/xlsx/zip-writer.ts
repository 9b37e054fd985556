/**
 * A zip archive writer that deflates each part with Node's zlib as soon as it is added. Deflating runs on
 * the thread pool, so it overlaps with exceljs rendering the next part on the main thread. It writes no
 * zip64 records, so an archive past 4 GB or 65,534 parts is rejected.
 */
import { promisify } from "node:util";
import zlib from "node:zlib";
import { CENTRAL_SIGNATURE, DEFLATED, END_LENGTH, END_SIGNATURE, LOCAL_SIGNATURE, STORED } from "./zip-parts";

const deflateRaw = promisify(zlib.deflateRaw);

/** Default compression level of both JSZip and zlib. */
const DEFLATE_LEVEL = 6;
/** Version 2.0 of the zip format: deflate, nothing newer. */
const VERSION_NEEDED = 20;
/** General-purpose flag bit 11: the part name is UTF-8. */
const UTF8_NAME_FLAG = 0x0800;
const LOCAL_HEADER_LENGTH = 30;
const CENTRAL_HEADER_LENGTH = 46;
const MAX_PARTS = 0xfffe;
const MAX_OFFSET = 0xffffffff;

interface Part {
  name: Buffer;
  crc: number;
  size: number;
  method: number;
  data: Promise<Buffer>;
}

export class DeflatingZip {
  private readonly parts: Part[] = [];
  private readonly time: number;
  private readonly date: number;

  constructor(modified: Date = new Date()) {
    this.time = (modified.getHours() << 11) | (modified.getMinutes() << 5) | Math.floor(modified.getSeconds() / 2);
    this.date = ((Math.max(modified.getFullYear(), 1980) - 1980) << 9) | ((modified.getMonth() + 1) << 5) | modified.getDate();
  }

  /** Adds a part. Text is stored as UTF-8, unless `base64` marks it as base64-encoded bytes. */
  append(content: string | Uint8Array | ArrayBuffer, options: { name: string; base64?: boolean }): void {
    let bytes: Buffer;
    if (typeof content === "string") bytes = Buffer.from(content, options.base64 ? "base64" : "utf8");
    else if (content instanceof ArrayBuffer) bytes = Buffer.from(content);
    else bytes = Buffer.from(content.buffer, content.byteOffset, content.byteLength);
    const empty = bytes.length === 0;
    this.parts.push({
      name: Buffer.from(options.name, "utf8"),
      crc: zlib.crc32(bytes),
      size: bytes.length,
      method: empty ? STORED : DEFLATED,
      data: empty ? Promise.resolve(bytes) : deflateRaw(bytes, { level: DEFLATE_LEVEL }),
    });
  }

  /** Waits for every part to be deflated and returns the whole archive. */
  async finish(): Promise<Buffer> {
    const data = await Promise.all(this.parts.map((part) => part.data));
    let localLength = 0;
    let centralLength = 0;
    this.parts.forEach((part, index) => {
      localLength += LOCAL_HEADER_LENGTH + part.name.length + data[index].length;
      centralLength += CENTRAL_HEADER_LENGTH + part.name.length;
    });
    if (this.parts.length > MAX_PARTS || localLength + centralLength + END_LENGTH > MAX_OFFSET) {
      throw new Error(`The workbook is too large to save: ${this.parts.length} parts, ${localLength} bytes (a zip without zip64 allows 65,534 parts and 4 GB). Split the workbook into smaller ones.`);
    }

    const out = Buffer.alloc(localLength + centralLength + END_LENGTH);
    const offsets: number[] = [];
    let at = 0;
    this.parts.forEach((part, index) => {
      offsets.push(at);
      out.writeUInt32LE(LOCAL_SIGNATURE, at);
      out.writeUInt16LE(VERSION_NEEDED, at + 4);
      this.writeShared(out, at + 6, part, data[index].length);
      part.name.copy(out, at + LOCAL_HEADER_LENGTH);
      at += LOCAL_HEADER_LENGTH + part.name.length;
      data[index].copy(out, at);
      at += data[index].length;
    });

    const centralStart = at;
    this.parts.forEach((part, index) => {
      out.writeUInt32LE(CENTRAL_SIGNATURE, at);
      out.writeUInt16LE(VERSION_NEEDED, at + 4); // version made by: MS-DOS, 2.0
      out.writeUInt16LE(VERSION_NEEDED, at + 6);
      this.writeShared(out, at + 8, part, data[index].length);
      // Extra field, comment, disk number and attributes stay zero.
      out.writeUInt32LE(offsets[index], at + 42);
      part.name.copy(out, at + CENTRAL_HEADER_LENGTH);
      at += CENTRAL_HEADER_LENGTH + part.name.length;
    });

    out.writeUInt32LE(END_SIGNATURE, at);
    out.writeUInt16LE(this.parts.length, at + 8);
    out.writeUInt16LE(this.parts.length, at + 10);
    out.writeUInt32LE(at - centralStart, at + 12);
    out.writeUInt32LE(centralStart, at + 16);
    return out;
  }

  /** Writes the fields that local and central directory headers share, from the flags to the name length. */
  private writeShared(out: Buffer, at: number, part: Part, compressedSize: number): void {
    out.writeUInt16LE(UTF8_NAME_FLAG, at);
    out.writeUInt16LE(part.method, at + 2);
    out.writeUInt16LE(this.time, at + 4);
    out.writeUInt16LE(this.date, at + 6);
    out.writeUInt32LE(part.crc, at + 8);
    out.writeUInt32LE(compressedSize, at + 12);
    out.writeUInt32LE(part.size, at + 16);
    out.writeUInt16LE(part.name.length, at + 20);
  }
}
