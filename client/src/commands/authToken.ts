/**
 * The Twilio Auth Token used to sign replayed webhooks. It lives in VS Code's SecretStorage
 * (the OS keychain), never in settings, and is never printed.
 */
import type * as vscode from 'vscode';
import type { VscodePort } from './port';
import type { CommandHandlers } from './registry';

/** SecretStorage key of the token. */
export const AUTH_TOKEN_SECRET_KEY = 'twiml.replay.authToken';

/**
 * The token to sign with: the stored one, else `TWILIO_AUTH_TOKEN` from the environment (the
 * variable twilio-node's webhook middleware reads too), else undefined.
 */
export async function getAuthToken(context: vscode.ExtensionContext): Promise<string | undefined> {
  let stored: string | undefined;
  try {
    stored = await context.secrets.get(AUTH_TOKEN_SECRET_KEY);
  } catch {
    // No keychain (e.g. some remote or web hosts): fall back to the environment.
  }
  const token = stored || process.env.TWILIO_AUTH_TOKEN;
  return token ? token : undefined;
}

/** Asks for the token (masked input) and stores it. @returns true when one was stored */
export async function promptForAuthToken(vscode: VscodePort, context: vscode.ExtensionContext): Promise<boolean> {
  const value = await vscode.window.showInputBox({
    title: 'Twilio Auth Token',
    prompt: 'Used only to compute X-Twilio-Signature for replayed webhooks; kept in the OS keychain.',
    password: true,
    ignoreFocusOut: true,
    validateInput: (text) => {
      const token = text.trim();
      if (token === '') return 'Enter the Auth Token from the Twilio Console.';
      // Twilio Auth Tokens are 32 hex digits; anything else is allowed but probably a mistake.
      if (!/^[0-9a-fA-F]{32}$/.test(token)) {
        return {
          message: 'Auth Tokens are usually 32 hexadecimal characters.',
          severity: vscode.InputBoxValidationSeverity.Warning,
        };
      }
      return undefined;
    },
  });
  if (value === undefined || value.trim() === '') return false;
  await context.secrets.store(AUTH_TOKEN_SECRET_KEY, value.trim());
  void vscode.window.showInformationMessage('Twilio Auth Token saved; replayed webhooks are now signed.');
  return true;
}

/** Removes the stored token. */
export async function clearAuthToken(vscode: VscodePort, context: vscode.ExtensionContext): Promise<void> {
  await context.secrets.delete(AUTH_TOKEN_SECRET_KEY);
  const fallback = process.env.TWILIO_AUTH_TOKEN ? ' TWILIO_AUTH_TOKEN from the environment is still used.' : '';
  void vscode.window.showInformationMessage(`Twilio Auth Token cleared.${fallback}`);
}

/** The handlers of `twiml.setAuthToken` and `twiml.clearAuthToken`. */
export function authTokenCommands(vscode: VscodePort, context: vscode.ExtensionContext): CommandHandlers<'authToken'> {
  return {
    'twiml.setAuthToken': () => promptForAuthToken(vscode, context),
    'twiml.clearAuthToken': () => clearAuthToken(vscode, context),
  };
}
