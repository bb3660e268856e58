// Ports of databases, caches, queues and admin interfaces: services that should not face the internet,
// usually ship without authentication or with default credentials, and are scanned for constantly.
// Each row says what listens there and why publishing it on every interface is risky.

export interface SensitivePort {
  port: number;
  /** What usually listens there, as users would name it. */
  what: string;
  /** Why it should stay local. */
  why: string;
  /** For numbers that many other programs also listen on by default (Duplicati on 8200, Portainer and SonarQube
   *  on 9000): words in the image names of the software meant. A service whose image names none of them is not
   *  judged by this number, since it most likely runs one of the others. */
  imageWords?: string[];
}

const rows: SensitivePort[] = [
  { port: 1433, what: 'Microsoft SQL Server', why: 'a database; brute-forced against the sa account constantly' },
  { port: 1521, what: 'Oracle Database', why: 'a database listener' },
  { port: 2181, what: 'ZooKeeper', why: 'cluster coordination without authentication by default' },
  { port: 2375, what: 'the Docker Engine API (plain HTTP)', why: 'anyone who reaches it controls the host as root' },
  { port: 2376, what: 'the Docker Engine API (TLS)', why: 'full control of the host if the certificates leak' },
  { port: 2379, what: 'etcd', why: 'cluster state and secrets, often without client authentication' },
  { port: 2380, what: 'etcd peer traffic', why: 'cluster membership, meant for the cluster network only' },
  { port: 3306, what: 'MySQL/MariaDB', why: 'a database, brute-forced constantly' },
  { port: 4222, what: 'NATS', why: 'a message broker without authentication by default' },
  { port: 5432, what: 'PostgreSQL', why: 'a database, brute-forced constantly' },
  { port: 5672, what: 'RabbitMQ (AMQP)', why: 'a message broker shipped with default guest credentials' },
  { port: 5984, what: 'CouchDB', why: 'a database with an HTTP admin API' },
  { port: 6379, what: 'Redis', why: 'without a password anyone who reaches it can read data and run commands' },
  { port: 7474, what: 'Neo4j (HTTP browser)', why: 'a database admin interface' },
  { port: 7687, what: 'Neo4j (Bolt)', why: 'a database' },
  { port: 8086, what: 'InfluxDB', why: 'a time-series database and its HTTP API', imageWords: ['influx'] },
  { port: 8123, what: 'ClickHouse (HTTP)', why: 'a database; the default user has no password', imageWords: ['clickhouse'] },
  { port: 8200, what: 'HashiCorp Vault', why: 'the secrets store itself', imageWords: ['vault'] },
  { port: 8500, what: 'Consul (HTTP API and UI)', why: 'service catalogue and key/value store, open by default' },
  { port: 9000, what: 'ClickHouse (native) or MinIO (API)', why: 'a database or object store', imageWords: ['clickhouse', 'minio'] },
  { port: 9001, what: 'the MinIO console', why: 'the object store admin interface', imageWords: ['minio'] },
  { port: 9042, what: 'Cassandra (CQL)', why: 'a database shipped with default cassandra credentials' },
  { port: 9092, what: 'Kafka', why: 'a message broker without authentication by default' },
  { port: 9200, what: 'Elasticsearch (HTTP)', why: 'a search database, a frequent source of data leaks', imageWords: ['elastic', 'opensearch'] },
  { port: 9300, what: 'Elasticsearch (transport)', why: 'cluster traffic, meant for the cluster network only', imageWords: ['elastic', 'opensearch'] },
  { port: 11211, what: 'memcached', why: 'a cache without authentication, abused for traffic amplification' },
  { port: 15672, what: 'the RabbitMQ management UI', why: 'an admin interface with default guest credentials' },
  { port: 27017, what: 'MongoDB', why: 'a database, a frequent source of data leaks' },
];

const byPort = new Map(rows.map((row) => [row.port, row]));
const ordered = rows.map((row) => row.port).sort((a, b) => a - b);

export const SENSITIVE_PORTS: readonly SensitivePort[] = rows;

/** The first sensitive port in [low, high], or undefined. */
export function sensitivePortIn(low: number, high: number): SensitivePort | undefined {
  for (const port of ordered) {
    if (port > high) return undefined;
    if (port >= low) return byPort.get(port);
  }
  return undefined;
}
