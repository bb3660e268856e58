// The floor under the core cold start: only the Compose parser, `yaml`, bundled the same way and asked to
// parse the same file (reported for reference, not against a target).
export { parseDocument } from 'yaml';
