// The image table's modules loaded anew, for the tests of how the generated rows arrive: with no table installed
// and nothing remembered, while the shared copies stay in place for the other tests. The table's code runs from its
// script (src/core/images/imageTableScript.ts): a fresh copy of that module runs the script again, with empty tables.
export type ImageModules = {
  table: typeof import('../../src/core/images/catalogTable');
  lookup: typeof import('../../src/core/images/lookupImage');
};

export function freshImageModules(): ImageModules {
  const paths = ['../../src/core/images/imageTableScript', '../../src/core/images/catalogTable', '../../src/core/images/lookupImage']
    .map((path) => require.resolve(path));
  const saved = paths.map((path) => require.cache[path]);
  for (const path of paths) delete require.cache[path];
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const modules = { table: require(paths[1]), lookup: require(paths[2]) } as ImageModules;
  paths.forEach((path, i) => {
    if (saved[i]) require.cache[path] = saved[i];
    else delete require.cache[path];
  });
  return modules;
}
