// Reads the `portLens.*` settings from the editor's configuration; the core maps them to options
// (src/core/settings.ts), the same mapping the command line applies to `.vscode/settings.json`.
import * as vscode from 'vscode';
import { portLensSettings, type PortLensSettings } from '../core';

export type { PortLensSettings } from '../core';

export function readSettings(scope?: vscode.ConfigurationScope): PortLensSettings {
  const config = vscode.workspace.getConfiguration('portLens', scope);
  return portLensSettings((name) => config.get<unknown>(name));
}
