// The floor under the registry cold start: only the registry's data, the same string literals the registry
// bundle carries, with no code to decode them (reported for reference, not against a target).
export { IANA_BOOK, IANA_BOOK_LENGTHS, IANA_LEADS, IANA_RANGE_PORTS, IANA_RANGE_ROWS, IANA_ROWS } from '../../src/core/registry/generated/ianaTable';
export { COMMON_PORTS_TABLE } from '../../src/core/registry/commonPorts';
