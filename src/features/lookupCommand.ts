// `Port Lens: Look Up Port…`: search the registry by number, name or words, then show the whole entry
// with actions to copy the port or insert it at the cursor.
import * as vscode from 'vscode';
import { mentionAt, searchPorts, type PortInfo } from '../core';
import { type DocumentAnalyses } from './documentAnalyses';
import { lookupEntryText } from './lookupEntryText';

interface PortItem extends vscode.QuickPickItem {
  info: PortInfo;
}

const resultLimit = 50;

export function registerLookupCommand(analyses: DocumentAnalyses): vscode.Disposable {
  return vscode.commands.registerCommand('portLens.lookup', async (query?: unknown) => {
    const editor = vscode.window.activeTextEditor;
    const initial = typeof query === 'string' ? query : portUnderCursor(editor, analyses);
    const picked = await pickPort(initial ?? '');
    if (!picked) return undefined;
    void showEntry(picked, editor);
    return picked.port;
  });
}

function portUnderCursor(editor: vscode.TextEditor | undefined, analyses: DocumentAnalyses): string | undefined {
  if (!editor) return undefined;
  const outcome = analyses.analyse(editor.document);
  if (outcome.kind !== 'analysed') return undefined;
  const mention = mentionAt(outcome.result.sortedMentions, editor.document.offsetAt(editor.selection.active));
  return mention ? String(mention.port) : undefined;
}

function pickPort(initial: string): Promise<PortInfo | undefined> {
  return new Promise((resolve) => {
    const picker = vscode.window.createQuickPick<PortItem>();
    picker.title = 'Port Lens: Look Up Port';
    picker.placeholder = 'A port number, a service name or words, e.g. 5432, kafka, mqtt broker';
    picker.matchOnDescription = true;
    picker.matchOnDetail = true;
    const update = (value: string) => {
      picker.items = value.trim() ? searchPorts(value, resultLimit).map(toItem) : [];
    };
    picker.onDidChangeValue(update);
    let accepted: PortInfo | undefined;
    picker.onDidAccept(() => {
      accepted = picker.selectedItems[0]?.info ?? picker.activeItems[0]?.info;
      picker.hide();
    });
    picker.onDidHide(() => {
      picker.dispose();
      resolve(accepted);
    });
    picker.value = initial;
    update(initial);
    picker.show();
  });
}

function toItem(info: PortInfo): PortItem {
  const names = [...new Set(info.services.map((service) => service.name))];
  return {
    label: String(info.port),
    description: names.length > 0 ? names.slice(0, 4).join(', ') + (names.length > 4 ? ', …' : '') : 'unassigned',
    detail: `${info.class} · ${info.services[0]?.description ?? 'No service is registered on this port.'}`,
    // Our own search ranks the results; the picker's label filter would hide matches by name or words.
    alwaysShow: true,
    info,
  };
}

async function showEntry(info: PortInfo, editor: vscode.TextEditor | undefined): Promise<void> {
  const copy = 'Copy Port';
  const insert = 'Insert at Cursor';
  const actions = editor ? [copy, insert] : [copy];
  // References (RFC 9110…) are written `[label](url)`, which a notification shows as a link.
  const choice = await vscode.window.showInformationMessage(lookupEntryText(info), ...actions);
  if (choice === copy) {
    await vscode.env.clipboard.writeText(String(info.port));
  } else if (choice === insert && editor && !editor.document.isClosed) {
    await editor.edit((builder) => {
      for (const selection of editor.selections) builder.replace(selection, String(info.port));
    });
  }
}
