// Gives the core its data files (src/core/dataFiles.ts) from the source tree, for what runs the core from its
// sources: the unit tests (.mocharc.json requires this file) and the scripts that run the core (corpus runners,
// coverage). The curated image rows are the generated file; the IANA rows the generated file cut in two as the build cuts it; the curated common ports, the
// Dockerfile parser and the image table's code are made as the build makes them (scripts/coreData.mjs), so an edit of commonPorts.ts counts at once.
import { readFileSync } from 'fs';
import { join } from 'path';
import { readDataFilesFrom } from '../src/cli/dataFiles';
import { setDataFileReader, type DataFileName } from '../src/core';
import { COMMON_PORTS_TABLE } from '../src/core/registry/commonPorts';
import { renderCommonPortsData } from '../src/core/registry/commonPortsData';
import { splitIanaData } from '../src/core/registry/ianaParts';
import { dockerfileParserBundle, imageTableBundle } from './coreData.mjs';

const root = join(__dirname, '..');
const fromDisk = readDataFilesFrom([join(root, 'src/core/registry/generated'), join(root, 'src/core/images/generated')]);

let dockerfileParser: string | undefined;
let imageTableCode: string | undefined;
let ianaParts: { low: string; high: string } | undefined;

export function readSourceDataFiles(): void {
  setDataFileReader((name: DataFileName) => {
    if (name === 'commonPorts.data') return renderCommonPortsData(COMMON_PORTS_TABLE);
    // The generated IANA file cut in two as the build cuts it (src/core/registry/ianaParts.ts).
    if (name === 'ianaPorts.data' || name === 'ianaPortsHigh.data') {
      ianaParts ??= splitIanaData(readFileSync(join(root, 'src/core/registry/generated/ianaPorts.data'), 'utf8'));
      return name === 'ianaPorts.data' ? ianaParts.low : ianaParts.high;
    }
    if (name === 'dockerfileParser.js') return (dockerfileParser ??= dockerfileParserBundle().text);
    // Built from the sources at the first lookup of an image, as the build makes it: an edit of src/core/images/table counts at once.
    if (name === 'imageTable.js') return (imageTableCode ??= imageTableBundle());
    return fromDisk(name);
  });
}

readSourceDataFiles();
