// Gives the core its data files (src/core/dataFiles.ts) from the source tree, for what runs the core from its
// sources: the unit tests (.mocharc.json requires this file) and the scripts that run the core (corpus runners,
// coverage). The IANA rows and the curated image rows are the generated files; the curated common ports, the
// Dockerfile parser, the image table's code, the other formats' scanners and the Kubernetes code are made as the build makes them
// (scripts/coreData.mjs), so an edit of commonPorts.ts or of a scanner counts at once.
import { join } from 'path';
import { readDataFilesFrom } from '../src/cli/dataFiles';
import { setDataFileReader, type DataFileName } from '../src/core';
import { COMMON_PORTS_TABLE } from '../src/core/registry/commonPorts';
import { renderCommonPortsData } from '../src/core/registry/commonPortsData';
import { dockerfileParserBundle, imageTableBundle, kubernetesBundle, scannersBundle } from './coreData.mjs';

const root = join(__dirname, '..');
const fromDisk = readDataFilesFrom([join(root, 'src/core/registry/generated'), join(root, 'src/core/images/generated')]);

let dockerfileParser: string | undefined;
let imageTableCode: string | undefined;
let scannersCode: string | undefined;
let kubernetesCode: string | undefined;

export function readSourceDataFiles(): void {
  setDataFileReader((name: DataFileName) => {
    if (name === 'commonPorts.data') return renderCommonPortsData(COMMON_PORTS_TABLE);
    if (name === 'dockerfileParser.js') return (dockerfileParser ??= dockerfileParserBundle().text);
    // Built from the sources at the first lookup of an image, as the build makes it: an edit of src/core/images/table counts at once.
    if (name === 'imageTable.js') return (imageTableCode ??= imageTableBundle());
    // Built from the sources at the first Dockerfile, nginx or .env file, as the build makes it.
    if (name === 'scanners.js') return (scannersCode ??= scannersBundle());
    // And at the first manifest.
    if (name === 'kubernetes.js') return (kubernetesCode ??= kubernetesBundle());
    return fromDisk(name);
  });
}

readSourceDataFiles();
