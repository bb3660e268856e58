// What scanners.js takes from the bundle instead of carrying a copy: the pure code the compose scanner needs anyway
// (port specs, settings, interpolation, mapped text, the collector of a scan's mentions). A copy was 17.5 KB of the
// script's 35, about 6 KB of the .vsix (docs/benchmarks.md, "On the s14-17 branch"). scripts/coreData.mjs bundles the
// script with every import of these modules read from what this module exports, which the bundle hands the script
// when it runs it (../scannersScript.ts): a name the scanners import and this module does not export fails the build.
// Each module here must keep no state of its own, so that one copy serves both (scanCollector's finding() is the
// bundle's scanners/host, which the bundle sets itself).
export { readCommandPorts, readSetting } from '../portSettings';
export { interpolate, UNKNOWN, unknownAsWritten } from '../interpolation';
export { isSpecError, parsePortRange, parseProtocol, protocolError, splitPortSpec } from '../portSpec';
export { MappedText } from '../mappedText';
export { ScanCollector } from '../scanCollector';
export { isTemplatePlaceholder, placeholderAfterPort } from '../templatePlaceholder';
