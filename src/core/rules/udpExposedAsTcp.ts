// udp-published-as-tcp in a Dockerfile: `EXPOSE 51820` with no protocol declares TCP, so `docker run -P` and the
// tools that read the image's ports (Compose's `expose`, a platform's port detection) open TCP where the software
// waits for UDP. Only on evidence the stage itself gives: its base image serves the port over UDP only (the image
// table), or the stage installs WireGuard (a package named wireguard or wireguard-tools) and exposes 51820, the
// ListenPort of every WireGuard example (wireguard.com/quickstart) — WireGuard speaks UDP only
// (wireguard.com/protocol). wg-easy's Dockerfile before 9d355f6 wrote `EXPOSE 51820`.
import { lookupImage } from '../images/lookupImage';
import type { Finding, ImageInfo, PortMention } from '../types';
import { finding } from '../catalogue';
import { dockerfileStages, type DockerfileStage } from '../formats/dockerfileStages';

const WIREGUARD_PORT = 51820;
/** A package-manager install of WireGuard: `apt install -y wireguard`, `apk add wireguard-tools`, `dnf install wireguard-tools`. */
const INSTALLS_WIREGUARD = /\b(?:install|add)\b(?:[^\n]|\\\n)*?(?:^|[\s=])wireguard(?:-tools)?(?=[\s\\;&|]|$)/im;

export function udpExposedAsTcp(mentions: readonly PortMention[], text: string): Finding[] {
  const exposed = mentions.filter((m) => m.context === 'EXPOSE' && m.role === 'expose' && m.endPort === undefined);
  if (exposed.length === 0) return [];
  const findings: Finding[] = [];
  let stages: DockerfileStage[] | undefined;
  // Where the build stage holding an offset starts (0 before the first FROM); the stages are read once, when needed.
  const stageOf = (offset: number) => (stages ??= dockerfileStages(text)).find((stage) => stage.start <= offset && offset < stage.end)?.start ?? 0;
  for (const mention of exposed) {
    // A protocol written (`51820/tcp` on purpose, or `/udp`) is the author's choice; only the bare number defaults to TCP.
    if (text[mention.end] === '/' || (mention.protocol ?? 'tcp') !== 'tcp') continue;
    // The cheap questions first: most EXPOSEs are neither WireGuard's port nor a UDP-only port of the base image.
    const info = mention.image === undefined || mention.image.includes('$') ? undefined : lookupImage(mention.image);
    const baseUdp = info !== undefined && udpOnly(info, mention.port);
    if (!baseUdp && mention.port !== WIREGUARD_PORT) continue;
    const from = stageOf(mention.start);
    // Exposed as UDP too in the same stage: the TCP one is extra, not wrong.
    if (exposed.some((other) => other !== mention && other.port === mention.port && other.protocol === 'udp' && stageOf(other.start) === from)) continue;
    let because: string | undefined;
    if (baseUdp) {
      const port = info!.ports.find((p) => p.port <= mention.port && mention.port <= (p.endPort ?? p.port))!;
      because = `the base image ${info!.image} (${info!.software}) serves ${mention.port} over UDP only (${port.description})`;
    } else if (INSTALLS_WIREGUARD.test(text.slice(from, mention.start))) {
      because = `this stage installs WireGuard, which speaks UDP only, and ${WIREGUARD_PORT} is its usual listen port`;
    }
    if (because === undefined) continue;
    const message = `EXPOSE ${mention.port} has no protocol, so it declares TCP, but ${because}: write ${mention.port}/udp, `
      + 'or docker run -P and the tools that read the image\'s ports open TCP where the traffic is UDP.';
    findings.push(finding('udp-published-as-tcp', mention.start, mention.end, message,
      { title: 'Expose it as UDP (/udp)', edits: [{ start: mention.end, end: mention.end, newText: '/udp' }] }));
  }
  return findings;
}

function udpOnly(info: ImageInfo, port: number): boolean {
  const at = info.ports.filter((p) => p.port <= port && port <= (p.endPort ?? p.port));
  return at.length > 0 && at.every((p) => p.protocol === 'udp');
}
