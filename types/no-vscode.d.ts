/**
 * Layer guard. tsconfig.base.json maps the module name `vscode` to this file, so in every layer
 * except the extension client and its tests, `import ... from 'vscode'` type-checks against an
 * empty module and each use fails ("has no exported member", "does not exist on type"). The
 * language server, shared protocol, webview, benchmarks and fuzzer must run outside VS Code.
 * client/tsconfig.json and test/tsconfig.json clear the mapping.
 */
export declare const vscodeIsNotAvailableInThisLayer: unique symbol;
