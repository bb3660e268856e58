// Every check Port Lens makes, with its stable code and default severity (eslint's model): the codes are
// the diagnostic codes users see and the keys of the `portLens.rules` setting, so they never change meaning.
// It lies below the scanners (formats/), the rules (rules/) and the workspace model (workspace/), which all
// make findings with `finding`.
import type { Finding, Severity } from './types';

export interface RuleInfo {
  code: string;
  defaultSeverity: Severity;
  /** One line for the settings UI and the README. */
  description: string;
}

export const RULES: readonly RuleInfo[] = [
  { code: 'invalid-port', defaultSeverity: 'error',
    description: 'A port that is not an integer in range for its format, an empty or malformed part, or a range whose end is below its start; Compose ports: or expose: written as one value, not a list.' },
  { code: 'invalid-protocol', defaultSeverity: 'error',
    description: 'A protocol other than tcp, udp or sctp (Compose, Dockerfile).' },
  { code: 'range-mismatch', defaultSeverity: 'error',
    description: 'Host and container port ranges of different lengths (unless the container side is one port).' },
  { code: 'dynamic-range', defaultSeverity: 'warning',
    description: 'A fixed port in the ephemeral range, where the OS may hand it out for outgoing connections.' },
  { code: 'host-port-conflict', defaultSeverity: 'error',
    description: 'Two publishes of the same host port and protocol on overlapping addresses in a Compose file and its override file (services in profiles that share none, and services of one container_name under different profiles, excepted), or a fixed host port on a service with several replicas.' },
  { code: 'yaml-base60', defaultSeverity: 'warning',
    description: 'An unquoted HOST:CONTAINER mapping that YAML 1.1 readers (Compose v1, PyYAML) turn into a base-60 number.' },
  { code: 'exposed-all-interfaces', defaultSeverity: 'warning',
    description: 'A database, cache, queue, object store or admin port published on every interface instead of 127.0.0.1: decided by the service\'s image when Port Lens knows it, else by the port number.' },
  { code: 'privileged-host-port', defaultSeverity: 'info',
    description: 'A host port below 1024, which rootless engines and non-root processes cannot bind.' },
  { code: 'expose-mapping', defaultSeverity: 'warning',
    description: 'A HOST:CONTAINER mapping under Compose expose: or Dockerfile EXPOSE, where it publishes nothing.' },
  { code: 'network-mode-host-ports', defaultSeverity: 'warning',
    description: 'ports: on a Compose service with network_mode: host, where publishing is not possible.' },
  { code: 'container-port-mismatch', defaultSeverity: 'warning',
    description: 'A Compose service publishes or exposes only container ports its image (or, for a service that builds one, the Dockerfile it builds) does not listen on, and nothing in the service (a port setting in environment, env_file, a command, a mounted config file) can have moved it there; or its own port setting (PORT=3333, the image\'s own setting) names a port none of its ports: or expose: entries do. In a Kubernetes manifest: a container whose containerPorts are all ports its image (known, or built by a Dockerfile of the workspace) does not listen on, or whose one containerPort is not the number its args name and its Service targets, or whose own env or args (PORT, --port=N, a prefix_PORT beside prefix_HOST=0.0.0.0) name a port none of its containerPorts is. Also a mapping whose two sides are variables named for different protocols (${W9_HTTP_PORT_SET}:${W9_SSH_PORT} publishes the container\'s SSH port where the host side promises HTTP). Also one container port published under a host variable named for HTTP and another named for HTTPS (${PANEL_APP_PORT_HTTP}:3000 beside ${PANEL_APP_PORT_HTTPS}:3000). Also a service built from a Dockerfile that declares no port, whose own listen setting (PORT=9999) names another port than its publish. Also a publish of one variable on both sides (${NEO4J_PORT}:${NEO4J_PORT}) that the service never hands to the container, where the image or the service\'s own port setting says where it listens. In a Home Assistant add-on\'s config file: a ports key written host side first (18099/tcp: 80 where the add-on listens on 80) or that repeats an Ingress port nothing listens on, and a ports_description key that ports lacks.' },
  { code: 'unset-variable', defaultSeverity: 'hint',
    description: 'A Compose port set by a variable that the .env beside the file does not set and that has no default: docker compose takes it from the shell, or uses a blank string.' },
  { code: 'unreachable-port', defaultSeverity: 'warning',
    description: 'A target (nginx proxy_pass or upstream server, a URL or host:port in a setting) that reaches a Compose service on a port it is known not to listen on: its Dockerfile\'s EXPOSE, expose:, ports:, a PORT setting or its image say where it listens. Also a route to the service\'s own container (a Traefik or Caddy label, VIRTUAL_PORT, a Coolify SERVICE_FQDN_<NAME>_<PORT>, a health check on localhost) to a port its own ports:, expose: and settings contradict, or to the host side of its mapping; a health check also when it probes another port than the HEALTHCHECK of the image the service builds, or a port another service of the project listens on while its own statements name others. In Kubernetes manifests: a Service named with a port it does not have in an env value, an argument or a ConfigMap (http://gateway.openfaas:8080 while Service gateway has only 808). Also a listen address setting (a name with ADDRESS, ADDR, LISTEN or BIND) set to 127.0.0.1:P or localhost:P in a Compose service that publishes container port P: the container\'s own loopback is not where published connections arrive. Also a connection from another container (an nginx pass or upstream, a database or broker URL, a <PREFIX>_PORT beside a <PREFIX>_HOST) to the host side of a service\'s own mapping (dockwatch:10000 while dockwatch publishes 10000:80), when nothing says the container listens on that port; not for http(s) URLs, which public URL settings rightly write with the host port. Also, in a Home Assistant add-on (a Dockerfile folder whose config.yaml, config.yml or config.json has a slug), an nginx proxy_pass to 127.0.0.1:N or the Dockerfile\'s HEALTH_PORT=N where the image the table knows serves on other ports, config ports declares no such container port, N is not the Ingress port and no other file of the add-on names it. In the add-on\'s config file itself: an ingress_port nothing in the add-on listens on (its nginx listen, EXPOSE, port settings and flags name other ports, no other file names it, and its image serves nothing by itself or the table knows its ports), ingress_port: 0 that no file of the add-on reads, and a webui [PORT:N] that names no key of ports.' },
  { code: 'udp-published-as-tcp', defaultSeverity: 'warning',
    description: 'A Compose service publishes as TCP (no /udp) a port its image serves only over UDP (WireGuard 51820, a BitTorrent DHT port), or a mapping whose own variables say QUIC, UDP or WireGuard (${NODE_QUIC_PORT}:${NODE_QUIC_PORT}), or whose own comment says UDP (24872:24872 # TCP/UDP) with no UDP entry beside it; also a Dockerfile EXPOSE without /udp of such a port of the base image, or of 51820 in a stage that installs WireGuard.' },
  { code: 'route-protocol-mismatch', defaultSeverity: 'warning',
    description: 'An HTTP route (a Traefik http service, Caddy reverse_proxy, VIRTUAL_PORT, a Coolify variable) to a port where the image speaks TLS or a protocol that is not HTTP; also a health check that sends plain HTTP to such a port of its own container. Also a database connection that speaks one database\'s protocol to another\'s well-known port (DB_CONNECTION=pgsql beside DB_PORT=3306, postgres://db:3306/app, REDIS_PORT=5432).' },
  { code: 'expose-contradicts-config', defaultSeverity: 'warning',
    description: 'A Dockerfile built FROM an nginx image copies its own nginx config over the image\'s default server, and that config listens only on ports the Dockerfile does not EXPOSE (listen 8080 copied to /etc/nginx/conf.d/default.conf beside EXPOSE 80), or, with no EXPOSE of its own, only on ports other than the one it inherits from nginx (80). Also a Dockerfile that runs a Node, Python or Go application whose own listen statements say another port than its EXPOSE (app.listen(3000) beside EXPOSE 8080), or a list of EXPOSE ports with one that no listen statement names while one of the application\'s ports is exposed by none (EXPOSE 5100 5101 5102 over servers on 5100, 5101 and 5200). Also an EXPOSE that every compose service built from the Dockerfile contradicts (EXPOSE 8080 while the compose file that builds it publishes or exposes only container port 8071): said on the EXPOSE line as well as on the compose side, naming both.' },
  { code: 'invalid-port-name', defaultSeverity: 'error',
    description: 'A Kubernetes port name the API server rejects: container port names and ports referred to by name follow the IANA service-name syntax (at most 15 characters of lower-case letters, digits and single inner hyphens, with at least one letter), Service port names are DNS labels, and a Service with several ports must name each. Also a PodMonitor or ServiceMonitor port that breaks the syntax of the port names it refers to (a PodMonitor\'s port "2000"): it names no port, so Prometheus finds no target there.' },
  { code: 'duplicate-port', defaultSeverity: 'error',
    description: 'A Kubernetes Service listing the same port and protocol or port name twice, or a pod taking the same hostPort twice, which the API server rejects; the same containerPort or port name in two containers of a pod is reported as a warning.' },
  { code: 'node-port-range', defaultSeverity: 'error',
    description: 'A Kubernetes nodePort outside the cluster\'s NodePort range (30000-32767 unless portLens.kubernetes.nodePortRange says otherwise), which the API server rejects.' },
  { code: 'node-port-conflict', defaultSeverity: 'error',
    description: 'Two Kubernetes Services in one folder, or in a folder and the folder just above it, taking the same nodePort (one nodePort per cluster), or two DaemonSets taking the same hostPort on every node.' },
  { code: 'undefined-port-name', defaultSeverity: 'error',
    description: 'A Kubernetes targetPort, probe port or NetworkPolicy port written as a name that no container of the pods it selects defines: the Service gets no endpoints there, the probe fails. Also shown at a container port whose name is one letter from a targetPort that names no port, and for a ServiceMonitor or PodMonitor endpoint port that no Service or pod it selects names.' },
  { code: 'backend-port-missing', defaultSeverity: 'error',
    description: 'An Ingress backend or Gateway API backendRef (or v1alpha1 forwardTo) naming a port (number or name) that its Service, defined in the workspace, does not have.' },
  { code: 'target-port-undeclared', defaultSeverity: 'warning',
    description: 'A numeric Kubernetes targetPort or probe port that no selected container declares or is known to listen on (by its image), when every container declares its ports or runs a known image. Shown also at the containerPort it was plainly meant for (the pods\' port of the Service port\'s name, or the one port the Service misses), and judged for containers whose image a Dockerfile of the workspace builds by that Dockerfile\'s EXPOSE. Also a NetworkPolicy ingress port that is the port of a Service selecting its pods rather than the pod port that Service sends it to (a policy judges the port a connection reaches on the pod).' },
  { code: 'crossed-target-port', defaultSeverity: 'warning',
    description: 'A Kubernetes Service port named like a container port (https) whose targetPort names another port of the pods (http), as another Service port already does, while no port of the Service reaches the container port of its own name.' },
];

const byCode = new Map(RULES.map((rule) => [rule.code, rule]));

export function ruleInfo(code: string): RuleInfo | undefined {
  return byCode.get(code);
}

export function defaultSeverity(code: string): Severity {
  return byCode.get(code)?.defaultSeverity ?? 'warning';
}

/** A finding at its rule's default severity; `checkPorts` applies the user's severities later. */
export function finding(code: string, start: number, end: number, message: string, fix?: Finding['fix']): Finding {
  return fix ? { code, severity: defaultSeverity(code), message, start, end, fix }
    : { code, severity: defaultSeverity(code), message, start, end };
}
