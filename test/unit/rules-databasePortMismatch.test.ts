// route-protocol-mismatch for database connections: a setting that speaks one database's protocol to another
// database's well-known port. The positive is shaped after a real fix (Lychee's .env.postgresql.travis:
// DB_CONNECTION=pgsql beside DB_PORT=3306, "fix postgresql port"); the negatives keep precision.
import assert from 'assert';
import { checkPorts } from '../../src/core/rules/checkPorts';
import type { ConfigFormat } from '../../src/core/types';
import { applyEdits } from './applyEdits';

const mismatches = (text: string, format: ConfigFormat = 'dotenv') =>
  checkPorts(text, format).filter((f) => f.code === 'route-protocol-mismatch');
const at = (text: string, format: ConfigFormat = 'dotenv') => mismatches(text, format).map((f) => text.slice(f.start, f.end));

describe('route-protocol-mismatch: a database connection on another database\'s port', () => {
  it('reports a generic DB_PORT that a driver setting of the same prefix contradicts, naming both, with a fix', () => {
    const text = 'APP_ENV=testing\n\nDB_CONNECTION=pgsql\nDB_HOST=localhost\nDB_PORT=3306\nDB_DATABASE=homestead_test\n';
    const [finding, ...rest] = mismatches(text);
    assert.strictEqual(rest.length, 0);
    assert.strictEqual(text.slice(finding.start, finding.end), '3306');
    assert.match(finding.message, /DB_PORT/);
    assert.match(finding.message, /DB_CONNECTION=pgsql/);
    assert.match(finding.message, /MySQL/);
    assert.match(finding.message, /PostgreSQL, which listens on 5432/);
    assert.doesNotMatch(finding.message, /`/);
    assert.strictEqual(applyEdits(text, finding.fix!.edits), text.replace('DB_PORT=3306', 'DB_PORT=5432'));
  });

  it('reports a URL whose scheme speaks one database to another\'s port (jdbc:, +driver, a host list)', () => {
    assert.deepStrictEqual(at('DATABASE_URL=postgres://app:secret@db:3306/app\n'), ['3306']);
    assert.deepStrictEqual(at('SPRING_DATASOURCE_URL=jdbc:mysql://mysql:5432/shop?useSSL=false\n'), ['5432']);
    assert.deepStrictEqual(at('SQLALCHEMY_URL=postgresql+psycopg2://u:p@pg:27017/db\n'), ['27017']);
    assert.deepStrictEqual(at('MONGO_URL=mongodb://a:27017,b:3306/db?replicaSet=rs0\n'), ['3306']);
    assert.deepStrictEqual(at('CELERY_BROKER_URL=redis://cache:5672/0\n'), ['5672']);
    assert.match(mismatches('DATABASE_URL=postgres://app:secret@db:3306/app\n')[0].message, /postgres:\/\/ URL speaks PostgreSQL to port 3306, the port of MySQL/);
  });

  it('reports a key named for one database set to another\'s port, in Compose too', () => {
    assert.deepStrictEqual(at('REDIS_PORT=5432\n'), ['5432']);
    const compose = 'services:\n  app:\n    image: example/app:1\n    environment:\n      POSTGRES_PORT: 3306\n      MYSQL_PORT: 3306\n';
    assert.deepStrictEqual(at(compose, 'compose'), ['3306']);
  });

  it('is quiet where the statements agree, or say nothing of the protocol', () => {
    assert.deepStrictEqual(at('DB_CONNECTION=mysql\nDB_PORT=3306\nREDIS_PORT=6379\nDATABASE_URL=postgres://u@db:5432/x\n'), []);
    // A port that stands for no other database (PgBouncer's 6432, a moved MySQL on 3307).
    assert.deepStrictEqual(at('DB_CONNECTION=pgsql\nDB_PORT=6432\nMYSQL_PORT=3307\n'), []);
    // No driver setting: DB_PORT alone says nothing of the protocol.
    assert.deepStrictEqual(at('DB_HOST=db\nDB_PORT=5432\nAPP_PORT=3306\n'), []);
    // Two drivers of one prefix (a file for both databases): no guess.
    assert.deepStrictEqual(at('DB_CONNECTION=pgsql\nDB_CONNECTION=mysql\nDB_PORT=3306\n'), []);
    // A driver of another prefix does not decide DB_PORT.
    assert.deepStrictEqual(at('TYPEORM_CONNECTION=postgres\nDB_PORT=3306\n'), []);
    // HTTP and other schemes are not databases; a name that merely contains a database's (PGBOUNCER_PORT) neither.
    assert.deepStrictEqual(at('API_URL=http://api:5432/\nPGBOUNCER_PORT=3306\nREDIS_COMMANDER_PORT=5432\n'), []);
    // The database's own port where it is the one named (MongoDB's URL on 27017).
    assert.deepStrictEqual(at('MONGO_URL=mongodb://mongo:27017/db\nAMQP_URL=amqp://guest:guest@rabbit:5672/\n'), []);
  });

  it('never throws on odd input', () => {
    for (const text of ['', 'DB_PORT=', '=3306', 'postgres://:3306', 'DB_CONNECTION=\nDB_PORT=3306', '://:5432\n'.repeat(50)]) {
      assert.doesNotThrow(() => mismatches(text));
    }
  });
});
