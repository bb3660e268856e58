// Images whose own documentation says how their port is moved, and that nothing else moves it: a folder mounted
// into the container, or a generic PORT variable the software never reads, leaves it where it is. For these
// images, what the service states about its ports is judged against the image's port even with such a mount,
// and a generic port setting beside them is not taken as the software's. Each row cites the documentation.
import { imageKey } from './imageReference';

export interface PortMovedOnlyBy {
  /** Environment variables and command-line flags that move the port; nothing else does. */
  settings: string[];
  /** The documentation that says so. */
  url: string;
}

const N8N_SETTINGS = ['N8N_PORT', 'N8N_RUNNERS_BROKER_PORT', 'N8N_CONFIG_FILES'];

const ROWS: Record<string, PortMovedOnlyBy> = {
  // "Ollama binds 127.0.0.1 port 11434 by default. Change the bind address with the OLLAMA_HOST environment
  // variable." The image sets OLLAMA_HOST=0.0.0.0:11434; /root/.ollama holds models and keys, not settings.
  'ollama/ollama': { settings: ['OLLAMA_HOST'], url: 'https://github.com/ollama/ollama/blob/main/docs/faq.md#how-do-i-configure-ollama-server' },
  // The image runs `esphome dashboard /config`; the dashboard's port is its --port option (default 6052). /config
  // holds the devices' YAML files, which configure firmware, not the dashboard.
  'ghcr.io/esphome/esphome': { settings: ['--port'], url: 'https://esphome.io/guides/cli/#dashboard-command' },
  'esphome/esphome': { settings: ['--port'], url: 'https://esphome.io/guides/cli/#dashboard-command' },
  // Prometheus serves its UI and API on the --web.listen-address flag (default 0.0.0.0:9090); prometheus.yml (the
  // folder usually mounted at /etc/prometheus) configures scraping, rules and alerting, and has no listen setting.
  'prom/prometheus': { settings: ['--web.listen-address'], url: 'https://prometheus.io/docs/prometheus/latest/command-line/prometheus/' },
  'quay.io/prometheus/prometheus': { settings: ['--web.listen-address'], url: 'https://prometheus.io/docs/prometheus/latest/command-line/prometheus/' },
  // n8n listens where N8N_PORT (default 5678) and N8N_RUNNERS_BROKER_PORT (5679) say, or a config file N8N_CONFIG_FILES
  // names; the folder mounted at /home/node/.n8n holds its database and encryption key, no listen setting.
  'n8nio/n8n': { settings: N8N_SETTINGS, url: 'https://docs.n8n.io/hosting/configuration/environment-variables/deployment/' },
  'docker.n8n.io/n8nio/n8n': { settings: N8N_SETTINGS, url: 'https://docs.n8n.io/hosting/configuration/environment-variables/deployment/' },
  // Homepage is a Next.js standalone server: the image sets PORT=3000 and runs `node server.js`, which listens on
  // PORT (its entrypoint probes the bind with `process.env.PORT || 3000`). /app/config holds the dashboard's YAML
  // (services, widgets, settings, bookmarks), none of which sets where it listens.
  'ghcr.io/gethomepage/homepage': { settings: ['PORT'], url: 'https://github.com/gethomepage/homepage/blob/main/Dockerfile' },
};

/** The documented ways an image's port moves, when its documentation says they are the only ones. */
export function portMovedOnlyBy(reference: string): PortMovedOnlyBy | undefined {
  const key = imageKey(reference);
  return key === undefined ? undefined : ROWS[key];
}
