// Types of scripts/catalogData.mjs, for the unit tests that import it.
export function shippedCatalogData(text: string): string;
export function writeShippedCatalogData(source: string, targetDir: string): void;
export function shippedCatalogParts(text: string): string[];
export function catalogPartFile(part: number): string;
export function catalogPartOf(image: string, parts?: number): number;
export const CATALOG_PARTS: number;
export const SHORT_SHA: number;
export function shortPermalink(link: string): string;
export function imageName(image: string): string;
