/** Command-line arguments of `twiml-lint`. */
import { DEFAULT_SETTINGS, isDialectSetting, type DialectSetting } from '../../../shared/settings';

export const USAGE = `Usage: twiml-lint [options] <file|directory|glob>...

Validates TwiML documents and prints one line per problem:
  file:line:col severity code message

Options:
  --format text|json                 output format (default: text)
  --dialect auto|messaging|voice     TwiML dialect (default: auto, detected per file)
  --rule <rule-id>=<level>           set a rule's level: off, error, warning, information or
                                     hint (repeatable; wins over .twimlrc.json)
  --list-rules                       list every rule: id, default severity, Twilio code, summary
  -h, --help                         show this help

Rule levels also come from the nearest .twimlrc.json above each file ({ "rules": { ... } })
and from comments in the TwiML: <!-- twiml-disable-next-line RULE -->,
<!-- twiml-disable RULE --> ... <!-- twiml-enable RULE -->.

Exit status: 0 no errors, 1 errors found, 2 usage error or unreadable/unmatched files.`;

/** Parsed options. */
export interface LintOptions {
  format: 'text' | 'json';
  dialect: DialectSetting;
  patterns: string[];
  help: boolean;
  /** `--rule id=level`, in order (a later one wins). */
  rules: Record<string, string>;
  listRules: boolean;
}

/** Parses argv (without node and script); returns `{ error }` for bad usage. */
export function parseArgs(argv: string[]): LintOptions | { error: string } {
  const options: LintOptions = {
    format: 'text',
    dialect: DEFAULT_SETTINGS.dialect,
    patterns: [],
    help: false,
    rules: {},
    listRules: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] =
      arg.startsWith('--') && arg.includes('=')
        ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
        : [arg, undefined];
    if (flag === '-h' || flag === '--help') options.help = true;
    else if (flag === '--format') {
      const value = inline ?? argv[++i];
      if (value !== 'text' && value !== 'json')
        return { error: `twiml-lint: --format must be text or json, not ${value ?? 'nothing'}` };
      options.format = value;
    } else if (flag === '--dialect') {
      const value = inline ?? argv[++i];
      if (!isDialectSetting(value))
        return { error: `twiml-lint: --dialect must be auto, messaging or voice, not ${value ?? 'nothing'}` };
      options.dialect = value;
    } else if (flag === '--rule') {
      const value = inline ?? argv[++i];
      const match = value === undefined ? null : /^([^=\s]+)=(\S+)$/.exec(value.trim());
      if (!match) return { error: `twiml-lint: --rule takes <rule-id>=<level>, not ${value ?? 'nothing'}` };
      options.rules[match[1]] = match[2];
    } else if (flag === '--list-rules') options.listRules = true;
    else if (flag.startsWith('-')) return { error: `twiml-lint: unknown option ${flag}` };
    else options.patterns.push(arg);
  }
  if (!options.help && !options.listRules && options.patterns.length === 0)
    return { error: 'twiml-lint: no files given' };
  return options;
}
