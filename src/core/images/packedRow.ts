// How a row of the image table is written in the generated table: a JSON array with the fields in a fixed order
// instead of an object with named ones. The names were a third of the table's bytes, and the extension loads
// every byte of it at start (about 15 µs a KB here). scripts/generate-image-table.ts packs; lookupImage unpacks.
import type { ImageKind, ImagePort, Protocol } from '../types';
import type { ImageRow } from './imageRow';

/** [port, protocol, description] or, when set, [port, protocol, description, admin (0 or 1), endPort (0 for
 *  none), speaks]. */
type PackedPort = [number, Protocol, string] | [number, Protocol, string, 0 | 1] | [number, Protocol, string, 0 | 1, number]
  | [number, Protocol, string, 0 | 1, number, Speaks];
type Speaks = NonNullable<ImagePort['speaks']>;

/** [image, software, kind, ports, url], then portSettings, aliases and tag when the row has them (null for none), and
 *  1 last for a row whose software listens on no port (ImageInfo.listensOnNoPort). */
export type PackedRow = [string, string, ImageKind, PackedPort[], string, (string[] | null)?, (string[] | null)?, (string | null)?, 1?];

export function packImageRow(row: ImageRow): PackedRow {
  const ports = row.ports.map((p): PackedPort => {
    if (p.speaks !== undefined) return [p.port, p.protocol, p.description, p.admin ? 1 : 0, p.endPort ?? 0, p.speaks];
    if (p.endPort !== undefined) return [p.port, p.protocol, p.description, p.admin ? 1 : 0, p.endPort];
    return p.admin ? [p.port, p.protocol, p.description, 1] : [p.port, p.protocol, p.description];
  });
  const packed: PackedRow = [row.image, row.software, row.kind, ports, row.url];
  // Only a row without ports can say it listens on none (a port beside the mark would contradict it).
  if (row.listensOnNoPort && ports.length === 0) packed.push(row.portSettings ?? null, row.aliases ?? null, row.tag ?? null, 1);
  else if (row.tag) packed.push(row.portSettings ?? null, row.aliases ?? null, row.tag);
  else if (row.aliases) packed.push(row.portSettings ?? null, row.aliases);
  else if (row.portSettings) packed.push(row.portSettings);
  return packed;
}

/** The row as the curated data writes it: unpackImageRow(packImageRow(row)) is `row`, field for field. */
export function unpackImageRow(packed: PackedRow): ImageRow {
  const [image, software, kind, packedPorts, url, portSettings, aliases, tag, listensOnNoPort] = packed;
  const ports = packedPorts.map(([port, protocol, description, admin, endPort, speaks]) => {
    const p: ImagePort = { port, protocol, description };
    if (endPort) p.endPort = endPort;
    if (admin === 1) p.admin = true;
    if (speaks !== undefined) p.speaks = speaks;
    return p;
  });
  const row: ImageRow = tag ? { image, tag, software, kind, ports, url } : { image, software, kind, ports, url };
  if (portSettings) row.portSettings = portSettings;
  if (aliases) row.aliases = aliases;
  if (listensOnNoPort === 1 && ports.length === 0) row.listensOnNoPort = true;
  return row;
}
