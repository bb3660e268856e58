// Other names under which an image's owner publishes the same image: a registry mirror (quay.io beside Docker Hub), or
// the name a project moved from. A reference under such a name is looked up as the image's own name. Each entry cites
// the owner's page that names both. (`ghcr.io/owner/name` for Docker Hub's `owner/name`, LinuxServer.io's and Bitnami's
// registries are read as one already: imageReference.ts and table/lookupImage.ts.)

export interface ImageAlias {
  /** The other name, as written in an `image:` (read with imageKey). */
  alias: string;
  /** The name the table's row is under. */
  image: string;
  /** The owner's page that says the two names are the same image. */
  url: string;
}

export function imageAliases(): ImageAlias[] {
  return [
    // pgvector's Docker image moved from its author's namespace: the README's "Get the Docker image" changed from
    // ankane/pgvector to pgvector/pgvector ("This adds pgvector to the Postgres image (run it the same way)").
    { alias: 'ankane/pgvector', image: 'pgvector/pgvector',
      url: 'https://github.com/pgvector/pgvector/commit/281d4fcf60e2f037fa09d62be2543bb4d7511f2b' },
    // Statping's images were tagged hunterlong/statping (its author's namespace) until the Makefile moved them to
    // statping/statping ("Make statping image consistent").
    { alias: 'hunterlong/statping', image: 'statping/statping',
      url: 'https://github.com/statping/statping/commit/061ed6b8bd73b74849c33aed57d08a9b81db1d6e' },
    // "Container images are available on Docker Hub … and GitHub Container Registry", with both references.
    { alias: 'ghcr.io/juanfont/headscale', image: 'headscale/headscale',
      url: 'https://github.com/juanfont/headscale/blob/f20f1f127842c74dd5f6e10254307b65b1aee936/docs/setup/install/container.md' },
    // The project's move from its founder's namespace: the README's image changed from weejewel/wg-easy to this one.
    { alias: 'weejewel/wg-easy', image: 'ghcr.io/wg-easy/wg-easy',
      url: 'https://github.com/wg-easy/wg-easy/commit/a89ff96d37706c5e8c38a4b1297d3c58b286b56b' },
    // "Diun provides automatically updated Docker images within Docker Hub and Quay."
    { alias: 'quay.io/crazymax/diun', image: 'crazymax/diun',
      url: 'https://github.com/crazy-max/diun/blob/00ed9d24e2fdf33355c7dcdadfe882ca575b0612/README.md' },
    // Firefly III's image before May 2021: the commit "Switch docker image" replaced jc5x/firefly-iii (published 80:8080)
    // with fireflyiii/core in the project's compose file and README.
    { alias: 'jc5x/firefly-iii', image: 'fireflyiii/core',
      url: 'https://github.com/firefly-iii/docker/commit/be48e5c7cad3f20d89614e6a8d92fb21029f796a' },
    // Pi-hole's release workflow pushes one build under both names: `meta-images: pihole/pihole` and
    // `ghcr.io/${{ github.repository_owner }}/pihole` (the owner is pi-hole).
    { alias: 'ghcr.io/pi-hole/pihole', image: 'pihole/pihole',
      url: 'https://github.com/pi-hole/docker-pi-hole/blob/dd91b4847d97f0aac68bfefd1c108ed0627e6c68/.github/workflows/build-and-publish.yml' },
    // "The OliveTin container images are hosted on both Docker Hub and the GitHub Container Registry": docker.io/jamesread/olivetin
    // and ghcr.io/olivetin/olivetin.
    { alias: 'ghcr.io/olivetin/olivetin', image: 'jamesread/olivetin',
      url: 'https://github.com/OliveTin/OliveTin/blob/81ebf68e13ddf427e3b53696f93cba495c9c1bce/docs/modules/ROOT/pages/install/container.adoc' },
    // The installation page pulls the same image as `nickfedor/watchtower:latest` (Docker Hub) or
    // `ghcr.io/nicholas-fedor/watchtower:latest` (GitHub).
    { alias: 'ghcr.io/nicholas-fedor/watchtower', image: 'nickfedor/watchtower',
      url: 'https://github.com/nicholas-fedor/watchtower/blob/46a520f8e4713d2471c577743e841c57364ae7c8/docs/getting-started/installation/index.md' },
    // The image workflow builds henrygd/beszel and ghcr.io/${{ github.repository }}/beszel from one Dockerfile (internal/dockerfile_hub).
    { alias: 'ghcr.io/henrygd/beszel/beszel', image: 'henrygd/beszel',
      url: 'https://github.com/henrygd/beszel/blob/f1e5797c76a234b1c59a31c815f07edfbee0b0e9/.github/workflows/docker-images.yml' },
    // "Grafana Docker images come in two editions: Grafana Enterprise: grafana/grafana-enterprise; Grafana Open Source:
    // grafana/grafana" (the Enterprise edition is the OSS build with more features, on the same port).
    { alias: 'grafana/grafana-enterprise', image: 'grafana/grafana',
      url: 'https://grafana.com/docs/grafana/latest/setup-grafana/installation/docker/' },
    // The image workflow pushes each build to docker.io/matrixdotorg/synapse and ghcr.io/element-hq/synapse.
    { alias: 'ghcr.io/element-hq/synapse', image: 'matrixdotorg/synapse',
      url: 'https://github.com/element-hq/synapse/blob/04178056524eb9fef15f9f1edd7e4402d25c6d4a/.github/workflows/docker.yml' },
    // The usage page lists the image's registries: docker.io/mailserver/docker-mailserver and ghcr.io/docker-mailserver/docker-mailserver.
    { alias: 'mailserver/docker-mailserver', image: 'docker-mailserver/docker-mailserver',
      url: 'https://github.com/docker-mailserver/docker-mailserver/blob/c9b015ddc869b277c16dd20ef4a70e595c72d022/docs/content/usage.md' },
    // "The docker image for Stirling-PDF is available on Docker Hub at stirlingtools/stirling-pdf or on Github at
    // stirling-pdf"; its examples pull docker.stirlingpdf.com/stirlingtools/stirling-pdf.
    { alias: 'ghcr.io/stirling-tools/stirling-pdf', image: 'stirlingtools/stirling-pdf',
      url: 'https://docs.stirlingpdf.com/Installation/Docker%20Install/' },
    { alias: 'docker.stirlingpdf.com/stirlingtools/stirling-pdf', image: 'stirlingtools/stirling-pdf',
      url: 'https://docs.stirlingpdf.com/Installation/Docker%20Install/' },
    // "We have moved the hosting of the offical homebridge docker image from oznu/homebridge to homebridge/homebridge."
    { alias: 'oznu/homebridge', image: 'homebridge/homebridge',
      url: 'https://github.com/homebridge/docker-homebridge/blob/eff9b94690dbac328929d43296af033bc561a303/README.md' },
  ];
}
