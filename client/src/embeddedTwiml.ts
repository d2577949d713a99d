/**
 * Which editors hold TwiML the preview can show: TwiML files, and code or templates (the
 * languages the server reads) with a `<Response`/`<?xml` in them. Sets the context key
 * `twiml.previewable` that shows the preview button and commands, so a Python file without
 * TwiML gets no TwiML button.
 */
import * as vscode from 'vscode';
import { HOST_LANGUAGE_IDS } from '../../shared/hostLanguages';
import { mayHoldTwiml } from '../../shared/twimlCandidates';

const HOSTS = new Set(HOST_LANGUAGE_IDS);

/** True for code and template documents the server looks into. */
export function isHostDocument(document: vscode.TextDocument): boolean {
  return HOSTS.has(document.languageId);
}

/**
 * True for code that talks to Twilio (the name appears in its first 64 kB): its webhook routes get
 * code lenses and the Conversation's status bar item shows, even when its TwiML is built with the
 * SDK and no `<Response` appears.
 */
export function isTwilioCode(document: vscode.TextDocument): boolean {
  return isHostDocument(document) && /twilio/i.test(document.getText().slice(0, 65_536));
}

/** True when the document is TwiML or may hold some. */
export function isPreviewable(document: vscode.TextDocument): boolean {
  if (document.languageId === 'twiml') return true;
  return isHostDocument(document) && mayHoldTwiml(document.getText());
}

/** Keeps `twiml.previewable` in step with the active editor (and its edits). */
export function registerPreviewableContext(): vscode.Disposable {
  let last: boolean | undefined;
  const update = (): void => {
    const document = vscode.window.activeTextEditor?.document;
    const value = document ? isPreviewable(document) : false;
    if (value !== last) void vscode.commands.executeCommand('setContext', 'twiml.previewable', (last = value));
  };
  update();
  return vscode.Disposable.from(
    vscode.window.onDidChangeActiveTextEditor(update),
    vscode.workspace.onDidChangeTextDocument((event) => {
      if (event.document === vscode.window.activeTextEditor?.document) update();
    }),
  );
}
