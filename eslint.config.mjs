// ESLint: typescript-eslint's recommended rules, the two type-aware promise rules that catch real
// bugs in an extension (an un-awaited promise, a promise where a callback's return is ignored),
// and the layer rules: which folder may import what (ARCHITECTURE.md explains the layers).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** A `no-restricted-imports` rule forbidding `vscode`, and imports whose path matches `regexes`. */
function restrict(why, regexes, { vscode = true, node = false } = {}) {
  const patterns = regexes.map((regex) => ({ regex, message: why }));
  if (node)
    patterns.push({
      regex: '^(node:|fs$|path$|os$|child_process$|http$|https$|crypto$|url$)',
      message: 'Node is not available here.',
    });
  return [
    'error',
    {
      paths: vscode ? [{ name: 'vscode', message: 'Only client/ (the extension) may use the VS Code API.' }] : [],
      patterns,
    },
  ];
}

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'node_modules/**',
      'test/fixtures/**',
      'examples/**',
      'media/**',
      '.vscode-test/**',
      '**/*.d.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // node:test's test() returns a promise the runner itself awaits.
      '@typescript-eslint/no-floating-promises': [
        'error',
        {
          allowForKnownSafeCalls: [
            { from: 'package', name: ['test', 'describe', 'it', 'suite'], package: 'node:test' },
          ],
        },
      ],
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  // Tests load some modules with require(): untyped CommonJS packages (twilio) and the .mjs build
  // scripts from CommonJS test files. (The commands take an injected vscode port: no fake module.)
  { files: ['test/**/*.ts'], rules: { '@typescript-eslint/no-require-imports': 'off' } },
  {
    files: ['scripts/**/*.mjs', 'eslint.config.mjs'],
    // Node globals; `document` in the page functions Playwright runs in the browser.
    languageOptions: {
      globals: {
        console: 'readonly',
        process: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        Buffer: 'readonly',
        fetch: 'readonly',
        document: 'readonly',
      },
    },
  },
  // The pure TwiML service: never the host readers above it, the client, or VS Code.
  {
    files: ['server/src/parser/**', 'server/src/data/**', 'server/src/analysis/**', 'server/src/services/**'],
    rules: {
      'no-restricted-imports': restrict(
        'parser/, data/, analysis/ and services/ must not import the layers above them (embedded/, the server, the CLI) or the client.',
        ['/embedded/', '/cli/', '(^|/)server$', '/client/'],
      ),
    },
  },
  // The host readers use the service only through its facade, languageService.ts.
  {
    files: ['server/src/embedded/**'],
    rules: {
      'no-restricted-imports': restrict('embedded/ uses the TwiML service through languageService.ts only.', [
        '/services/',
        '/client/',
      ]),
    },
  },
  {
    files: ['server/**'],
    ignores: [
      'server/src/parser/**',
      'server/src/data/**',
      'server/src/analysis/**',
      'server/src/services/**',
      'server/src/embedded/**',
    ],
    rules: { 'no-restricted-imports': restrict('The server does not import the client.', ['/client/']) },
  },
  // The webhook engine runs outside VS Code (twiml-sim): never the extension.
  {
    files: ['webhook/**'],
    rules: {
      'no-restricted-imports': restrict('webhook/ is pure Node: it does not import the extension.', ['/client/']),
    },
  },
  // Shared by server, client and webview: plain data and pure functions.
  {
    files: ['shared/**'],
    rules: {
      'no-restricted-imports': restrict(
        'shared/ imports nothing of the layers that use it.',
        ['/server/', '/client/'],
        { node: true },
      ),
    },
  },
  // The webview: DOM only, and nothing of the extension but the shared contract.
  {
    files: ['client/preview-src/**', 'client/conversation-src/**'],
    rules: {
      'no-restricted-imports': restrict(
        'The webview imports only shared/ (the message contract) and its own files.',
        ['^\\.\\./src/', '/client/src/', '/server/'],
        { node: true },
      ),
    },
  },
);
