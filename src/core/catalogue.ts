// Every check Port Lens makes, with its stable code and default severity (eslint's model): the codes are
// the diagnostic codes users see and the keys of the `portLens.rules` setting, so they never change meaning.
// Their descriptions are in ruleDescriptions.ts: the editor shows package.json's copy of them (the settings UI), so
// only the command line (SARIF) and the tests need them, and every bundle that makes findings used to carry 10 KB of
// them (docs/benchmarks.md, "On the s14-17 branch").
// It lies below the scanners (formats/), the rules (rules/) and the workspace model (workspace/), which all
// make findings with `finding`.
import type { Finding, Severity } from './types';

/** Each rule's code and default severity, in the order the README, package.json and SARIF list them. */
export const DEFAULT_SEVERITIES: ReadonlyMap<string, Severity> = new Map<string, Severity>([
  ['invalid-port', 'error'],
  ['invalid-protocol', 'error'],
  ['range-mismatch', 'error'],
  ['dynamic-range', 'warning'],
  ['host-port-conflict', 'error'],
  ['yaml-base60', 'warning'],
  ['exposed-all-interfaces', 'warning'],
  ['privileged-host-port', 'info'],
  ['expose-mapping', 'warning'],
  ['network-mode-host-ports', 'warning'],
  ['container-port-mismatch', 'warning'],
  ['unset-variable', 'hint'],
  ['unreachable-port', 'warning'],
  ['udp-published-as-tcp', 'warning'],
  ['route-protocol-mismatch', 'warning'],
  ['expose-contradicts-config', 'warning'],
  ['invalid-port-name', 'error'],
  ['duplicate-port', 'error'],
  ['node-port-range', 'error'],
  ['node-port-conflict', 'error'],
  ['undefined-port-name', 'error'],
  ['backend-port-missing', 'error'],
  ['target-port-undeclared', 'warning'],
  ['crossed-target-port', 'warning'],
]);

export function defaultSeverity(code: string): Severity {
  return DEFAULT_SEVERITIES.get(code) ?? 'warning';
}

/** A finding at its rule's default severity; `checkPorts` applies the user's severities later. */
export function finding(code: string, start: number, end: number, message: string, fix?: Finding['fix']): Finding {
  return fix ? { code, severity: defaultSeverity(code), message, start, end, fix }
    : { code, severity: defaultSeverity(code), message, start, end };
}
