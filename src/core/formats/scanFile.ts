// One entry point over the four scanners: text and format in, mentions and reading problems out.
import type { ConfigFormat, PortMention, ScanResult } from '../types';
import { scanCompose } from './compose';
import { scanDockerfile } from './dockerfile';
import { scanNginx } from './nginx';
import { scanDotenv } from './dotenv';

const scanners: Record<ConfigFormat, (text: string) => ScanResult> = {
  compose: scanCompose,
  dockerfile: scanDockerfile,
  nginx: scanNginx,
  dotenv: scanDotenv,
};

/** Never throws: a scanner that fails on some input returns nothing rather than breaking the editor. */
export function scanFile(text: string, format: ConfigFormat): ScanResult {
  const scan = scanners[format];
  if (!scan) return { mentions: [], problems: [] };
  try {
    return scan(text);
  } catch {
    return { mentions: [], problems: [] };
  }
}

export function scanPorts(text: string, format: ConfigFormat): PortMention[] {
  return scanFile(text, format).mentions;
}
