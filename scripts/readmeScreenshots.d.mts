// Types for readmeScreenshots.mjs, which the unit tests import.
export declare const README_SCREENSHOTS: Record<string, string>;
