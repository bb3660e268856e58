// The image table's modules loaded anew, for the tests of how the generated rows arrive: with no table installed
// and nothing remembered, while the shared copies stay in place for the other tests.
export type ImageModules = {
  table: typeof import('../../src/core/images/catalogTable');
  lookup: typeof import('../../src/core/images/lookupImage');
};

export function freshImageModules(): ImageModules {
  const tablePath = require.resolve('../../src/core/images/catalogTable');
  const lookupPath = require.resolve('../../src/core/images/lookupImage');
  const saved = [require.cache[tablePath], require.cache[lookupPath]];
  delete require.cache[tablePath];
  delete require.cache[lookupPath];
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const modules = { table: require(tablePath), lookup: require(lookupPath) } as ImageModules;
  if (saved[0]) require.cache[tablePath] = saved[0];
  if (saved[1]) require.cache[lookupPath] = saved[1];
  return modules;
}
