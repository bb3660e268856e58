// The entries of a .vsix (a zip archive) with their compressed sizes, read from the archive's central directory:
// what each file costs in the download. No dependency: the directory is a list of fixed-size records.
import fs from 'node:fs';

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;

/** Compressed size of each entry, by its name in the archive (`extension/dist/web/extension.js`). */
export function vsixEntrySizes(file) {
  const zip = fs.readFileSync(file);
  // The end record sits in the last 22 bytes, or earlier when the archive has a comment (at most 65,535 bytes).
  let end = -1;
  for (let at = zip.length - 22; at >= Math.max(0, zip.length - 22 - 65535); at--) {
    if (zip.readUInt32LE(at) === END_OF_DIRECTORY) { end = at; break; }
  }
  if (end < 0) throw new Error(`${file} is not a zip archive`);
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const sizes = new Map();
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== DIRECTORY_ENTRY) throw new Error(`${file}: damaged central directory`);
    const compressed = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    sizes.set(zip.toString('utf8', at + 46, at + 46 + nameLength), compressed);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return sizes;
}
