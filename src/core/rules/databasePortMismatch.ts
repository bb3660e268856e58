// route-protocol-mismatch for database connections: a connection setting that speaks one database's protocol
// to the well-known port of another (DB_CONNECTION=pgsql beside DB_PORT=3306, postgres://db:3306/app,
// REDIS_PORT=5432). The server on the other end is the other database, or nothing: either way the client's
// handshake fails. Only the protocol a statement itself names counts (a URL's scheme, a key named for the
// database, or one driver setting of the same file), and only ports that stand for one database alone.
import type { Finding, PortMention } from '../types';
import { finding } from '../catalogue';

type Database = 'PostgreSQL' | 'MySQL' | 'MongoDB' | 'Redis' | 'SQL Server' | 'AMQP';

/** Each database's default port (IANA: postgresql 5432, mysql 3306, mongodb 27017, ms-sql-s 1433, amqp 5672;
 *  Redis's documentation: 6379). */
const DEFAULT_PORT: Record<Database, number> = {
  PostgreSQL: 5432, MySQL: 3306, MongoDB: 27017, Redis: 6379, 'SQL Server': 1433, AMQP: 5672,
};
const DATABASE_ON: ReadonlyMap<number, Database> = new Map(
  (Object.entries(DEFAULT_PORT) as [Database, number][]).map(([database, port]) => [port, database]));

/** A name (a URL scheme without jdbc: and +driver, a driver setting's value, a key's prefix) to its protocol: a map,
 *  as it is asked for every database port of a file. */
const DATABASE_NAMES: ReadonlyMap<string, Database> = new Map([
  ...['postgres', 'postgresql', 'pgsql', 'pg', 'postgis', 'psql'].map((name) => [name, 'PostgreSQL'] as const),
  ...['mysql', 'mysql2', 'mysqli', 'mariadb'].map((name) => [name, 'MySQL'] as const),
  ...['mongo', 'mongodb'].map((name) => [name, 'MongoDB'] as const),
  ...['redis', 'rediss'].map((name) => [name, 'Redis'] as const),
  ...['mssql', 'sqlsrv', 'sqlserver'].map((name) => [name, 'SQL Server'] as const),
  ...['amqp', 'amqps', 'rabbitmq'].map((name) => [name, 'AMQP'] as const),
]);

function databaseNamed(name: string): Database | undefined {
  return DATABASE_NAMES.get(name.toLowerCase());
}

const isSchemeCharacter = (code: number): boolean =>
  (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 43;
/** Whitespace, quotes, `/`, `?` and `#`: what a URL's authority (user, password, host) cannot hold. */
const notAuthority = (code: number): boolean =>
  code <= 32 || code === 39 || code === 34 || code === 96 || code === 47 || code === 63 || code === 35;

/** The scheme of the URL whose port starts at `portStart` in `text` (`postgres` of `postgres://u:p@db:5432`,
 *  `postgresql` of `jdbc:postgresql://db:5432`, `mysql` of `mysql+pymysql://…@db:3306`, one host of a list too), or
 *  undefined. Read from the last `://` backwards by character codes, without a pattern tried at every place of the
 *  line or a copy of it: the check runs for every database port of a file, and a big .env holds thousands. */
function schemeBefore(text: string, portStart: number): string | undefined {
  if (text.charCodeAt(portStart - 1) !== 58) return undefined;
  const separator = text.lastIndexOf('://', portStart - 1);
  if (separator < 0) return undefined;
  for (let at = separator + 3; at < portStart - 1; at++) if (notAuthority(text.charCodeAt(at))) return undefined;
  let start = separator;
  while (start > 0 && isSchemeCharacter(text.charCodeAt(start - 1))) start--;
  // One `+driver` after the scheme at most (mysql+pymysql), and a letter first.
  const words = text.slice(start, separator).split('+');
  const scheme = (words.length >= 2 ? words[words.length - 2] : words[0]).replace(/^[^A-Za-z]+/, '');
  return scheme === '' ? undefined : scheme;
}

/** A key named for one database's port: POSTGRES_PORT, PGPORT, MYSQL_PORT, REDIS_PORT … (also after a prefix: APP_REDIS_PORT). */
const KEY_FOR_DATABASE = /(?:^|_)(POSTGRES|POSTGRESQL|PG|MYSQL|MARIADB|MONGO|MONGODB|REDIS|MSSQL|RABBITMQ|AMQP)_?PORT$/;
/** The generic port keys a driver setting of the same prefix decides (Laravel's DB_PORT beside DB_CONNECTION). */
const GENERIC_PORT_KEY = /^(DB|DATABASE|TYPEORM)_PORT$/;
/** Driver settings: DB_CONNECTION=pgsql, DATABASE_TYPE=postgres, TYPEORM_CONNECTION=mysql (in .env or Compose). */
const DRIVER_SETTING = /^[ \t]*(?:-[ \t]*)?(?:export[ \t]+)?["']?(DB|DATABASE|TYPEORM)_(?:CONNECTION|DRIVER|TYPE|ENGINE|DIALECT|CLIENT)["']?[ \t]*[=:][ \t]*["']?([A-Za-z0-9]+)["']?[ \t]*(?:#.*)?$/gm;

interface Spoken { database: Database; by: string }

/** The one database the file's driver settings name, per prefix; none when they name several. */
function driversOf(text: string): Map<string, { database: Database; line: string }> {
  const found = new Map<string, { database: Database; line: string } | null>();
  for (const match of text.matchAll(DRIVER_SETTING)) {
    const database = databaseNamed(match[2]);
    const prefix = match[1];
    const before = found.get(prefix);
    if (database === undefined || (before !== undefined && (before === null || before.database !== database))) {
      found.set(prefix, null);
      continue;
    }
    if (before === undefined) found.set(prefix, { database, line: match[0].trim().replace(/^-\s*/, '') });
  }
  const drivers = new Map<string, { database: Database; line: string }>();
  for (const [prefix, value] of found) if (value) drivers.set(prefix, value);
  return drivers;
}

export function databasePortMismatch(mentions: readonly PortMention[], text: string): Finding[] {
  const findings: Finding[] = [];
  const settings = mentions.filter((m) => DATABASE_ON.has(m.port) && m.role === 'setting' && !m.implicit && m.endPort === undefined);
  if (settings.length === 0) return findings;
  let drivers: ReturnType<typeof driversOf> | undefined;
  for (const mention of settings) {
    const scheme = schemeBefore(text, mention.start);
    // The key, whatever the format writes before it (Compose's "environment DB_PORT", a Dockerfile's ENV): read only
    // for a port that is not in a URL, as most database ports of a big file are.
    let key = '';
    let spoken: Spoken | undefined;
    if (scheme) {
      const database = databaseNamed(scheme);
      if (database) spoken = { database, by: `the ${scheme.toLowerCase()}:// URL` };
    } else {
      const context = (mention.context ?? '').trimEnd();
      key = context.slice(Math.max(context.lastIndexOf(' '), context.lastIndexOf('\t')) + 1).toUpperCase();
      const named = KEY_FOR_DATABASE.exec(key);
      const database = named ? databaseNamed(named[1] === 'PG' ? 'pg' : named[1]) : undefined;
      if (database) spoken = { database, by: key };
      else {
        // The file's driver settings are read once, and only for a generic key they decide.
        const generic = GENERIC_PORT_KEY.exec(key);
        const driver = generic ? (drivers ??= driversOf(text)).get(generic[1]) : undefined;
        if (driver) spoken = { database: driver.database, by: driver.line };
      }
    }
    const other = DATABASE_ON.get(mention.port)!;
    if (!spoken || spoken.database === other) continue;
    const right = DEFAULT_PORT[spoken.database];
    const message = spoken.by.includes('URL')
      ? `${spoken.by.replace(/^the/, 'The')} speaks ${spoken.database} to port ${mention.port}, the port of ${other}: `
        + `${spoken.database} listens on ${right} unless its server is told otherwise.`
      : `${key || 'This setting'} connects to port ${mention.port}, the port of ${other}, but ${spoken.by === key ? 'its name says' : spoken.by + ' says'} `
        + `the connection speaks ${spoken.database}, which listens on ${right} unless its server is told otherwise.`;
    const fix = text.slice(mention.start, mention.end) === String(mention.port)
      ? { title: `Use ${spoken.database}'s port ${right}`, edits: [{ start: mention.start, end: mention.end, newText: String(right) }] }
      : undefined;
    findings.push(finding('route-protocol-mismatch', mention.start, mention.end, message, fix));
  }
  return findings;
}
