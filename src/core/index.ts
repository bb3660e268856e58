// The public surface of the core. Everything outside src/core imports from here and nowhere else.
// The core never imports `vscode` and uses no Node-only API: it runs in Node, in the browser and in tests.
export * from './types';
export { classifyPort, describePortClass, EPHEMERAL_RANGES, ephemeralRangeOf, isInEphemeralRange, isPrivilegedOnLinux, isNodePort } from './ranges';
export { lookupPort, noResultsReason, searchPorts, setCustomPorts } from './registry/registry';
export { formatOf } from './formats/detectFormat';
export { mayBeDetectedByContent } from './formats/detectContent';
export { scanPorts, scanFile } from './formats/scanFile';
export { dotenvVariables } from './formats/dotenv';
export { checkPorts, analyzePorts } from './rules/checkPorts';
export type { PortAnalysis } from './rules/checkPorts';
export { RULES, ruleInfo } from './ruleDescriptions';
export { hoverMarkdown } from './hoverMarkdown';
export { linkTarget } from './markdownText';
export { mentionAt } from './mentionAt';
export { lastIndexAtOrBelow, lineStartsOf } from './lineStarts';
export { lookupImage } from './images/lookupImage';
export { catalogTableLoading, setCatalogTableSource, type CatalogTableSource } from './images/catalogTable';
export { portLensSettings, isSeverityOrOff, DEFAULT_MAX_FILE_SIZE } from './settings';
export type { PortLensSettings, PortLensSettingName } from './settings';
export type { RuleInfo } from './ruleDescriptions';
export { createWorkspace } from './workspace/workspace';
export { DATA_FILES, dataFileProblems, hasDataFileReader, installDataFile, reportDataFileUnreadable, setDataFileReader, type DataFileName, type DataFileReader } from './dataFiles';
export { dataFilesLoading, READ_ON_FIRST_USE, setDataFileLoader, type DataFileLoader } from './dataFiles';
export { checkDataFiles } from './dataFileCheck';
export { codeLanguageOf } from './workspace/codeListenPorts';
export { MOUNTED_CONFIG_LIMITS } from './workspace/mountedConfigPort';
export { CODE_SOURCE_LIMITS, codeSourceFolderOf, codeSourceFolders, isCodeSourceBelow, isSkippedCodeFolder } from './workspace/codeSources';
export { ADDON_CONFIG_NAMES, ADDON_FILE_LIMITS, isAddonConfigText, isAddonFileBelow, isAddonFileText } from './workspace/addonFiles';
