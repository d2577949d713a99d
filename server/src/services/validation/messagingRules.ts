/**
 * Messaging limits (https://www.twilio.com/docs/messaging/twiml/message):
 * - body "Must be less than 1600 characters" (21617, https://www.twilio.com/docs/api/errors/21617);
 *   Twilio recommends 320 at most (https://support.twilio.com/hc/en-us/articles/360033806753);
 * - a Message needs a body or media (14103, https://www.twilio.com/docs/api/errors/14103);
 * - "The maximum number of <Media> that can be included in a given message is 10";
 * - at most 10 <Message> replies per incoming message (14109, https://www.twilio.com/docs/api/errors/14109);
 * - media must be fetchable by Twilio: an absolute http(s) URL;
 * - action and statusCallback with different values is "undefined behavior";
 * - a TwiML document over 64 kB fails (11750, https://www.twilio.com/docs/api/errors/11750).
 */
import { inLoop, isTemplated, type TemplateContext } from '../../analysis/templateContext';
import type { TwimlDocument } from '../../analysis/twimlDocument';
import { messageBody } from '../../analysis/messageBody';
import { withoutPlaceholders } from '../../analysis/placeholders';
import { MAX_BODY, MAX_DOCUMENT_BYTES, MAX_MEDIA, MAX_MESSAGES, RECOMMENDED_BODY } from '../../data/limits';
import { attributeNamed, childElements, directText, type XmlElement } from '../../parser/xmlModel';
import { checkUrl } from './attributeValues';
import type { Finding, Rule } from './finding';

/** Checks every <Message> and the reply as a whole. */
export const messagingRule: Rule = (doc, report) => {
  const messages = doc.elements.filter(
    (element) => doc.resolved.get(element)?.spec?.name === 'Message' && element.name === 'Message',
  );
  for (const message of messages) checkMessage(message, doc.template, report);
  // A <Message> inside a template loop may be sent any number of times: it cannot be counted.
  const counted = doc.template ? messages.filter((message) => !inLoop(doc.template, message.start)) : messages;
  if (counted.length > MAX_MESSAGES) {
    const extra = counted[MAX_MESSAGES];
    report({
      rule: 'too-many-messages',
      range: extra.nameRange,
      message: `Twilio sends at most ${MAX_MESSAGES} replies to one incoming message; this is <Message> number ${MAX_MESSAGES + 1} of ${counted.length}. Combine messages or send the rest with the REST API.`,
    });
  }
  checkDocumentSize(doc, report);
};

function checkMessage(message: XmlElement, template: TemplateContext | undefined, report: (f: Finding) => void): void {
  const media = childElements(message).filter((child) => child.name === 'Media');
  // Placeholders count as text (the body is not empty) but not as characters: the length is a floor.
  const written = messageBody(message);
  const body = template ? withoutPlaceholders(written) : written;
  if (body.length > MAX_BODY) {
    report({
      rule: 'message-body-too-long',
      range: message.nameRange,
      message: `The message body is ${body.length} characters; Twilio's limit is ${MAX_BODY}. Shorten it or split it into several <Message> verbs.`,
    });
  } else if (body.length > RECOMMENDED_BODY) {
    report({
      rule: 'message-body-long',
      range: message.nameRange,
      message: `The message body is ${body.length} characters; Twilio recommends ${RECOMMENDED_BODY} at most so it arrives in few segments.`,
    });
  }
  // A <Message> holding other elements (`<Message><Say>Hi</Say></Message>`) gets its nesting
  // finding on them; "no body" on top would blame the wrong tag.
  const holdsOthers = childElements(message).some((child) => !['body', 'media'].includes(child.name.toLowerCase()));
  if (written === '' && media.length === 0 && !holdsOthers) {
    report({
      rule: 'message-empty',
      range: message.nameRange,
      message: 'This <Message> has no body and no <Media>: Twilio cannot send it. Add text or a <Media> URL.',
    });
  }
  if (media.length > MAX_MEDIA) {
    report({
      rule: 'too-many-media',
      range: media[MAX_MEDIA].nameRange,
      message: `A message carries at most ${MAX_MEDIA} <Media>; this one has ${media.length}. Send the rest in another <Message>.`,
    });
  }
  for (const item of media) checkMediaUrl(item, template, report);
  checkCallbacks(message, template, report);
}

function checkMediaUrl(media: XmlElement, template: TemplateContext | undefined, report: (f: Finding) => void): void {
  const url = directText(media).trim();
  if (url === '') return; // missing-text reports empty <Media>
  if (isTemplated(template, url)) return;
  const problem = checkUrl(url, true);
  if (!problem) return;
  const text = media.children.find((child) => child.type === 'text' && child.value.trim() !== '');
  const lead = text && text.type === 'text' && !text.cdata ? text.value.length - text.value.trimStart().length : 0;
  const range = text ? { start: text.start + lead, end: text.start + lead + url.length } : media.nameRange;
  report({
    rule: 'media-url',
    range,
    message: `Twilio fetches media itself, so it needs an absolute http(s) URL: ${problem.message}`,
  });
}

function checkCallbacks(
  message: XmlElement,
  template: TemplateContext | undefined,
  report: (f: Finding) => void,
): void {
  const action = attributeNamed(message, 'action');
  const statusCallback = attributeNamed(message, 'statusCallback');
  if (!action?.value || !statusCallback?.value || action.value.trim() === statusCallback.value.trim()) return;
  if (isTemplated(template, action.value) || isTemplated(template, statusCallback.value)) return;
  report({
    rule: 'action-status-callback-mismatch',
    range: statusCallback.valueRange ?? statusCallback.nameRange,
    message:
      'action and statusCallback point at different URLs, which Twilio calls undefined behaviour: set both to the same URL.',
    fixes: [
      {
        title: 'Use the action URL for statusCallback',
        edits: [{ range: statusCallback.valueRange ?? statusCallback.nameRange, newText: action.value.trim() }],
      },
    ],
  });
}

function checkDocumentSize(doc: TwimlDocument, report: (f: Finding) => void): void {
  const text = doc.xml.text;
  // Most documents are far below the limit in UTF-16 units already; only count bytes when close.
  if (text.length * 3 <= MAX_DOCUMENT_BYTES) return;
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes <= MAX_DOCUMENT_BYTES) return;
  const range = doc.root ? doc.root.nameRange : { start: 0, end: Math.min(1, text.length) };
  report({
    rule: 'document-too-large',
    range,
    message: `This TwiML is ${(bytes / 1024).toFixed(1)} kB; Twilio rejects documents over 64 kB. Send less per reply.`,
  });
}
