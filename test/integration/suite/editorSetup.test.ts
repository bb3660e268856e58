// Root hooks for the whole suite: mocha runs a top-level before/after once around every file's tests.
// VS Code for the web saves an edited file after a second by default (files.autoSave "afterDelay"). Tests that
// edit a fixture and then revert it need the edit to stay unsaved however slow the machine is: a saved edit
// would survive the revert and leak into the tests after it.
import * as vscode from 'vscode';

before(async () => {
  await vscode.workspace.getConfiguration('files').update('autoSave', 'off', vscode.ConfigurationTarget.Global);
});

after(async () => {
  await vscode.workspace.getConfiguration('files').update('autoSave', undefined, vscode.ConfigurationTarget.Global);
});
