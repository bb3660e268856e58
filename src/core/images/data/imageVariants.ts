// Tags that change what runs. The official PHP application images serve their app through Apache on 80 in
// the default tags and through PHP-FPM (FastCGI, for a web server in front) on 9000 in the -fpm tags: the
// php:*-fpm parent's Dockerfile says `EXPOSE 9000`, and each app's -fpm Dockerfile starts FROM it. A reference
// whose tag holds the word (`wordpress:fpm`, `nextcloud:29-fpm-alpine`, `php:8.3-fpm`) gets the variant's row,
// so publishing 80 of an -fpm container is not taken for the web UI.
import type { ImageRow } from '../imageRow';
import { officialImageRows } from './officialImages';

/** The official images with -fpm tags (each lists 9000 for them in its own row). */
const FPM_APPS = ['wordpress', 'drupal', 'joomla', 'nextcloud', 'matomo', 'mediawiki', 'phpmyadmin', 'monica', 'espocrm',
  'friendica', 'postfixadmin', 'yourls'];

const FASTCGI = { port: 9000, protocol: 'tcp', description: 'PHP-FPM FastCGI (for a web server in front, not a browser)', speaks: 'other' } as const;

export function imageVariantRows(): ImageRow[] {
  const base = new Map(officialImageRows().map((row) => [row.image, row]));
  const rows: ImageRow[] = [
    { image: 'php', tag: 'fpm', software: 'PHP-FPM', kind: 'other', ports: [{ ...FASTCGI }],
      portSettings: ['listen'],
      url: 'https://github.com/docker-library/php/blob/master/8.4/trixie/fpm/Dockerfile' },
    { image: 'php', tag: 'apache', software: 'PHP on Apache httpd', kind: 'web-app',
      ports: [{ port: 80, protocol: 'tcp', description: 'Apache httpd serving the PHP application', speaks: 'http' }],
      url: 'https://github.com/docker-library/php/blob/master/8.4/trixie/apache/Dockerfile' },
  ];
  // The -nouveau tags of couchdb run the Nouveau search server (Java), not CouchDB: EXPOSE 5987 5988 and no 5984.
  rows.push({ image: 'couchdb', tag: 'nouveau', software: 'Apache CouchDB Nouveau (search server)', kind: 'other',
    ports: [
      { port: 5987, protocol: 'tcp', description: 'Nouveau search server (for CouchDB, not a browser)' },
      { port: 5988, protocol: 'tcp', description: 'Nouveau admin endpoint', admin: true },
    ],
    url: 'https://github.com/apache/couchdb-docker/blob/4c82ee090d6299c27616f30d93c9622f769431dd/3.5.1-nouveau/Dockerfile' });
  for (const image of FPM_APPS) {
    const row = base.get(image);
    if (!row || !row.ports.some((p) => p.port === 9000)) continue;
    rows.push({ image, tag: 'fpm', software: `${row.software} (PHP-FPM)`, kind: row.kind, ports: [{ ...FASTCGI }], url: row.url });
  }
  return rows;
}
