import { deflateSync } from "fflate";

/**
 * The zip container itself (PKWARE APPNOTE 4.3), so an entry Kaohe does not
 * change is copied with its compressed bytes, CRC and timestamps as they
 * were — not inflated and deflated again. fflate does the (de)compression;
 * this file only reads the central directory and writes headers. Zip64,
 * encrypted or multi-disk archives are left to fflate's own writer.
 */
export interface RawEntry {
  readonly name: string;
  readonly flags: number;
  readonly method: number;
  readonly time: number;
  readonly date: number;
  readonly crc: number;
  readonly size: number;
  readonly madeBy: number;
  readonly externalAttributes: number;
  /** The compressed bytes, exactly as stored. */
  readonly data: Uint8Array;
}

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const END = 0x06054b50;
const UTF8_NAME = 0x0800;
const DATA_DESCRIPTOR = 0x0008;

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** The archive's entries by name, or undefined when it is one this reader leaves to fflate. */
export function readRawEntries(bytes: Uint8Array): Map<string, RawEntry> | undefined {
  const v = view(bytes);
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65557); i--) {
    if (v.getUint32(i, true) === END) {
      end = i;
      break;
    }
  }
  if (end < 0) return undefined;
  const count = v.getUint16(end + 10, true);
  let at = v.getUint32(end + 16, true);
  if (count === 0xffff || at === 0xffffffff || v.getUint16(end + 4, true) !== 0) return undefined;
  const entries = new Map<string, RawEntry>();
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || v.getUint32(at, true) !== CENTRAL) return undefined;
    const flags = v.getUint16(at + 8, true);
    const csize = v.getUint32(at + 20, true);
    const size = v.getUint32(at + 24, true);
    const nameLength = v.getUint16(at + 28, true);
    const next = at + 46 + nameLength + v.getUint16(at + 30, true) + v.getUint16(at + 32, true);
    const local = v.getUint32(at + 42, true);
    if (flags & 0x0001 || csize === 0xffffffff || size === 0xffffffff || local === 0xffffffff) return undefined;
    const nameBytes = bytes.subarray(at + 46, at + 46 + nameLength);
    const name = new TextDecoder(flags & UTF8_NAME ? "utf-8" : "latin1").decode(nameBytes);
    if (local + 30 > bytes.length || v.getUint32(local, true) !== LOCAL) return undefined;
    const start = local + 30 + v.getUint16(local + 26, true) + v.getUint16(local + 28, true);
    if (start + csize > bytes.length) return undefined;
    entries.set(name, {
      name,
      flags,
      method: v.getUint16(at + 10, true),
      time: v.getUint16(at + 12, true),
      date: v.getUint16(at + 14, true),
      crc: v.getUint32(at + 16, true),
      size,
      madeBy: v.getUint16(at + 4, true),
      externalAttributes: v.getUint32(at + 38, true),
      data: bytes.subarray(start, start + csize),
    });
    at = next;
  }
  return entries;
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

export function crc32(data: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of data) crc = (CRC_TABLE[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function dosDateTime(now: Date): { time: number; date: number } {
  return {
    time: (now.getHours() << 11) | (now.getMinutes() << 5) | Math.floor(now.getSeconds() / 2),
    date: ((now.getFullYear() - 1980) << 9) | ((now.getMonth() + 1) << 5) | now.getDate(),
  };
}

/** A new or changed entry, deflated (stored when it is a directory or empty). */
export function newRawEntry(name: string, content: Uint8Array, now = new Date()): RawEntry {
  const stored = content.length === 0;
  const ascii = [...name].every((ch) => ch.charCodeAt(0) < 128);
  return {
    name,
    flags: ascii ? 0 : UTF8_NAME,
    method: stored ? 0 : 8,
    ...dosDateTime(now),
    crc: crc32(content),
    size: content.length,
    madeBy: 20,
    externalAttributes: 0,
    data: stored ? content : deflateSync(content, { level: 6 }),
  };
}

/** The archive: each entry's local header and data, then the central directory. */
export function writeRawEntries(entries: readonly RawEntry[]): Uint8Array {
  const names = entries.map((e) => (e.flags & UTF8_NAME ? new TextEncoder().encode(e.name) : Uint8Array.from(e.name, (ch) => ch.charCodeAt(0) & 0xff)));
  const localSize = entries.reduce((sum, e, i) => sum + 30 + (names[i]?.length ?? 0) + e.data.length, 0);
  const centralSize = entries.reduce((sum, _, i) => sum + 46 + (names[i]?.length ?? 0), 0);
  const out = new Uint8Array(localSize + centralSize + 22);
  const v = view(out);
  const offsets: number[] = [];
  let at = 0;
  entries.forEach((e, i) => {
    const name = names[i] ?? new Uint8Array();
    offsets.push(at);
    // Sizes are known, so no data descriptor follows: bit 3 is cleared.
    const flags = e.flags & ~DATA_DESCRIPTOR;
    v.setUint32(at, LOCAL, true);
    v.setUint16(at + 4, 20, true);
    v.setUint16(at + 6, flags, true);
    v.setUint16(at + 8, e.method, true);
    v.setUint16(at + 10, e.time, true);
    v.setUint16(at + 12, e.date, true);
    v.setUint32(at + 14, e.crc, true);
    v.setUint32(at + 18, e.data.length, true);
    v.setUint32(at + 22, e.size, true);
    v.setUint16(at + 26, name.length, true);
    v.setUint16(at + 28, 0, true);
    out.set(name, at + 30);
    out.set(e.data, at + 30 + name.length);
    at += 30 + name.length + e.data.length;
  });
  const central = at;
  entries.forEach((e, i) => {
    const name = names[i] ?? new Uint8Array();
    v.setUint32(at, CENTRAL, true);
    v.setUint16(at + 4, e.madeBy, true);
    v.setUint16(at + 6, 20, true);
    v.setUint16(at + 8, e.flags & ~DATA_DESCRIPTOR, true);
    v.setUint16(at + 10, e.method, true);
    v.setUint16(at + 12, e.time, true);
    v.setUint16(at + 14, e.date, true);
    v.setUint32(at + 16, e.crc, true);
    v.setUint32(at + 20, e.data.length, true);
    v.setUint32(at + 24, e.size, true);
    v.setUint16(at + 28, name.length, true);
    v.setUint32(at + 38, e.externalAttributes, true);
    v.setUint32(at + 42, offsets[i] ?? 0, true);
    out.set(name, at + 46);
    at += 46 + name.length;
  });
  v.setUint32(at, END, true);
  v.setUint16(at + 8, entries.length, true);
  v.setUint16(at + 10, entries.length, true);
  v.setUint32(at + 12, at - central, true);
  v.setUint32(at + 16, central, true);
  return out;
}
