// The generator reads an EXPOSE that names a variable through the stage's ARG and ENV values
// (scripts/images/ownerRepository.ts, exposedPorts), and a value that names another variable is expanded as Docker
// expands it: supabase/postgres's all-in-one Dockerfile sets `ENV HTTP_PORT=${ENVOY_HTTP_PORT:-…}`.
import * as assert from 'assert';
import { exposedPorts } from '../../scripts/images/ownerRepository';

const ports = (dockerfile: string) => exposedPorts(dockerfile).ports.map((p) => `${p.port}/${p.protocol}`);

describe('image table generator: EXPOSE through variables that name variables', () => {
  it('expands ${VAR:-default}, ${VAR} and $VAR in an ENV value from the values set before', () => {
    const dockerfile = 'FROM debian\nENV ENVOY_HTTP_PORT=8000\nENV ENVOY_HTTPS_PORT=8443\n'
      + 'ENV HTTP_PORT=${ENVOY_HTTP_PORT:-80}\nENV HTTPS_PORT=$ENVOY_HTTPS_PORT\nARG ADMIN=${HTTP_PORT}\nEXPOSE ${HTTP_PORT} ${HTTPS_PORT} $ADMIN\n';
    assert.deepStrictEqual(ports(dockerfile), ['8000/tcp', '8443/tcp']);
    assert.deepStrictEqual(exposedPorts(dockerfile).settings.sort(), ['HTTPS_PORT', 'HTTP_PORT']);
  });

  it('takes the default where the named variable is unset, and nothing where there is no default', () => {
    assert.deepStrictEqual(ports('FROM debian\nENV WEB_PORT=${PORT_OVERRIDE:-9090}\nEXPOSE ${WEB_PORT}\n'), ['9090/tcp']);
    assert.deepStrictEqual(ports('FROM debian\nENV WEB_PORT=${PORT_OVERRIDE}\nEXPOSE ${WEB_PORT} 22\n'), ['22/tcp']);
  });

  it('the legacy `ENV NAME value` form expands too', () => {
    assert.deepStrictEqual(ports('FROM debian\nARG BASE_PORT=7000\nENV APP_PORT ${BASE_PORT}\nEXPOSE $APP_PORT\n'), ['7000/tcp']);
  });
});
