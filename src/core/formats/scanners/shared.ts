// What scanners.js takes from the bundle instead of carrying a copy: the pure code the compose scanner needs anyway
// (port specs, settings, interpolation, mapped text, the collector of a scan's mentions, a Dockerfile's stages, image keys). A copy was 14 KB of the
// script's 35, about 5 KB of the .vsix (docs/benchmarks.md, "On the s14-17 branch"). scripts/coreData.mjs bundles the
// script with the modules imported here left out: it asks for each with require('./<module>') and gets the object
// sharedWithScript() makes (../scannersScript.ts); the build fails if a name the scanners import from one of them is
// not a key of it. Each module here must keep no state of its own, so that one copy serves both (scanCollector's
// finding() is the bundle's scanners/host, which the bundle sets itself).
import { imageKey } from '../../images/imageReference';
import { builtStages, dockerfileStages } from '../dockerfileStages';
import { interpolate, UNKNOWN, unknownAsWritten } from '../interpolation';
import { MappedText } from '../mappedText';
import { readCommandPorts, readSetting } from '../portSettings';
import { isSpecError, parsePortRange, parseProtocol, protocolError, splitPortSpec } from '../portSpec';
import { ScanCollector } from '../scanCollector';
import { isTemplatePlaceholder, placeholderAfterPort } from '../templatePlaceholder';

/** Made when the script first runs, not as the bundle loads (a namespace object would be made on every cold start). */
export function sharedWithScript(): Record<string, unknown> {
  return {
    interpolate, UNKNOWN, unknownAsWritten, MappedText, readCommandPorts, readSetting, isSpecError, parsePortRange, parseProtocol,
    protocolError, splitPortSpec, ScanCollector, isTemplatePlaceholder, placeholderAfterPort, imageKey, builtStages, dockerfileStages,
  };
}
