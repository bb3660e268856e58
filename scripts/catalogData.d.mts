// Types of scripts/catalogData.mjs, for the unit tests that import it.
export function shippedCatalogData(text: string): string;
export function writeShippedCatalogData(source: string, target: string): void;
