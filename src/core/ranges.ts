// The range classifier: which IANA class a port number falls in, and the other ranges a port's
// behaviour depends on (OS ephemeral ranges, Linux privileged ports, Kubernetes NodePorts).
import type { EphemeralRangeName, PortClass } from './types';

function isPortNumber(port: number): boolean {
  return Number.isInteger(port) && port >= 0 && port <= 65535;
}

/** IANA's classes (RFC 6335 §6): system 0–1023, user 1024–49151, dynamic 49152–65535. */
export function classifyPort(port: number): PortClass | 'invalid' {
  if (typeof port !== 'number' || !isPortNumber(port)) return 'invalid';
  if (port <= 1023) return 'well-known';
  if (port <= 49151) return 'registered';
  return 'dynamic';
}

const PORT_CLASS_MEANINGS: Record<PortClass | 'invalid', string> = {
  'well-known': 'Well-known (system) port, 0–1023: assigned by IANA to standard services.',
  registered: 'Registered (user) port, 1024–49151: IANA assigns these to applications on request.',
  dynamic: 'Dynamic (private) port, 49152–65535: never assigned; operating systems pick outgoing ports from here.',
  invalid: 'Not a port number: ports are whole numbers from 0 to 65535.',
};

/** One plain-English line saying what a port's class means, for the hover. */
export function describePortClass(cls: PortClass | 'invalid'): string {
  return PORT_CLASS_MEANINGS[cls] ?? PORT_CLASS_MEANINGS.invalid;
}

/** The ranges operating systems pick outgoing (ephemeral) ports from, inclusive. */
export const EPHEMERAL_RANGES: Record<EphemeralRangeName, [number, number]> = {
  iana: [49152, 65535],
  linux: [32768, 60999], // net.ipv4.ip_local_port_range's default
  windows: [49152, 65535], // since Vista
  macos: [49152, 65535],
};

/** The named range, or IANA's dynamic range for an unknown name (the safest default). */
export function ephemeralRangeOf(name: EphemeralRangeName): [number, number] {
  const range = Object.prototype.hasOwnProperty.call(EPHEMERAL_RANGES, name) ? EPHEMERAL_RANGES[name] : EPHEMERAL_RANGES.iana;
  return [range[0], range[1]];
}

export function isInEphemeralRange(port: number, range: [number, number]): boolean {
  return isPortNumber(port) && port >= range[0] && port <= range[1];
}

/** On a Linux host only root (or CAP_NET_BIND_SERVICE) may bind 1–1023; rootless engines cannot publish
 *  them. Port 0 is not one: binding it asks the kernel for any free (ephemeral) port. */
export function isPrivilegedOnLinux(port: number): boolean {
  return isPortNumber(port) && port >= 1 && port < 1024;
}

export const NODE_PORT_RANGE: [number, number] = [30000, 32767];

/** Kubernetes' default NodePort range (--service-node-port-range). */
export function isNodePort(port: number): boolean {
  return isPortNumber(port) && port >= NODE_PORT_RANGE[0] && port <= NODE_PORT_RANGE[1];
}
