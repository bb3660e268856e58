// What kubernetes.js takes from the bundle instead of carrying a copy: everything the Kubernetes code imports that is
// not Kubernetes code. Some of it keeps state that must stay one (the image table lookupImage reads, the sharing of
// compose readings composeParse keeps, the catalogue's severities); the rest the bundle holds anyway. scripts/coreData.mjs
// bundles the script with the modules imported here left out: it asks for each with require('<path>') and gets the
// object sharedWithKubernetes() makes (../kubernetesCode.ts); the build fails if a name the Kubernetes code imports from
// one of them is not a key of it, or if the script would bundle anything but the Kubernetes code.
import { isAlias, isMap, isScalar, isSeq } from 'yaml';
import { finding } from '../catalogue';
import { mayHoldConfig } from '../formats/composeImage';
import { composeReadingsShared, parseComposeDocuments } from '../formats/composeParse';
import { builtStages, dockerfileStages } from '../formats/dockerfileStages';
import { isTemplated } from '../formats/kubernetesDetect';
import { isPortKey } from '../formats/portSettings';
import { ScanCollector } from '../formats/scanCollector';
import { imagePortsIn, imagePortText } from '../images/imagePorts';
import { imageKey } from '../images/imageReference';
import { lookupImage } from '../images/lookupImage';
import { portMovedOnlyBy } from '../images/portMovedOnlyBy';
import { mentionAt } from '../mentionAt';
import { NODE_PORT_RANGE } from '../ranges';
import { dynamicRange } from '../rules/dynamicRange';
import { lineNumberLookup } from '../rules/lineNumbers';
import { LISTEN_SETTINGS } from '../rules/listenSettings';
import { privilegedHostPort } from '../rules/privilegedHostPort';
import { imageLastSegment, namesOf } from '../workspace/imageNames';
import { comparePaths, folderOf, resolveFrom } from '../workspace/paths';
import { uniqueLocations } from '../workspace/uniqueLocations';

/** Made when the script first runs, not as the bundle loads (a namespace object would be made on every cold start). */
export function sharedWithKubernetes(): Record<string, unknown> {
  return {
    isAlias, isMap, isScalar, isSeq, finding, mayHoldConfig, composeReadingsShared, parseComposeDocuments, builtStages, dockerfileStages,
    isTemplated, isPortKey, ScanCollector, imagePortsIn, imagePortText, imageKey, lookupImage, portMovedOnlyBy, mentionAt, NODE_PORT_RANGE,
    dynamicRange, lineNumberLookup, LISTEN_SETTINGS, privilegedHostPort, imageLastSegment, namesOf, comparePaths, folderOf,
    resolveFrom, uniqueLocations,
  };
}
