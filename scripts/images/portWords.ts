// A catalog's words about a port, reduced to what the port speaks and a few words of our own: the catalogs'
// sentences are theirs, the facts (HTTP here, discovery there) are not.
import type { Speaks } from './claims';

interface Reading {
  speaks?: Speaks;
  description?: string;
}

// A protocol named outright first ("the application's GUI via the VNC protocol" is VNC, but noVNC is a web
// page), then the web's words, then the rest.
const READINGS: [RegExp, Reading][] = [
  [/novnc|vnc.{0,20}\b(web|browser|http)|\b(web|browser)\b.{0,20}vnc/i, { speaks: 'http', description: 'web UI (noVNC)' }],
  [/\bvnc\b/i, { speaks: 'other', description: 'VNC' }],
  [/\brdp\b|remote desktop protocol/i, { speaks: 'other', description: 'remote desktop (RDP)' }],
  [/\bssh\b|\bsftp\b/i, { speaks: 'other', description: 'SSH' }],
  // A forward proxy (Privoxy's "HTTPS proxy server", SOCKS) is asked in plain HTTP or SOCKS, never in TLS.
  [/\bsocks/i, { speaks: 'other', description: 'SOCKS proxy' }],
  [/\bprivoxy\b|\b(https?|web) proxy\b|\bproxy server\b/i, { speaks: 'http', description: 'HTTP proxy' }],
  // Both named ("monitoring over http/https", "HTTP or HTTPS"): either may be configured, so neither is said.
  [/\bhttps?\s*(\/|\bor\b|\band\b|&)\s*https?\b/i, { description: 'web UI or API' }],
  [/\bhttps\b|\bssl\b|\btls\b/i, { speaks: 'tls', description: 'web UI or API over HTTPS' }],
  [/web ?ui|webui|web interface|web files|\bhttp\b|\bgui\b|dashboard|web server|web port|\bapi\b/i, { speaks: 'http', description: 'web UI or HTTP API' }],
  [/discover|dlna|ssdp|upnp/i, { description: 'local network discovery' }],
  [/\bdns\b/i, { speaks: 'other', description: 'DNS' }],
  [/\bdhcp\b/i, { speaks: 'other', description: 'DHCP' }],
  [/\bsmtp\b/i, { speaks: 'other', description: 'SMTP' }],
  [/\bimaps?\b/i, { speaks: 'other', description: 'IMAP' }],
  [/torrent|\bp2p\b|peer/i, { speaks: 'other', description: 'peer-to-peer traffic' }],
  [/wireguard|vpn/i, { speaks: 'other', description: 'VPN tunnel' }],
  [/\bmqtt\b/i, { speaks: 'other', description: 'MQTT' }],
  [/syslog/i, { speaks: 'other', description: 'syslog' }],
  [/game server|game port|\brcon\b/i, { speaks: 'other', description: 'game server traffic' }],
];

/** What a catalog's description or port name says; nothing when it says nothing we can tell. */
export function readPortWords(text: string | undefined): Reading {
  if (!text) return {};
  // A link in the words is not what the port speaks ("redirects to https://app.foldingathome.org").
  const words = text.replace(/\b[a-z]+:\/\/\S+/gi, ' ');
  for (const [pattern, reading] of READINGS) if (pattern.test(words)) return { ...reading };
  return {};
}

/** `http://[IP]:[PORT:8096]/` (an Unraid template's WebUI): the port and whether it is HTTP or TLS. */
export function webUiPort(template: string | undefined): { port: number; speaks: Speaks } | undefined {
  const m = template ? /^(https?):\/\/[^\s]*\[PORT:(\d{1,5})\]/i.exec(template.trim()) : null;
  if (!m) return undefined;
  return { port: Number(m[2]), speaks: m[1].toLowerCase() === 'https' ? 'tls' : 'http' };
}
