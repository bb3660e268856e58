import * as assert from 'assert';
import { checkPorts } from '../../src/core/rules/checkPorts';
import { scanPorts } from '../../src/core/formats/scanFile';
import type { CheckOptions, ConfigFormat } from '../../src/core/types';

function dynamicRangeFindings(text: string, format: ConfigFormat = 'compose', options?: CheckOptions) {
  return checkPorts(text, format, options).filter((f) => f.code === 'dynamic-range');
}

function compose(...ports: string[]): string {
  return `services:\n  app:\n    image: app\n    ports:\n${ports.map((p) => `      - ${p}\n`).join('')}`;
}

describe('rule dynamic-range', () => {
  it('warns once on "50000:50000", at the host port, naming the container side, the IANA range and what to do', () => {
    const text = compose('"50000:50000"');
    const found = dynamicRangeFindings(text);
    assert.strictEqual(found.length, 1);
    const [f] = found;
    assert.strictEqual(f.start, text.indexOf('50000'));
    assert.strictEqual(text.slice(f.start, f.end), '50000');
    assert.strictEqual(f.severity, 'warning');
    assert.match(f.message, /^Host port 50000 \(and the container port it maps to\) is in IANA's dynamic range 49152–65535/);
    assert.match(f.message, /outgoing connection/);
    assert.match(f.message, /below 49152/);
  });

  it('one choice, one warning: "51820:51820" with expose: [51820] is one warning on the host port that names the rest', () => {
    const text = 'services:\n  vpn:\n    image: example/vpn\n    ports:\n      - 51820:51820\n    expose: [51820]\n';
    const found = dynamicRangeFindings(text);
    assert.deepStrictEqual(found.map((f) => f.start), [text.indexOf('51820')]);
    assert.match(found[0].message, /^Host port 51820 \(and the container port it maps to, also under expose:\) is in /);
  });

  it('a container port in the range behind a host port outside it is warned on, with its expose:', () => {
    const text = 'services:\n  vpn:\n    image: example/vpn\n    ports:\n      - "8080:51820"\n    expose: ["51820"]\n';
    const found = dynamicRangeFindings(text);
    assert.deepStrictEqual(found.map((f) => f.start), [text.indexOf('51820')]);
    assert.match(found[0].message, /^Container port 51820 \(and the same port under expose:\) is in /);
  });

  it('stays quiet below the range and starts exactly at 49152', () => {
    assert.deepStrictEqual(dynamicRangeFindings(compose('"8080:80"', '"49151:3000"')), []);
    const text = compose('"49152:3000"');
    const found = dynamicRangeFindings(text);
    assert.strictEqual(found.length, 1);
    assert.strictEqual(text.slice(found[0].start, found[0].end), '49152');
  });

  it('warns on a container-only port and an expose entry in the range', () => {
    const text = 'services:\n  app:\n    image: app\n    ports:\n      - "55000"\n    expose:\n      - "56000"\n';
    const found = dynamicRangeFindings(text);
    assert.deepStrictEqual(found.map((f) => text.slice(f.start, f.end)), ['55000', '56000']);
    assert.match(found[1].message, /^Exposed port 56000/);
  });

  it('ignores ports the service only dials: environment values and URLs', () => {
    const text = 'services:\n  app:\n    image: app\n    environment:\n      API_PORT: "50000"\n      API_URL: http://api:50001/v1\n';
    assert.deepStrictEqual(dynamicRangeFindings(text), []);
  });

  it('warns when a range reaches into the dynamic range, and says so', () => {
    const text = compose('"49100-49200:49100-49200"');
    const found = dynamicRangeFindings(text);
    assert.strictEqual(found.length, 1);
    assert.strictEqual(text.slice(found[0].start, found[0].end), '49100-49200');
    assert.match(found[0].message, /^Host ports 49100-49200 \(and the container ports they map to\) reach into/);
    assert.deepStrictEqual(dynamicRangeFindings(compose('"49000-49100:49000-49100"')), []);
  });

  it('uses a custom ephemeral range: Linux 32768–60999 flags 40000, the default does not', () => {
    const text = compose('"40000:8080"');
    assert.deepStrictEqual(dynamicRangeFindings(text), []);
    const found = dynamicRangeFindings(text, 'compose', { ephemeralRange: [32768, 60999] });
    assert.strictEqual(found.length, 1);
    assert.match(found[0].message, /Linux's ephemeral range 32768–60999/);
    assert.match(found[0].message, /outside 32768–60999/);
    // 62000 is above Linux's range, so it is fine there.
    assert.deepStrictEqual(dynamicRangeFindings(compose('"62000:8080"'), 'compose', { ephemeralRange: [32768, 60999] }), []);
  });

  it('falls back to the IANA range when the configured range is nonsense', () => {
    const text = compose('"40000:8080"', '"50000:8080"');
    const found = dynamicRangeFindings(text, 'compose', { ephemeralRange: [70000, 1] as [number, number] });
    assert.deepStrictEqual(found.map((f) => text.slice(f.start, f.end)), ['50000']);
  });

  it("a Dockerfile that packages known software on a generic base: EXPOSE of that software's own port is not flagged", () => {
    // linuxserver/docker-wireguard's Dockerfile (FROM ghcr.io/linuxserver/baseimage-alpine) and laradock's
    // jenkins/Dockerfile (FROM eclipse-temurin, installs Jenkins and exposes its agent port).
    const wireguard = 'FROM ghcr.io/linuxserver/baseimage-alpine:3.22\nRUN apk add --no-cache wireguard-tools\nCOPY /root /\nEXPOSE 51820/udp\n';
    assert.deepStrictEqual(dynamicRangeFindings(wireguard, 'dockerfile'), []);
    const jenkins = 'FROM eclipse-temurin:17-jdk-jammy\nENV JENKINS_HOME=/var/jenkins_home\nENV JENKINS_SLAVE_AGENT_PORT=50000\nEXPOSE 8080\nEXPOSE ${JENKINS_SLAVE_AGENT_PORT}\nEXPOSE 50000\n';
    assert.deepStrictEqual(dynamicRangeFindings(jenkins, 'dockerfile'), []);
    // Not the software's protocol, a port no software documents, or a Dockerfile that does not name the software
    // whose port it is (an app FROM node:20 on 50000 is no Jenkins): still flagged.
    const tcp = 'FROM alpine\nRUN apk add wireguard-tools\nEXPOSE 51820/tcp 50500\n';
    assert.deepStrictEqual(dynamicRangeFindings(tcp, 'dockerfile').map((f) => tcp.slice(f.start, f.end)), ['51820', '50500']);
    const node = 'FROM node:20\nCOPY . .\nEXPOSE 50000\nCMD ["node", "server.js"]\n';
    assert.deepStrictEqual(dynamicRangeFindings(node, 'dockerfile').map((f) => node.slice(f.start, f.end)), ['50000']);
    // A host port is the user's pick whatever software uses the number.
    assert.strictEqual(dynamicRangeFindings(compose('"50000:50000"')).length, 1);
  });

  it('warns on Dockerfile EXPOSE and nginx listen ports, not on nginx upstreams', () => {
    const dockerfile = 'FROM node:20\nEXPOSE 3000 50500/udp\n';
    assert.deepStrictEqual(dynamicRangeFindings(dockerfile, 'dockerfile').map((f) => dockerfile.slice(f.start, f.end)), ['50500']);
    const nginx = 'server {\n  listen 50080;\n  location / { proxy_pass http://127.0.0.1:50081; }\n}\n';
    assert.deepStrictEqual(dynamicRangeFindings(nginx, 'nginx').map((f) => nginx.slice(f.start, f.end)), ['50080']);
  });
});

describe('dynamic-range and the image a service runs', () => {
  const compose = (image: string) => `services:\n  vpn:\n    image: ${image}\n    ports:\n      - "51820:51820/udp"\n    expose:\n      - "51820/udp"\n`;
  const rolesFlagged = (text: string) => {
    const mentions = scanPorts(text, 'compose');
    return checkPorts(text, 'compose').filter((f) => f.code === 'dynamic-range')
      .map((f) => mentions.find((m) => m.start === f.start)?.role).sort();
  };

  it("WireGuard's own 51820 kept on both sides is the software's choice: nothing is flagged", () => {
    // JamesTurland/JimsGarage Wireguard, techno-tim/launchpad docker/wireguard: `- 51820:51820/udp` for
    // lscr.io/linuxserver/wireguard, whose Dockerfile has EXPOSE 51820/udp and whose clients dial 51820.
    assert.deepStrictEqual(rolesFlagged(compose('lscr.io/linuxserver/wireguard:latest')), []);
    // Transmission's peer port 51413 (linuxserver/transmission documents -p 51413:51413 and 51413:51413/udp).
    const transmission = 'services:\n  transmission:\n    image: lscr.io/linuxserver/transmission\n    ports:\n      - 9091:9091\n      - 51413:51413\n      - 51413:51413/udp\n';
    assert.deepStrictEqual(checkPorts(transmission, 'compose').filter((f) => f.code === 'dynamic-range'), []);
  });

  it("Technitium DNS Server's web console on 53443, kept on both sides, is not flagged (its Dockerfile EXPOSEs 53443/tcp)", () => {
    // JamesTurland/JimsGarage Technitium/docker-compose.yaml.
    const text = 'services:\n  dns-server:\n    image: docker.io/technitium/dns-server:latest\n    ports:\n      - "5380:5380/tcp"\n      - "53443:53443/tcp"\n      - "53:53/udp"\n';
    assert.deepStrictEqual(checkPorts(text, 'compose').filter((f) => f.code === 'dynamic-range'), []);
  });

  it("Neko's WebRTC range and Kopia's server port, kept on both sides, are not flagged (the ports their own compose files use)", () => {
    // bigbeartechworld/big-bear-runtipi apps/neko-firefox: m1k1o/neko:firefox, NEKO_EPR 52000-52010, inside the
    // 52000-52100/udp of m1k1o/neko's docker-compose.yaml.
    const neko = 'services:\n  neko-firefox:\n    image: m1k1o/neko:firefox@sha256:2c33f5b3e4289e7e5ab75c0dc8bdc950c80dd26a8051791ff1d4f5d2333158ef\n    ports:\n      - "${APP_PORT}:8080"\n      - "52000:52000/udp"\n      - "52001:52001/udp"\n    environment:\n      NEKO_EPR: 52000-52010\n';
    assert.deepStrictEqual(dynamicRangeFindings(neko), []);
    const kopia = 'services:\n  kopia:\n    image: kopia/kopia:latest\n    command: [server, start, --address=0.0.0.0:51515]\n    ports:\n      - 51515:51515\n';
    assert.deepStrictEqual(dynamicRangeFindings(kopia), []);
    // Outside the range, or a host port the user picked in front of it: flagged.
    const flagged = (text: string) => dynamicRangeFindings(text).map((f) => text.slice(f.start, f.end));
    assert.deepStrictEqual(flagged(neko.replace('52001:52001/udp', '53001:53001/udp')), ['53001']);
    assert.deepStrictEqual(flagged(kopia.replace('51515:51515', '51516:51515')), ['51516']);
  });

  it("slskd's Soulseek port 50300, the image's own SLSKD_SLSK_LISTEN_PORT, kept on both sides: not flagged (dennysubke's umbrel store)", () => {
    const slskd = 'services:\n  web:\n    image: ghcr.io/slskd/slskd:0.22.5@sha256:f5150c39758353c31788e8e3d6aa9f9c2910f2a46591d810fc2f4d0bac81a96a\n'
      + '    ports:\n      - "5031:5031" #HTTPS\n      - "50300:50300" #SLSKD\n';
    assert.deepStrictEqual(dynamicRangeFindings(slskd), []);
    const flagged = (text: string) => dynamicRangeFindings(text).map((f) => text.slice(f.start, f.end));
    assert.deepStrictEqual(flagged(slskd.replace('"50300:50300"', '"50301:50300"')), ['50301']);
  });

  it("My Media for Alexa's fixed 52050/52051 and ApacheDS's Kerberos ports, the software's own: not flagged (jeffskinnerbox, wenerme)", () => {
    const mymedia = 'services:\n  mymedia:\n    image: \'bizmodeller/mymediaforalexa:latest\'\n    ports:\n      - 52050:52050\n      - 52051:52051\n';
    assert.deepStrictEqual(dynamicRangeFindings(mymedia), []);
    const flagged = (text: string, format: ConfigFormat = 'compose') => dynamicRangeFindings(text, format).map((f) => text.slice(f.start, f.end));
    assert.deepStrictEqual(flagged(mymedia.replace('52051:52051', '52061:52051')), ['52061']);
    const apacheds = 'FROM wener/java:8\nENV APACHEDS_DATA /opt/apacheds/instances\nRUN curl -sLO http://example.org/apacheds-2.0.0.zip\n'
      + 'EXPOSE 10389 10636 60088 60464 8080 8443\n';
    assert.deepStrictEqual(flagged(apacheds, 'dockerfile'), []);
    assert.deepStrictEqual(flagged(apacheds.replace(/apacheds/gi, 'ldapd'), 'dockerfile'), ['60088', '60464']);
  });

  it("Mumble's own 64738, in a Dockerfile that packages Mumble on a base of the author's: not flagged (aisbergg/dockerfiles)", () => {
    const flagged = (text: string) => dynamicRangeFindings(text, 'dockerfile').map((f) => text.slice(f.start, f.end));
    const mumble = 'ARG IMAGE_PREFIX\nFROM ${IMAGE_PREFIX}${IMAGE_PREFIX:+/}aisberg/base-alpine:3.14\nRUN apk add --no-cache icu-libs murmur tzdata\n'
      + 'EXPOSE 64738 64738/udp\nLABEL org.opencontainers.image.title="Mumble Server"\n';
    assert.deepStrictEqual(flagged(mumble), []);
    assert.deepStrictEqual(flagged(mumble.replace(/mumble/gi, 'voice')), ['64738', '64738']);
  });

  it("H2O's own 54321, in a Dockerfile that downloads H2O and in a compose file running that image: not flagged (HariSekhon/Dockerfiles)", () => {
    const dockerfile = 'FROM harisekhon/debian-java:jre7\nARG H2O_VERSION=3.10.0.3\nENV PATH $PATH:/h2o/bin\n'
      + 'RUN wget -t 100 http://download.h2o.ai/versions/h2o-${H2O_VERSION}.zip && unzip h2o-${H2O_VERSION}.zip\nEXPOSE 54321\nCMD ["java", "-jar", "/h2o/h2o.jar"]\n';
    assert.deepStrictEqual(dynamicRangeFindings(dockerfile, 'dockerfile'), []);
    assert.strictEqual(dynamicRangeFindings(dockerfile.replace(/h2o/gi, 'h2x'), 'dockerfile').length, 1);
    const compose = 'services:\n  h2o:\n    image: harisekhon/h2o:${VERSION:-latest}\n    ports:\n      - 54321:54321\n';
    assert.deepStrictEqual(dynamicRangeFindings(compose), []);
    assert.strictEqual(dynamicRangeFindings(compose.replace('harisekhon/h2o', 'harisekhon/h2x')).length, 1);
  });

  it("Hideipnetwork's own 56559, packaged from its sources and published as is: not flagged (stilleshan/dockerfiles)", () => {
    const dockerfile = 'FROM ioiox/node:16-alpine\nWORKDIR /app\nRUN git clone -b v2 https://github.com/Hideipnetwork/hideipnetwork-web.git . && npm install\nEXPOSE 56559\nCMD ["npm", "run", "start"]\n';
    assert.deepStrictEqual(dynamicRangeFindings(dockerfile, 'dockerfile'), []);
    const compose = 'services:\n  browser:\n    image: stilleshan/hideipnetwork-web\n    container_name: hideipnetwork\n    ports:\n      - 56559:56559\n';
    assert.deepStrictEqual(dynamicRangeFindings(compose), []);
    assert.strictEqual(dynamicRangeFindings(compose.replace('56559:56559', '56560:56559')).length, 1);
  });

  it('an image the table does not know whose name names the software documenting the port: not flagged', () => {
    // bigbeartechworld/big-bear-runtipi apps/kopia: Kopia's server port 51515 in thespad's image. thespad's image has a
    // generated row now (once a host installs the catalog, as images-generated.test does), so the owner here is one no
    // row knows, which keeps this test about the name whatever ran before it.
    const kopia = 'services:\n  kopia:\n    container_name: kopia\n    image: ghcr.io/no-such-owner/kopia-server:v0.17.0-spad3@sha256:e9e9256e0037030932b78a16bdef09894b6f9c6f89e8367e05d9777813e67f62\n    ports:\n      - "${APP_PORT}:51515"\n';
    assert.deepStrictEqual(dynamicRangeFindings(kopia), []);
    // pablokbs/plex-rpi: jaymoulin/transmission on Transmission's peer port; laradock's jenkins service, built from
    // ./jenkins, on Jenkins' agent port.
    const transmission = 'services:\n  transmission:\n    image: jaymoulin/transmission:3.00-1.6.1\n    ports:\n      - 9091:9091\n      - 51413:51413\n      - 51413:51413/udp\n';
    assert.deepStrictEqual(dynamicRangeFindings(transmission), []);
    const jenkins = 'services:\n  jenkins:\n    build: ./jenkins\n    ports:\n      - "${JENKINS_HOST_HTTP_PORT}:8080"\n      - "${JENKINS_HOST_SLAVE_AGENT_PORT}:50000"\n';
    assert.deepStrictEqual(dynamicRangeFindings(jenkins), []);
    // Still flagged: a host port the user picked in front of it, another protocol, and an image or build whose name
    // names no software documented there.
    const flagged = (text: string) => dynamicRangeFindings(text).map((f) => text.slice(f.start, f.end));
    assert.deepStrictEqual(flagged(kopia.replace('${APP_PORT}:51515', '51516:51515')), ['51516']);
    assert.deepStrictEqual(flagged(kopia.replace('${APP_PORT}:51515', '${APP_PORT}:51515/udp')), ['51515']);
    assert.deepStrictEqual(flagged(kopia.replace('no-such-owner/kopia-server', 'no-such-owner/backup-server')), ['51515']);
    assert.deepStrictEqual(flagged(transmission.replace('jaymoulin/transmission', 'jaymoulin/torrent')), ['51413', '51413']);
    assert.deepStrictEqual(flagged(jenkins.replace('./jenkins', './app')), ['50000']);
  });

  it("a host port the user picked in front of WireGuard's 51820 is still flagged", () => {
    const text = 'services:\n  vpn:\n    image: lscr.io/linuxserver/wireguard:latest\n    ports:\n      - "51821:51820/udp"\n';
    const found = checkPorts(text, 'compose').filter((f) => f.code === 'dynamic-range');
    assert.deepStrictEqual(found.map((f) => text.slice(f.start, f.end)), ['51821']);
    assert.match(found[0].message, /^Host port 51821 is in /);
  });

  it('an image that does not listen there, or an unknown one: one warning on the host port, naming the container and exposed ports', () => {
    for (const image of ['postgres:16', 'example/unknown-vpn']) {
      assert.deepStrictEqual(rolesFlagged(compose(image)), ['host']);
      const [found] = checkPorts(compose(image), 'compose').filter((f) => f.code === 'dynamic-range');
      assert.match(found.message, /^Host port 51820 \(and the container port it maps to, also under expose:\)/);
    }
  });
});
