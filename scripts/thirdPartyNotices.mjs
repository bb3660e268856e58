// A bundle contains other people's code: their licences travel with it, in a THIRD-PARTY-NOTICES.txt beside it.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** `inputs` are the keys of esbuild's metafile inputs (paths relative to the working folder). */
export function writeThirdPartyNotices(outfile, heading, inputs) {
  const packages = new Set();
  for (const input of inputs) {
    const match = /^node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input);
    if (match) packages.add(match[1]);
  }
  const sections = [...packages].sort().map((name) => {
    const folder = join('node_modules', name);
    const { version, license } = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8'));
    const licenseFile = readdirSync(folder).find((file) => /^licen[cs]e(\.|$)/i.test(file));
    const text = licenseFile && existsSync(join(folder, licenseFile)) ? readFileSync(join(folder, licenseFile), 'utf8').trim() : `License: ${license}`;
    return `${name} ${version} (${license})\n\n${text}\n`;
  });
  writeFileSync(outfile, `${heading}\n\n${sections.join('\n' + '-'.repeat(72) + '\n\n')}`);
}
