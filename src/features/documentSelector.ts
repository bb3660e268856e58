// Which documents Port Lens serves: the language ids editors give these formats, and their file names,
// so that it works whatever language another extension assigns (formatOf makes the final decision).
import type * as vscode from 'vscode';

// yaml: a Compose file named after its app (`gotify.yaml`) or a Kubernetes manifest of any name is one by its
// content (formatOf decides).
const languages = ['dockercompose', 'dockerfile', 'dotenv', 'nginx', 'NGINX', 'yaml'];

/** Globs of the names that make a file one of the four formats read by name (`formatOf` decides on each match); indexing searches for them too. */
export const portFilePatterns = [
  '**/{compose,docker-compose}*.{yml,yaml}',
  '**/{Dockerfile,Containerfile,*.Dockerfile,Dockerfile.*,Containerfile.*}',
  '**/{.env,.env.*,*.env}',
  '**/{nginx.conf,*.nginx,*.conf.template}',
  '**/{nginx,conf.d,sites-available,sites-enabled}/**',
];

/** Names whose text may make them one of our formats (any YAML file: Compose or Kubernetes; `*.subdomain.conf.sample`):
 *  indexing reads them and keeps those whose content says so. */
export const contentFilePatterns = [
  '**/*.{yml,yaml}',
  '**/*.{conf,vhost}',
  '**/*.conf.{sample,example,dist,tmpl,j2,default,disabled}',
];

export const portDocuments: vscode.DocumentSelector = [
  ...languages.map((language) => ({ language })),
  ...portFilePatterns.map((pattern) => ({ pattern })),
  ...contentFilePatterns.map((pattern) => ({ pattern })),
];
