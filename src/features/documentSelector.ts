// Which documents Port Lens serves: the language ids editors give these formats, and their file names,
// so that it works whatever language another extension assigns (formatOf makes the final decision).
import type * as vscode from 'vscode';

// `yaml`: a Kubernetes manifest can have any name; formatOf reads the document to decide.
const languages = ['dockercompose', 'dockerfile', 'dotenv', 'nginx', 'NGINX', 'yaml'];

/** Globs of the four formats' file names (`formatOf` decides on each match); indexing searches for them too. */
export const portFilePatterns = [
  '**/{compose,docker-compose}*.{yml,yaml}',
  '**/{Dockerfile,Containerfile,*.Dockerfile,Dockerfile.*,Containerfile.*}',
  '**/{.env,.env.*,*.env}',
  '**/{nginx.conf,*.nginx,*.conf.template}',
  '**/{nginx,conf.d,sites-available,sites-enabled}/**',
  // Any YAML file may be a Kubernetes manifest: indexing reads it and keeps it only when it is one.
  '**/*.{yml,yaml}',
];

export const portDocuments: vscode.DocumentSelector = [
  ...languages.map((language) => ({ language })),
  ...portFilePatterns.map((pattern) => ({ pattern })),
];
