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

/** A name (a URL scheme without jdbc: and +driver, a driver setting's value, a key's prefix) to its protocol. */
function databaseNamed(name: string): Database | undefined {
  const word = name.toLowerCase();
  if (/^(?:postgres|postgresql|pgsql|pg|postgis|psql)$/.test(word)) return 'PostgreSQL';
  if (/^(?:mysql|mysql2|mysqli|mariadb)$/.test(word)) return 'MySQL';
  if (/^(?:mongo|mongodb)$/.test(word)) return 'MongoDB';
  if (/^(?:redis|rediss)$/.test(word)) return 'Redis';
  if (/^(?:mssql|sqlsrv|sqlserver)$/.test(word)) return 'SQL Server';
  if (/^(?:amqp|amqps|rabbitmq)$/.test(word)) return 'AMQP';
  return undefined;
}

/** `postgres://u:p@db:` before the port, `jdbc:postgresql://db:`, `mysql+pymysql://…@db:` (one host of a list too). */
const URL_BEFORE_PORT = /(?:jdbc:)?([a-z][a-z0-9]*)(?:\+[a-z0-9]+)?:\/\/[^\s'"`/?#]*:$/i;
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
  const settings = mentions.filter((m) => m.role === 'setting' && !m.implicit && m.endPort === undefined && DATABASE_ON.has(m.port));
  if (settings.length === 0) return findings;
  let drivers: ReturnType<typeof driversOf> | undefined;
  for (const mention of settings) {
    // The key, whatever the format writes before it (Compose's "environment DB_PORT", a Dockerfile's ENV).
    const key = (mention.context ?? '').trim().split(/\s+/).pop()!.toUpperCase();
    const lineStart = text.lastIndexOf('\n', mention.start - 1) + 1;
    const url = URL_BEFORE_PORT.exec(text.slice(lineStart, mention.start));
    let spoken: Spoken | undefined;
    if (url) {
      const database = databaseNamed(url[1]);
      if (database) spoken = { database, by: `the ${url[1].toLowerCase()}:// URL` };
    } else {
      const named = KEY_FOR_DATABASE.exec(key);
      const database = named ? databaseNamed(named[1] === 'PG' ? 'pg' : named[1]) : undefined;
      if (database) spoken = { database, by: key };
      else {
        const generic = GENERIC_PORT_KEY.exec(key);
        drivers ??= driversOf(text);
        const driver = generic ? drivers.get(generic[1]) : undefined;
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
