// Inputs built to make a scanner go quadratic or deep: one very long line of a repeated pattern, placed where
// each format's scanner works hardest on it. Each is built at a size n; the linear-time check compares cost
// at n and 8n.
import type { ConfigFormat } from '../../src/core/types';

export interface Pattern {
  name: string;
  /** A line of about `size` characters. */
  line: (size: number) => string;
}

const repeatTo = (unit: string, size: number) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

export const patterns: Pattern[] = [
  { name: '1:1:1:…', line: (size) => repeatTo('1:', size - 1) + '1' },
  { name: '[[[[…', line: (size) => repeatTo('[', size) },
  { name: '{{{{…', line: (size) => repeatTo('{', size) },
  { name: '${${${…', line: (size) => repeatTo('${', size) },
  { name: '9999…', line: (size) => repeatTo('9', size) },
  { name: '1-1-1-…', line: (size) => repeatTo('1-', size - 1) + '1' },
  { name: '"\'"\'…', line: (size) => repeatTo('"\'', size) },
  { name: 'http://a:1 …', line: (size) => repeatTo('http://a:1/ ', size) },
  // A run of slashes with something after it: `replace(/\/+$/, '')` retries the run from each slash.
  { name: '////…x', line: (size) => repeatTo('/', size - 1) + 'x' },
];

/** Where each format reads ports: the line goes into each slot in turn. */
export const slots: Record<ConfigFormat, { name: string; wrap: (line: string) => string }[]> = {
  compose: [
    { name: 'quoted ports entry', wrap: (line) => `services:\n  web:\n    ports:\n      - "${line}"\n` },
    { name: 'plain ports entry', wrap: (line) => `services:\n  web:\n    ports:\n      - ${line}\n` },
    { name: 'environment value', wrap: (line) => `services:\n  web:\n    environment:\n      PORT: ${line}\n      - URL=${line}\n` },
    { name: 'volume beside a published port', wrap: (line) => `services:\n  web:\n    image: nginx\n    ports:\n      - "8080:80"\n    volumes:\n      - "./a:/${line}"\n` },
    { name: 'whole line', wrap: (line) => line },
  ],
  dockerfile: [
    { name: 'EXPOSE', wrap: (line) => `FROM alpine\nARG PORT=80\nEXPOSE ${line}\n` },
    { name: 'ENV and HEALTHCHECK', wrap: (line) => `FROM alpine\nENV PORT=${line}\nHEALTHCHECK CMD curl http://localhost:${line}\n` },
    { name: 'whole line', wrap: (line) => line },
  ],
  nginx: [
    { name: 'listen and proxy_pass', wrap: (line) => `server {\n  listen ${line};\n  location / { proxy_pass http://a:${line}; }\n}\n` },
    { name: 'upstream server', wrap: (line) => `upstream u {\n  server ${line};\n}\n` },
    { name: 'whole line', wrap: (line) => line },
  ],
  kubernetes: [
    { name: 'containerPort and targetPort', wrap: (line) => `apiVersion: v1\nkind: Pod\nspec:\n  containers:\n    - ports:\n        - containerPort: ${line}\n          name: ${line}\n      readinessProbe: {httpGet: {port: ${line}}}\n---\napiVersion: v1\nkind: Service\nspec:\n  ports: [{port: ${line}, targetPort: ${line}, nodePort: ${line}}]\n` },
    { name: 'whole line', wrap: (line) => `apiVersion: v1\nkind: Service\n${line}` },
  ],
  dotenv: [
    { name: 'port key and URL', wrap: (line) => `PORT=${line}\nAPI_URL=http://h:${line}/\nDB_PORT: "${line}"\n` },
    { name: 'whole line', wrap: (line) => line },
  ],
};

/** One 5 MB line: realistic port syntax of every format run together with no line break. */
export function fiveMegabyteLine(size = 5_000_000): string {
  return repeatTo('- "127.0.0.1:8080:80/tcp" listen [::1]:443 ssl; PORT=3000 http://db:5432/x ${P:-1} ', size);
}
