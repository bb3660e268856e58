// The name map: which GitHub repositories may be an image's own, from the image's name alone.
import * as assert from 'assert';
import { ownerRepositoryCandidates } from '../../scripts/images/ownerCandidates';

describe('image catalogs: the owner repositories an image name points to', () => {
  it('gives a ghcr.io or quay.io image its account\'s repository of the same name, a sub-image its project\'s', () => {
    assert.deepStrictEqual(ownerRepositoryCandidates('ghcr.io/Fmartinou/whats-up-docker:latest'), ['fmartinou/whats-up-docker']);
    assert.deepStrictEqual(ownerRepositoryCandidates('ghcr.io/immich-app/immich-server/extra@sha256:abc'), ['immich-app/immich-server']);
    assert.deepStrictEqual(ownerRepositoryCandidates('quay.io/oauth2-proxy/oauth2-proxy:v7'), ['oauth2-proxy/oauth2-proxy']);
  });

  it('gives a Docker Hub image its owner\'s repository, then the packaging repositories ownedImages accepts', () => {
    assert.deepStrictEqual(ownerRepositoryCandidates('docker.io/delfer/alpine-ftp-server'), [
      'delfer/alpine-ftp-server',
      'delfer/docker-alpine-ftp-server',
      'delfer/alpine-ftp-server-docker',
    ]);
    assert.deepStrictEqual(ownerRepositoryCandidates('lscr.io/linuxserver/duplicati:latest'), ['linuxserver/docker-duplicati']);
  });

  it('gives none for an official image, another registry\'s namespace or a name held in a variable', () => {
    assert.deepStrictEqual(ownerRepositoryCandidates('postgres:16'), []);
    assert.deepStrictEqual(ownerRepositoryCandidates('docker.io/library/redis'), []);
    assert.deepStrictEqual(ownerRepositoryCandidates('registry.cn-hangzhou.aliyuncs.com/zhengqing/redis'), []);
    assert.deepStrictEqual(ownerRepositoryCandidates('docker.elastic.co/elasticsearch/elasticsearch-oss'), []);
    assert.deepStrictEqual(ownerRepositoryCandidates('${REGISTRY}/app'), []);
  });
});
