// Validates a SARIF log against the SARIF 2.1.0 JSON schema that Microsoft's SARIF SDK publishes in
// @microsoft/jest-sarif (sarif-2.1.0-rtm.5.json, the schema SchemaStore serves for SARIF 2.1.0; a draft-04
// schema, hence Ajv's draft-04 class). Our own output is never the reference.
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { readFileSync } from 'node:fs';

const schemaPath = require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
const schema = JSON.parse(readFileSync(schemaPath, 'utf8'));
// The schema's language pattern has a stray `]`, valid only without the u flag.
const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(ajv);
const validate = ajv.compile(schema);

/** The schema's complaints, one line each; empty when the log is valid. */
export function sarifSchemaErrors(log: unknown): string[] {
  if (validate(log)) return [];
  return (validate.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message ?? ''} ${JSON.stringify(error.params)}`);
}
