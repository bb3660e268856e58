// `Port Lens: Look Up Port…`: search the registry by number, name or words (the results in the core's order, or
// why there are none), then show the port's entry in a second picker, one row per service, with actions to copy
// the port or insert it at the cursor, and each service's documentation a pick away.
import * as vscode from 'vscode';
import { mentionAt, type PortInfo } from '../core';
import { type DocumentAnalyses } from './documentAnalyses';
import { entryRows, entryTitle, lookupRows, type LookupRow } from './lookupItems';

type Row = vscode.QuickPickItem & LookupRow & { action?: 'copy' | 'insert' };

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
    const picker = vscode.window.createQuickPick<Row>();
    picker.title = 'Port Lens: Look Up Port';
    picker.placeholder = 'A port number, a service name or words, e.g. 5432, kafka, web server';
    picker.matchOnDescription = true;
    picker.matchOnDetail = true;
    const update = (value: string) => {
      // The core ranks and filters; alwaysShow keeps the picker's own filter from hiding matches by words.
      picker.items = value.trim() ? lookupRows(value, resultLimit).map((row) => ({ ...row, alwaysShow: true })) : [];
    };
    picker.onDidChangeValue(update);
    let accepted: PortInfo | undefined;
    picker.onDidAccept(() => {
      accepted = picker.selectedItems[0]?.info ?? picker.activeItems[0]?.info;
      // The row that says why nothing was found is no port: the picker stays open for another try.
      if (accepted) picker.hide();
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

/** The entry, readable: a picker titled with the port and its range, the actions first, then one row per service
 *  with its description below it; picking a service opens its documentation. */
async function showEntry(info: PortInfo, editor: vscode.TextEditor | undefined): Promise<void> {
  const actions: Row[] = [{ label: `$(copy) Copy Port ${info.port}`, action: 'copy' }];
  if (editor) actions.push({ label: `$(insert) Insert ${info.port} at Cursor`, action: 'insert' });
  const services: Row[] = entryRows(info).map((row) => ({ ...row, alwaysShow: true }));
  const choice = await vscode.window.showQuickPick<Row>(
    [...actions, { label: 'Services on this port', kind: vscode.QuickPickItemKind.Separator }, ...services],
    { title: entryTitle(info), placeHolder: `Port ${info.port}: copy it, insert it, or open a service's documentation`, matchOnDescription: true, matchOnDetail: true },
  );
  if (choice?.action === 'copy') {
    await vscode.env.clipboard.writeText(String(info.port));
  } else if (choice?.action === 'insert' && editor && !editor.document.isClosed) {
    await editor.edit((builder) => {
      for (const selection of editor.selections) builder.replace(selection, String(info.port));
    });
  } else if (choice?.url) {
    await vscode.env.openExternal(vscode.Uri.parse(choice.url));
  }
}
