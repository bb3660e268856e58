// Types of scripts/catalogData.mjs, for the unit tests that import it.
export function shippedCatalogData(text: string): string;
export function writeShippedCatalogData(source: string, target: string): void;
export const SHORT_SHA: number;
export function shortPermalink(link: string): string;
export function imageName(image: string): string;
