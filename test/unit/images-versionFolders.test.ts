// Which Dockerfile builds an image whose repository keeps one folder per version (percona/percona-docker's
// percona-xtradb-cluster-5.6/ … -9.x/): the newest folder's, not a claim from each (which disagree and said nothing,
// leaving an old version's Compose file to speak for the image).
import * as assert from 'assert';
import { catalog } from './catalogFolder';
import { openCatalog } from '../../scripts/images/catalogFiles';
import { readCatalog } from '../../scripts/images/readCatalog';

function claims(files: Record<string, string>): string[] {
  return readCatalog(openCatalog(catalog('percona/percona-docker', files)))
    .map((c) => `${c.key} ${c.ports.map((p) => p.port).join(',')} ${c.url.replace(/^.*\/blob\/[^/]+\//, '')}`);
}

describe('image table generator: folders of one image per version', () => {
  const readme = 'Run `docker run percona/percona-xtradb-cluster:8.0` or `docker pull percona/percona-server-mongodb`.\n';
  it('reads the newest version folder\'s Dockerfile (9.x over 8.4 over 5.6)', () => {
    const got = claims({
      'README.md': readme,
      'percona-xtradb-cluster-5.6/Dockerfile': 'FROM centos:7\nEXPOSE 3306 4567 4568\n',
      'percona-xtradb-cluster-8.4/Dockerfile': 'FROM oraclelinux:9\nEXPOSE 3306 4567 4568 33060\n',
      'percona-xtradb-cluster-8.4/Dockerfile.aarch64': 'FROM oraclelinux:9\nEXPOSE 3306\n',
      'percona-xtradb-cluster-9.x/Dockerfile': 'FROM oraclelinux:9\nEXPOSE 3306 4567 4568 33060\n',
      'percona-server-mongodb/Dockerfile': 'FROM oraclelinux:9\nEXPOSE 27017\n',
    });
    assert.deepStrictEqual(got.sort(), [
      'percona/percona-server-mongodb 27017 percona-server-mongodb/Dockerfile',
      'percona/percona-xtradb-cluster 3306,4567,4568,33060 percona-xtradb-cluster-9.x/Dockerfile',
    ]);
  });

  it('compares versions as numbers (10.1 over 9.0), and leaves folders named for other images alone', () => {
    const got = claims({
      'README.md': readme,
      'percona-xtradb-cluster-9.0/Dockerfile': 'FROM oraclelinux:9\nEXPOSE 3306\n',
      'percona-xtradb-cluster-10.1/Dockerfile': 'FROM oraclelinux:9\nEXPOSE 3306 33060\n',
      'percona-xtradb-cluster-operator-1.2/Dockerfile': 'FROM alpine\nEXPOSE 8080\n',
    });
    assert.deepStrictEqual(got, ['percona/percona-xtradb-cluster 3306,33060 percona-xtradb-cluster-10.1/Dockerfile']);
  });
});
