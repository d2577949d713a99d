/**
 * The few request shapes the editor features need that live in `vscode-languageserver-protocol`
 * rather than `vscode-languageserver-types`. Declared here structurally (identical to LSP 3.17)
 * so the pure service depends only on the types package.
 */
import type { Range } from 'vscode-languageserver-types';

/** LSP `CompletionTriggerKind`. */
export const CompletionTriggerKind = { Invoked: 1, TriggerCharacter: 2, TriggerForIncompleteCompletions: 3 } as const;

/** LSP `CompletionContext`: why completion was asked for. */
export interface CompletionContext {
  triggerKind: 1 | 2 | 3;
  /** Set when `triggerKind` is TriggerCharacter. */
  triggerCharacter?: string;
}

/** LSP `LinkedEditingRanges`: ranges edited together, and what they may contain. */
export interface LinkedEditingRanges {
  ranges: Range[];
  wordPattern?: string;
}
