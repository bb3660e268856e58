// Run in a child process by the robustness test. Deeply nested YAML (about 1,000 flow brackets, or 1,500
// `- ` on one line) made the whole process abort: `yaml` composes nested collections recursively, and V8
// dies with "FATAL ERROR: RegExpCompiler Allocation failed" when it compiles one of yaml's regular
// expressions near the stack limit. No try/catch can stop that, so it would take the whole test run (or the
// extension host) down; here it only fails this test. Prints one JSON line: which inputs were read, and the
// cost from n to 8n of compose lines of brackets (the in-process linear-time test cannot try those).
import { scanCompose } from '../../src/core/formats/compose';
import { checkPorts } from '../../src/core/rules/checkPorts';
import { growth, measureScaling, type Scaling } from './linearTime';
import { patterns, slots } from './pathologicalInputs';
import { checkText } from './scanInvariants';
import '../../scripts/sourceDataFiles'; // the core's data files, from the sources

export const nestingInputs: { name: string; text: string }[] = [];
for (const depth of [1_000, 5_000, 50_000]) {
  for (const opener of ['[', '{', '[{', '- ', '? ']) {
    const nest = opener.repeat(depth);
    nestingInputs.push(
      { name: `${JSON.stringify(opener)}×${depth}`, text: nest },
      { name: `ports entry ${JSON.stringify(opener)}×${depth}`, text: `services:\n  web:\n    ports:\n      - ${nest}\n` },
    );
  }
}

if (require.main === module) {
  const report: { read: string[]; scaling: (Scaling & { name: string })[] } = { read: [], scaling: [] };
  for (let round = 0; round < 2; round++) {
    for (const input of nestingInputs) {
      scanCompose(input.text);
      checkPorts(input.text, 'compose');
      if (round === 1) report.read.push(input.name);
    }
  }
  const n = 4_000;
  for (const pattern of patterns.filter((p) => p.name === '[[[[…' || p.name === '{{{{…')) {
    for (const slot of slots.compose) {
      const build = (size: number) => slot.wrap(pattern.line(size));
      checkText(build(n * growth), 'compose');
      const scaling = measureScaling(build, n, (text) => {
        scanCompose(text);
        checkPorts(text, 'compose');
      });
      report.scaling.push({ name: `${slot.name}: ${pattern.name}`, ...scaling });
    }
  }
  process.stdout.write(`${JSON.stringify(report)}\n`);
}
