// Types of scripts/coreData.mjs, for the unit tests that import it.
export const GENERATED_DATA_FILES: Record<string, string>;
export function commonPortsData(): string;
export function writeCoreDataFiles(folder: string): string[];
export function dockerfileParserBundle(): { text: string; inputs: string[] };
export function imageTableBundle(): string;
export function scannersBundle(): string;
export function kubernetesBundle(): string;
export function importedNames(source: string, from: string): string[];
