// Gives the core its data files (src/core/dataFiles.ts) from the source tree, for what runs the core from its
// sources: the unit tests (.mocharc.json requires this file) and the scripts that run the core (corpus runners,
// coverage). The IANA rows and the curated image rows are the generated files; the curated common ports are made
// from commonPorts.ts as the build makes them (scripts/coreData.mjs), so an edit there counts at once.
import { join } from 'path';
import { readDataFilesFrom } from '../src/cli/dataFiles';
import { setDataFileReader, type DataFileName } from '../src/core';
import { COMMON_PORTS_TABLE } from '../src/core/registry/commonPorts';
import { renderCommonPortsData } from '../src/core/registry/commonPortsData';

const root = join(__dirname, '..');
const fromDisk = readDataFilesFrom([join(root, 'src/core/registry/generated'), join(root, 'src/core/images/generated')]);

export function readSourceDataFiles(): void {
  setDataFileReader((name: DataFileName) => (name === 'commonPorts.data' ? renderCommonPortsData(COMMON_PORTS_TABLE) : fromDisk(name)));
}

readSourceDataFiles();
