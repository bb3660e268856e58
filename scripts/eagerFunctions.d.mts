// Types of scripts/eagerFunctions.mjs, for the unit tests that import it.
import type { Plugin } from 'esbuild';
export const EAGER_FUNCTIONS_FILE: string;
export function eagerFunctionList(): Record<string, string[]>;
export function declaredFunctions(text: string): string[];
export function eagerText(text: string, names: readonly string[], file?: string): string;
export function declaredMethods(text: string): string[];
export function methodsEager(text: string, methods: readonly string[], file?: string): string;
export function eagerFunctionsPlugin(list?: Record<string, string[]>): Plugin;
export const YAML_MODULES: string;
export function yamlLoadTimeNames(folder?: string): Promise<Set<string>>;
