// container-port-mismatch for images whose documentation names every way their port moves (src/core/images/
// portMovedOnlyBy.ts): a mounted data or config folder and a generic PORT variable do not make their port uncertain.
import * as assert from 'assert';
import { checkPorts } from '../../src/core';
import { portMovedOnlyBy } from '../../src/core/images/portMovedOnlyBy';

function mismatches(text: string) {
  return checkPorts(text, 'compose').filter((f) => f.code === 'container-port-mismatch');
}

// runtipi-appstore apps/ollama-cpu/docker-compose.yml before its fix: Ollama does not read PORT.
const ollama = (environment: string, port = '11436') => 'services:\n  ollama-cpu:\n    image: ollama/ollama:0.1.33\n'
  + `    environment:\n${environment}    ports:\n      - '\${APP_PORT}:${port}'\n    volumes:\n      - \${APP_DATA_DIR}/.ollama:/root/.ollama\n`;

// runtipi-appstore apps/esphome/docker-compose.yml before its fix: /config holds the devices' YAML, not the dashboard's port.
const esphome = (more = '', port = '60529') => 'services:\n  esphome:\n    image: ghcr.io/esphome/esphome:2024.7.3\n'
  + `    environment:\n      - TZ=\${TZ}\n    ports:\n      - \${APP_PORT}:${port}\n${more}    volumes:\n      - /etc/localtime:/etc/localtime:ro\n`
  + '      - ${APP_DATA_DIR}/data/config:/config\n';

describe('images whose port moves only through documented settings', () => {
  it('cites documentation for every row', () => {
    for (const image of ['ollama/ollama', 'ghcr.io/esphome/esphome:2024.7.3', 'esphome/esphome']) {
      assert.match(portMovedOnlyBy(image)?.url ?? '', /^https:\/\//, image);
    }
    assert.strictEqual(portMovedOnlyBy('grafana/grafana'), undefined);
  });

  it('warns on Ollama published on 11436 beside PORT=11436 and a mounted /root/.ollama', () => {
    const text = ollama('      - PORT=11436\n');
    const found = mismatches(text);
    assert.strictEqual(found.length, 1);
    assert.strictEqual(found[0].start, text.indexOf('11436\''));
    assert.match(found[0].message, /11434/);
  });

  it('stays quiet when Ollama is moved by OLLAMA_HOST', () => {
    assert.deepStrictEqual(mismatches(ollama('      - OLLAMA_HOST=0.0.0.0:11436\n')), []);
    assert.deepStrictEqual(mismatches(ollama('      - OLLAMA_HOST\n')), []);
  });

  it('warns on ESPHome published on 60529 with /config mounted, and is quiet on 6052', () => {
    const text = esphome();
    const found = mismatches(text);
    assert.strictEqual(found.length, 1);
    assert.strictEqual(found[0].start, text.indexOf('60529'));
    assert.match(found[0].message, /ESPHome.*6052.*--port/);
    assert.deepStrictEqual(mismatches(esphome('', '6052')), []);
  });

  it('stays quiet when ESPHome\'s command sets --port, or under host networking', () => {
    assert.deepStrictEqual(mismatches(esphome('    command: dashboard --port 60529 /config\n')), []);
    assert.deepStrictEqual(mismatches(esphome('    network_mode: host\n')), []);
  });

  it('keeps a mounted config folder silencing images without such a row (grafana\'s /etc/grafana)', () => {
    const text = 'services:\n  grafana:\n    image: grafana/grafana:10.4.2\n    ports:\n      - "8080:8080"\n    volumes:\n      - ./grafana:/etc/grafana\n';
    assert.deepStrictEqual(mismatches(text), []);
  });

  // cortex development/tsdb-blocks-storage-s3/docker-compose.yml before "Fixed Prometheus port": the mounted
  // /etc/prometheus holds prometheus.yaml, which has no listen setting; only --web.listen-address moves 9090.
  const prometheus = (command: string) => 'services:\n  prometheus:\n    image: prom/prometheus:v2.16.0\n'
    + `    command: [${command}]\n    volumes:\n      - ./config:/etc/prometheus\n    ports:\n      - 8010:8010\n`;

  it('warns on Prometheus published on 8010 with its config folder mounted, and names the flag that would move it', () => {
    const text = prometheus('"--config.file=/etc/prometheus/prometheus.yaml"');
    const found = mismatches(text);
    assert.strictEqual(found.length, 1);
    assert.strictEqual(text.slice(0, found[0].start).split('\n').length, 8);
    assert.match(found[0].message, /9090/);
    assert.match(found[0].message, /--web\.listen-address/);
    assert.match(portMovedOnlyBy('quay.io/prometheus/prometheus:v2.50.0')?.url ?? '', /^https:\/\//);
  });

  it('stays quiet when Prometheus is moved by --web.listen-address, or published on its own port', () => {
    assert.deepStrictEqual(mismatches(prometheus('"--config.file=/etc/prometheus/prometheus.yaml", "--web.listen-address=:8010"')), []);
    assert.deepStrictEqual(mismatches(prometheus('"--config.file=/etc/prometheus/prometheus.yaml"').replace('8010:8010', '8010:9090')), []);
  });
});
