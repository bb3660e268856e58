// Types for dependencyShims.mjs, which the unit tests import.
export declare const DEPENDENCY_SHIMS: Record<string, string>;
export declare function dependencyShimsPlugin(): import('esbuild').Plugin;
