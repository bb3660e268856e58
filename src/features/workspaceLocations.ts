// The model's places (`path`, offsets) as editor locations: the URI the index read the file from, and the
// line starts of the text it fed, so that files that are not open need no reading.
import * as vscode from 'vscode';
import type { PortLocation } from '../core';
import { positionIn } from './textPositions';
import type { WorkspaceIndex } from './workspaceIndex';

export function toLocation(index: WorkspaceIndex, place: PortLocation): vscode.Location | undefined {
  const file = index.file(place.path);
  if (!file) return undefined;
  return new vscode.Location(file.uri, new vscode.Range(positionIn(file.lineStarts, place.start), positionIn(file.lineStarts, place.end)));
}

/** 1-based, as people count lines (`compose.yaml:31`). */
export function lineNumberOf(index: WorkspaceIndex, place: PortLocation): number | undefined {
  const file = index.file(place.path);
  return file ? positionIn(file.lineStarts, place.start).line + 1 : undefined;
}
