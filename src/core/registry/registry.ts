// The embedded port registry: user entries, curated common software and IANA's assignments, offline.
export { lookupPort } from './lookupPort';
export { noResultsReason, searchPorts } from './searchPorts';
export { setCustomPorts } from './customPorts';
export { ianaSource } from './ianaIndex';
