// Gathers what a scanner finds. Text reached through YAML aliases is read once per service that uses it,
// so the same problem can be found twice at the same place: it is reported once.
import type { Finding, PortMention, ScanResult } from '../types';
import { finding } from './scanners/host';

export class ScanCollector {
  readonly mentions: PortMention[] = [];
  readonly problems: Finding[] = [];
  private readonly problemKeys = new Set<string>();

  mention(m: PortMention): void {
    this.mentions.push(m);
  }

  problem(code: string, start: number, end: number, message: string, fix?: Finding['fix']): void {
    const key = `${code}@${start}:${end}`;
    if (this.problemKeys.has(key)) return;
    this.problemKeys.add(key);
    this.problems.push(finding(code, start, end, message, fix));
  }

  result(): ScanResult {
    return { mentions: this.mentions, problems: this.problems };
  }
}
