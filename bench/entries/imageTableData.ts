// The image table's data alone (its JSON in two strings, no code): what loading the table cannot cost less than.
export { IMAGE_KEYS_JSON, IMAGE_ROWS_JSON } from '../../src/core/images/generated/imageTable';
