// Where an application's own source says its server listens: `app.listen(3000)`, `process.env.PORT || 3000`,
// Go's `http.ListenAndServe(":9717", nil)` or a flag's default, Python's `app.run(port=8080)`. Only statements
// whose shape says "listen here" are read, never a number that merely stands in the code (a client's
// `DB_PORT || 5432` is not read: only the generic listen settings count as the server's own). When a listen call
// names its port by something not read here, the file says `unresolved`: a caller then knows nothing.

import { LISTEN_SETTINGS } from '../rules/listenSettings';

export type CodeLanguage = 'node' | 'python' | 'go';

export interface CodePort {
  port: number;
  /** The setting the code reads first, when the port is its default (`process.env.PORT || 3000`). */
  setting?: string;
  /** Offsets of the number in the file. */
  start: number;
  end: number;
}

export interface CodeListening {
  ports: CodePort[];
  /** A listen call whose port is a name this reader could not follow: known only if a listen setting's default
   *  (in this file or another of the application) says where it goes. */
  unresolved: boolean;
  /** The port is read where this cannot see (Go's `os.Getenv("PORT")`, set by platforms): nothing is known. */
  unknowable?: boolean;
  /** For a listen call by name: the default of the one setting named for the application's own port, assigned to
   *  a variable named port (`PORT = os.getenv('SPEEDTEST_PORT', 9800)`). Taken only when the application has no
   *  other listen statement (see applicationPorts). */
  appSetting?: CodePort;
}

const EXTENSIONS: Record<CodeLanguage, RegExp> = {
  node: /\.(?:m?js|cjs|ts|mts)$/i,
  python: /\.py$/i,
  go: /\.go$/i,
};

/** The language of a source file by its name; tests, type declarations and minified bundles are not servers. */
export function codeLanguageOf(path: string): CodeLanguage | undefined {
  const name = path.slice(path.lastIndexOf('/') + 1);
  // Express's generator starts the server from bin/www, a Node file without an extension.
  if (/(?:^|\/)bin\/www$/.test(path)) return 'node';
  if (/(?:^|[._-])(?:test|spec)s?[._-]|_test\.go$|\.d\.ts$|\.min\.js$|^(?:jest|vite|webpack|rollup|babel|eslint|vitest|playwright|karma)\.config\./i.test(name)) return undefined;
  for (const language of Object.keys(EXTENSIONS) as CodeLanguage[]) if (EXTENSIONS[language].test(name)) return language;
  return undefined;
}

const PORT_NUMBER = '[\'"]?(\\d{2,5})[\'"]?';

/** A listen call whose first argument (or its `port:` field) is a number. */
const NODE_LISTEN_LITERAL = new RegExp(`\\.listen\\(\\s*(?:\\{[^}\\n]*?\\bport\\s*:\\s*)?${PORT_NUMBER}\\s*[,)}]`, 'g');
/** A listen call naming its port by an identifier (`app.listen(port, ...)`, `listen({ port: config.port })`). */
const NODE_LISTEN_NAME = /\.listen\(\s*(?:\{[^}\n]*?\bport\s*:\s*)?(?!['"\d{])([A-Za-z_$][\w$.]*)/g;
/** `process.env.PORT || 3000`, `process.env.PORT ?? '3000'`, `Number.isNaN(Number(process.env.PORT)) ? 8000 : …`. */
const NODE_ENV_DEFAULT = /process\.env(?:\.([A-Za-z_][\w]*)|\[\s*['"]([A-Za-z_]\w*)['"]\s*\])[^\n;]*?(?:\|\||\?\?|\?)\s*['"]?(\d{2,5})['"]?\b/g;

const PYTHON_RUN_PORT = /\b(?:run|run_app|serve|run_simple|make_server|create_server|start_server)\([^)\n]*?\bport\s*=\s*['"]?(\d{2,5})['"]?/g;
const PYTHON_RUN_POSITIONAL = /\b(?:make_server|create_server|run_simple|start_server)\([^)\n]*?['"][\w.:]*['"]\s*,\s*(\d{2,5})\s*[,)]/g;
const PYTHON_RUN_NAME = /\b(?:run|run_app|serve|run_simple|make_server|create_server|start_server)\([^)\n]*?\bport\s*=\s*(?!['"\d])([A-Za-z_][\w.]*)/g;
/** A Flask-style `app.run()` that names no port: it listens on the framework's default, not read here. */
const PYTHON_RUN_DEFAULT = /\b(?:app|application|server|api)\.run\((?![^)\n]*\bport\b)[^)\n]*\)/;
/** prometheus_client's exporters: `start_http_server(9800)` or `start_http_server(port)`. */
const PYTHON_PROMETHEUS_LITERAL = /\bstart_(?:http|wsgi)_server\(\s*['"]?(\d{2,5})['"]?\s*[,)]/g;
const PYTHON_PROMETHEUS_NAME = /\bstart_(?:http|wsgi)_server\(\s*(?!['"\d])[A-Za-z_]/;
const PYTHON_ENV_DEFAULT = /os\.(?:environ\.get|getenv)\(\s*['"]([A-Za-z_]\w*)['"]\s*,\s*['"]?(\d{2,5})['"]?\s*\)/g;

const GO_LISTEN_LITERAL = /\b(?:ListenAndServe(?:TLS)?|Listen|ListenTLS|Run|RunTLS|Start|Serve)\(\s*(?:"tcp[46]?"\s*,\s*)?"[\w.-]*:(\d{2,5})"/g;
const GO_RUN_NUMBER = /\.Run\(\s*(\d{2,5})\s*\)/g;
const GO_LISTEN_NAME = /\b(?:ListenAndServe(?:TLS)?|net\.Listen)\(\s*(?:"tcp[46]?"\s*,\s*)?(?!")([A-Za-z_][\w.*]*)/g;
/** A flag or a struct tag for the listen address or port, with its default (`Flag("port", …).Default("9717")`,
 *  `long:"bind-addr" … default:":8082"`, `flag.String("addr", ":8080", …)`, pflag's `IntVarP(&port, "port", "p", 8080, …)`). */
const GO_FLAG_DEFAULT = /(?:(?:Flag|String|Int|Uint|StringVar|IntVar|UintVar)P?\(\s*(?:&[\w.]+\s*,\s*)?"([\w-]*(?:port|addr|listen|bind)[\w-]*)"\s*,\s*(?:"\w?"\s*,\s*)?(?:"[^"\n]*"\s*\)\s*\.Default\(\s*"?:?(\d{2,5})"?\s*\)|"?(?:[\w.-]*:)?(\d{2,5})"?\s*,))|(?:long|name|flag):"([\w-]*(?:port|addr|listen|bind)[\w-]*)"[^`\n]*?default:"(?:[\w.-]*:)?(\d{2,5})"/gi;
const GO_ENV_PORT = /Getenv\(\s*"(?:[A-Z_]*_)?PORT"\s*\)/;

/** A setting named for the application's own port (SPEEDTEST_PORT), as opposed to a client's (DB_PORT, REDIS_PORT)
 *  or a side port's (DEBUG_PORT, ADMIN_PORT): its first word names none of those. */
const APP_PORT_SETTING = /^([A-Z][A-Z0-9]*)_(?:[A-Z0-9]+_)?PORT$/;
const NOT_OWN_PORT = new Set(['DB', 'DATABASE', 'POSTGRES', 'POSTGRESQL', 'PG', 'MYSQL', 'MARIADB', 'MONGO', 'MONGODB', 'REDIS', 'RABBITMQ',
  'RABBIT', 'AMQP', 'KAFKA', 'ELASTIC', 'ELASTICSEARCH', 'ES', 'OPENSEARCH', 'MEMCACHED', 'CLICKHOUSE', 'INFLUX', 'INFLUXDB', 'SMTP', 'MAIL',
  'EMAIL', 'IMAP', 'POP', 'POP3', 'LDAP', 'FTP', 'SFTP', 'SSH', 'PROXY', 'UPSTREAM', 'BACKEND', 'FRONTEND', 'API', 'REMOTE', 'TARGET', 'NATS',
  'MQTT', 'ZOOKEEPER', 'CASSANDRA', 'NEO4J', 'QDRANT', 'MILVUS', 'WEAVIATE', 'CHROMA', 'OLLAMA', 'MINIO', 'S3', 'VAULT', 'CONSUL', 'ETCD',
  'STATSD', 'JAEGER', 'OTEL', 'OTLP', 'SENTRY', 'SYSLOG', 'DOCKER', 'KUBE', 'K8S', 'DEBUG', 'INSPECT', 'ADMIN', 'HOST', 'CLIENT', 'PUBLIC',
  'EXTERNAL', 'EXPOSED', 'DEV', 'TEST', 'VITE', 'NEXT', 'REACT', 'WS', 'SOCKET', 'GRPC', 'RPC', 'TLS', 'SSL', 'HTTPS']);

/** The default of the one setting in the file named for the application's own port, for a listen call by name
 *  whose generic listen setting (PORT) is not there: `PORT = os.getenv('SPEEDTEST_PORT', 9800)` beside
 *  `start_http_server(port)`. Two such settings (a server and its client) leave the call unresolved. */
function appSettingDefault(text: string, matches: readonly RegExpMatchArray[], nameGroup: (match: RegExpMatchArray) => string): RegExpMatchArray | undefined {
  const own = matches.filter((match) => {
    const name = nameGroup(match).toUpperCase();
    const word = APP_PORT_SETTING.exec(name)?.[1];
    return word !== undefined && !NOT_OWN_PORT.has(word) && !LISTEN_SETTINGS.has(name);
  });
  const names = new Set(own.map((match) => nameGroup(match).toUpperCase()));
  if (names.size !== 1) return undefined;
  // Assigned to the server's port (`port = …`, `PORT = …`, `http_port = int(…)`), not to a client's (`daprPort = …`).
  return own.find((match) => {
    const line = text.slice(text.lastIndexOf('\n', match.index! - 1) + 1, match.index!);
    return /(?:^|[^\w.]|\bself\.|\bthis\.)(?:http_?|listen_?|server_?|app_?)?port\s*=\s*(?:\w+\(\s*)*$/i.test(line);
  });
}

/** Comments out: a `//` or `#` line says nothing about where the server listens. Very long lines (minified or
 *  generated code) are blanked too: they are not read, and the patterns stay linear in the file's length. */
function withoutCommentLines(text: string, language: CodeLanguage): string {
  const comment = language === 'python' ? /^[ \t]*#.*$/gm : /^[ \t]*(?:\/\/|\*|\/\*).*$/gm;
  return text.replace(comment, (line) => ' '.repeat(line.length)).replace(/^[^\n]{1000,}$/gm, (line) => ' '.repeat(line.length));
}

/** A server's port: below 80 a number in such a statement is more likely something else (a radix, a count). */
function valid(port: number): boolean {
  return port >= 80 && port <= 65535;
}

/** What one source file says about where it listens. */
export function codeListenPorts(path: string, rawText: string): CodeListening {
  const language = codeLanguageOf(path);
  const result: CodeListening = { ports: [], unresolved: false };
  if (!language || typeof rawText !== 'string' || rawText.length > 400_000) return result;
  const text = withoutCommentLines(rawText, language);
  const portOf = (match: RegExpMatchArray, group: number, setting: string): CodePort | undefined => {
    const port = Number(match[group]);
    if (!valid(port)) return undefined;
    const start = match.index! + match[0].lastIndexOf(match[group]);
    return { port, setting, start, end: start + match[group].length };
  };
  const add = (match: RegExpMatchArray, group: number, setting?: string) => {
    const port = Number(match[group]);
    if (!valid(port)) return;
    const start = match.index! + match[0].lastIndexOf(match[group]);
    result.ports.push(setting === undefined ? { port, start, end: start + match[group].length } : { port, setting, start, end: start + match[group].length });
  };
  if (language === 'node') {
    for (const match of text.matchAll(NODE_LISTEN_LITERAL)) add(match, 1);
    const envDefaults: RegExpMatchArray[] = [];
    for (const match of text.matchAll(NODE_ENV_DEFAULT)) {
      const name = match[1] ?? match[2];
      if (LISTEN_SETTINGS.has(name.toUpperCase())) envDefaults.push(match);
    }
    for (const match of envDefaults) add(match, 3, (match[1] ?? match[2]).toUpperCase());
    for (const match of text.matchAll(NODE_LISTEN_NAME)) {
      const name = match[1];
      const resolved = nodeNameResolves(text, name);
      if (typeof resolved !== 'object') result.unresolved = true;
      if (typeof resolved === 'object') result.ports.push(resolved);
    }
    if (result.unresolved && envDefaults.length === 0) {
      const own = appSettingDefault(text, [...text.matchAll(NODE_ENV_DEFAULT)], (match) => match[1] ?? match[2]);
      if (own) result.appSetting = portOf(own, 3, (own[1] ?? own[2]).toUpperCase());
    }
  } else if (language === 'python') {
    for (const match of text.matchAll(PYTHON_RUN_PORT)) add(match, 1);
    for (const match of text.matchAll(PYTHON_RUN_POSITIONAL)) add(match, 1);
    const envDefaults = [...text.matchAll(PYTHON_ENV_DEFAULT)].filter((match) => LISTEN_SETTINGS.has(match[1].toUpperCase()));
    for (const match of envDefaults) add(match, 2, match[1].toUpperCase());
    for (const match of text.matchAll(PYTHON_PROMETHEUS_LITERAL)) add(match, 1);
    const byName = PYTHON_RUN_NAME.test(text) || PYTHON_PROMETHEUS_NAME.test(text);
    PYTHON_RUN_NAME.lastIndex = 0;
    if (byName || PYTHON_RUN_DEFAULT.test(text)) result.unresolved = true;
    if (byName && envDefaults.length === 0) {
      const own = appSettingDefault(text, [...text.matchAll(PYTHON_ENV_DEFAULT)], (match) => match[1]);
      if (own) result.appSetting = portOf(own, 2, own[1].toUpperCase());
    }
  } else {
    for (const match of text.matchAll(GO_LISTEN_LITERAL)) add(match, 1);
    for (const match of text.matchAll(GO_RUN_NUMBER)) add(match, 1);
    const flags = [...text.matchAll(GO_FLAG_DEFAULT)];
    for (const match of flags) add(match, match[2] !== undefined ? 2 : match[3] !== undefined ? 3 : 5);
    // The platform's PORT (Cloud Run, Heroku) or a listen address built at run time: where it listens is not here.
    if (GO_ENV_PORT.test(text)) result.unknowable = true;
    if (flags.length === 0 && GO_LISTEN_NAME.test(text)) result.unresolved = true;
    GO_LISTEN_NAME.lastIndex = 0;
  }
  return result;
}

/** What an identifier given to `listen(` holds: a number assigned to it in the file, or unknown (a setting's
 *  default is counted by the caller). */
function nodeNameResolves(text: string, name: string): CodePort | 'unknown' {
  const last = name.slice(name.lastIndexOf('.') + 1);
  if (!/^[A-Za-z_$][\w$]*$/.test(last)) return 'unknown';
  // Declarations and plain assignments only: an object's `port: 5432` is often a client's.
  const assigned = new RegExp(`(?:\\b(?:const|let|var)\\s+|^[ \\t]*(?:this\\.)?)${last.replace(/\$/g, '\\$')}\\s*=\\s*([^\\n;,]*)`, 'gm');
  for (const match of text.matchAll(assigned)) {
    const value = match[1];
    const literal = /^(?:Number\(|parseInt\()?\s*['"]?(\d{2,5})['"]?\s*\)?\s*$/.exec(value.trim());
    if (literal && valid(Number(literal[1]))) {
      const start = match.index! + match[0].length - match[1].length + value.indexOf(literal[1]);
      return { port: Number(literal[1]), start, end: start + literal[1].length };
    }
  }
  return 'unknown';
}
