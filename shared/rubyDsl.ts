/**
 * The twiml_template gem writes TwiML as a Ruby DSL in `.twiml` files (`twiml.Say "Hi"`,
 * `twiml.Gather action: "/x" do |g|`). Such a file is Ruby, not XML: it gets no TwiML findings.
 */

/** True when the text is Ruby DSL rather than XML: it does not start with markup and calls `twiml.`. */
export function looksLikeRubyDsl(text: string): boolean {
  const start = text.search(/\S/);
  if (start < 0 || text.charCodeAt(start) === 60 /* < */) return false;
  return /^\s*(?:\w+\.)?twiml\.[A-Z]\w*|^\s*\w+\.(?:Say|Play|Gather|Dial|Message|Redirect|Hangup|Pause|Record)\b/m.test(
    text,
  );
}
