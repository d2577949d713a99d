/**
 * The Conversation panel's webview: a phone. Built once (so fields keep what the user types),
 * then each `state` message from the extension redraws the transcript, the composer for the mode
 * and the wait, the cookies and the status. Everything the user does is posted to the extension,
 * which checks it. Keyboard: Enter sends a message (Shift+Enter a new line); in call mode the keys
 * 0-9 * # press the keypad whenever the focus is not in a text field.
 */
import type { FromConversationWebview, PhoneSnapshot, ToConversationWebview } from '../../shared/conversationMessages';
import { DIAL_STATUSES, type CallWait } from '../../shared/turns';
import { button, h, replaceChildren } from './dom';
import { renderTranscript } from './transcript';

interface VsCodeApi {
  postMessage(message: FromConversationWebview): void;
  setState(state: unknown): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const post = (message: FromConversationWebview): void => vscode.postMessage(message);

let snapshot: PhoneSnapshot | undefined;
let keys = '';
let shownEntries = -1;

// ---- the skeleton -------------------------------------------------------------------------
const root = document.getElementById('phone-root')!;
const textTab = button('Text', () => post({ type: 'configure', changes: { mode: 'text' } }), {
  role: 'tab',
  id: 'tab-text',
});
const callTab = button('Call', () => post({ type: 'configure', changes: { mode: 'call' } }), {
  role: 'tab',
  id: 'tab-call',
});
const status = h('span', { class: 'app-status', role: 'status' });
const signedBadge = h('span', { class: 'badge' });

const field = (label: string, input: HTMLInputElement | HTMLSelectElement): HTMLLabelElement =>
  h('label', { class: 'field' }, h('span', {}, label), input);
const urlInput = h('input', { type: 'url', id: 'url', spellcheck: 'false', 'aria-label': 'App webhook URL' });
const methodSelect = h('select', { id: 'method' }, h('option', {}, 'POST'), h('option', {}, 'GET'));
const fromInput = h('input', { type: 'tel', id: 'from', spellcheck: 'false' });
const toInput = h('input', { type: 'tel', id: 'to', spellcheck: 'false' });
const channelSelect = h(
  'select',
  { id: 'channel' },
  h('option', { value: 'sms' }, 'SMS'),
  h('option', { value: 'mms' }, 'MMS'),
  h('option', { value: 'whatsapp' }, 'WhatsApp'),
);
const channelField = field('Channel', channelSelect);
const settingsForm = h(
  'form',
  { class: 'settings', 'aria-label': 'Conversation settings' },
  field('App URL', urlInput),
  field('Method', methodSelect),
  field('From (you)', fromInput),
  field('To (your Twilio number)', toInput),
  channelField,
  h('button', { type: 'submit' }, 'Apply'),
);
settingsForm.addEventListener('submit', (event) => {
  event.preventDefault();
  post({
    type: 'configure',
    changes: {
      url: urlInput.value,
      method: methodSelect.value === 'GET' ? 'GET' : 'POST',
      from: fromInput.value,
      to: toInput.value,
      channel: channelSelect.value as 'sms' | 'mms' | 'whatsapp',
    },
  });
});

const cookieList = h('ul', { class: 'cookies' });
const cookieSummary = h('summary', {}, 'Cookies');
const toolbar = h(
  'div',
  { class: 'toolbar', role: 'toolbar', 'aria-label': 'Conversation' },
  button('Clear', () => post({ type: 'clear' }), { title: 'Forget the transcript and start afresh', id: 'clear' }),
  button('Clear cookies', () => post({ type: 'clearCookies' })),
  button('Save scenario…', () => post({ type: 'save' }), {
    title: 'Save as a scenario file twiml-sim --scenario replays',
  }),
  button('Re-run', () => post({ type: 'rerun' }), {
    title: 'Send the same messages or answers again, from a fresh conversation',
  }),
  button('Probe for injection', () => post({ type: 'probeInjection' }), {
    title:
      'Text this route "&", "<" and a closing tag with a <Redirect> (each in a conversation of its own) and report whether its reply breaks or obeys them',
    id: 'probe',
  }),
);
const transcript = h('div', {
  class: 'transcript',
  role: 'log',
  'aria-live': 'polite',
  'aria-label': 'Transcript',
  tabindex: '0',
});

// Text mode composer.
const messageInput = h('textarea', {
  id: 'message',
  rows: '2',
  placeholder: 'Text your app… (Enter sends, Shift+Enter new line)',
  'aria-label': 'Message',
});
const mediaInput = h('input', {
  type: 'url',
  id: 'media',
  placeholder: 'Media URLs (optional, space-separated)',
  'aria-label': 'Media URLs',
});
const sendButton = button('Send', () => sendMessage(), { class: 'primary', id: 'send' });
const textComposer = h(
  'div',
  { class: 'composer text' },
  messageInput,
  h('div', { class: 'row' }, mediaInput, sendButton),
);
messageInput.addEventListener('keydown', (event) => {
  if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
    event.preventDefault();
    sendMessage();
  }
});

function sendMessage(): void {
  const text = messageInput.value;
  const media = mediaInput.value.split(/\s+/).filter((m) => /^https?:\/\//i.test(m));
  if (text.trim() === '' && media.length === 0) return;
  post({ type: 'send', text, media });
  messageInput.value = '';
  mediaInput.value = '';
}

// Call mode composer.
const callButton = button('Call', () => post({ type: 'call' }), { class: 'primary', id: 'call' });
const hangupButton = button('Hang up', () => post({ type: 'answer', answer: { kind: 'hangup' } }), {
  class: 'danger',
  id: 'hangup',
});
const keysShown = h('output', { class: 'keys', 'aria-live': 'polite', 'aria-label': 'Keys pressed' });
const keypad = h('div', { class: 'keypad', role: 'group', 'aria-label': 'Keypad' });
for (const key of ['1', '2', '3', '4', '5', '6', '7', '8', '9', '*', '0', '#'])
  keypad.append(button(key, () => press(key), { 'data-key': key }));
const sendKeys = button('Send keys', () => flushKeys(), {
  title: 'Send the keys pressed so far (as the Gather timing out would)',
});
const speechInput = h('input', { type: 'text', id: 'speech', placeholder: 'Say something…', 'aria-label': 'Speech' });
const speakButton = button('Speak', () => speak());
speechInput.addEventListener('keydown', (event) => {
  if (event.key === 'Enter') {
    event.preventDefault();
    speak();
  }
});
const silenceButton = button('Say nothing (time out)', () => post({ type: 'answer', answer: { kind: 'silence' } }));
const gatherControls = h(
  'div',
  { class: 'wait gather' },
  keypad,
  h(
    'div',
    { class: 'gather-side' },
    h('div', { class: 'row' }, keysShown, sendKeys),
    h('div', { class: 'row speech' }, speechInput, speakButton),
    silenceButton,
  ),
);
const dialControls = h(
  'div',
  { class: 'wait dial', role: 'group', 'aria-label': 'How the dialed call ends' },
  h('span', {}, 'The dialed party:'),
  ...DIAL_STATUSES.map((s) =>
    button(s, () => post({ type: 'answer', answer: { kind: 'dial', status: s } }), { 'data-dial': s }),
  ),
);
const recordSeconds = h('input', {
  type: 'number',
  id: 'record-seconds',
  min: '0',
  max: '14400',
  value: '5',
  'aria-label': 'Message length in seconds',
});
const recordControls = h(
  'div',
  { class: 'wait record' },
  field('Message length (s)', recordSeconds),
  button('Leave message', () =>
    post({ type: 'answer', answer: { kind: 'record', seconds: Number(recordSeconds.value) || 0 } }),
  ),
  button('Empty recording', () => post({ type: 'answer', answer: { kind: 'record', seconds: 0 } })),
);
const callComposer = h(
  'div',
  { class: 'composer call' },
  h('div', { class: 'row' }, callButton, hangupButton),
  gatherControls,
  dialControls,
  recordControls,
);

function press(key: string): void {
  const wait = snapshot?.waiting;
  if (wait?.verb !== 'Gather') return;
  keys += key;
  keysShown.value = keys;
  // Twilio ends a Gather at finishOnKey (default #) or after numDigits keys.
  const finishOnKey = wait.attributes.finishOnKey ?? '#';
  const numDigits = Number(wait.attributes.numDigits);
  if (
    (finishOnKey !== '' && key === finishOnKey) ||
    (numDigits > 0 && keys.replace(finishOnKey || '\0', '').length >= numDigits)
  )
    flushKeys();
}

function flushKeys(): void {
  if (keys === '') return;
  post({ type: 'answer', answer: { kind: 'digits', digits: keys } });
  keys = '';
  keysShown.value = '';
}

function speak(): void {
  if (speechInput.value.trim() === '') return;
  post({ type: 'answer', answer: { kind: 'speech', text: speechInput.value } });
  speechInput.value = '';
}

// Digits typed anywhere but a text field press the keypad.
document.addEventListener('keydown', (event) => {
  const target = event.target as HTMLElement | null;
  if (target && /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)) return;
  if (snapshot?.settings.mode !== 'call' || snapshot.waiting?.verb !== 'Gather') return;
  if (/^[0-9*#]$/.test(event.key)) {
    event.preventDefault();
    press(event.key);
  } else if (event.key === 'Enter' && keys !== '') {
    event.preventDefault();
    flushKeys();
  }
});

root.append(
  h(
    'header',
    {},
    h('div', { class: 'tabs', role: 'tablist', 'aria-label': 'Mode' }, textTab, callTab),
    status,
    signedBadge,
  ),
  h('details', { class: 'settings-box' }, h('summary', {}, 'Settings'), settingsForm),
  toolbar,
  transcript,
  textComposer,
  callComposer,
  h('details', { class: 'cookie-box' }, cookieSummary, cookieList),
);

// ---- drawing a state ----------------------------------------------------------------------
function setIfIdle(input: HTMLInputElement | HTMLSelectElement, value: string): void {
  // Never overwrite what the user is typing.
  if (document.activeElement !== input) input.value = value;
}

function showWait(wait: CallWait | undefined, inCall: boolean): void {
  gatherControls.hidden = wait?.verb !== 'Gather';
  dialControls.hidden = wait?.verb !== 'Dial';
  recordControls.hidden = wait?.verb !== 'Record';
  hangupButton.hidden = !inCall;
  callButton.textContent = inCall ? 'Call again' : 'Call';
  if (wait?.verb === 'Gather') {
    const input = (wait.attributes.input ?? 'dtmf').toLowerCase();
    keypad.hidden = !input.includes('dtmf');
    speechInput.parentElement!.hidden = !input.includes('speech');
    keysShown.parentElement!.hidden = !input.includes('dtmf');
    if (wait.attributes.maxLength && recordSeconds.value === '') recordSeconds.value = '5';
  }
}

function draw(message: ToConversationWebview): void {
  snapshot = message.snapshot;
  const { settings } = snapshot;
  const text = settings.mode === 'text';
  textTab.setAttribute('aria-selected', String(text));
  callTab.setAttribute('aria-selected', String(!text));
  textComposer.hidden = !text;
  callComposer.hidden = text;
  channelField.hidden = !text;
  setIfIdle(urlInput, settings.url);
  setIfIdle(methodSelect, settings.method);
  setIfIdle(fromInput, settings.from);
  setIfIdle(toInput, settings.to);
  setIfIdle(channelSelect, settings.channel);
  let host = settings.url;
  try {
    host = new URL(settings.url).host;
  } catch {
    // shown as typed
  }
  status.className = `app-status ${message.appStatus}`;
  status.textContent = `${message.appStatus === 'up' ? '●' : message.appStatus === 'down' ? '○' : '◌'} ${host} ${
    message.appStatus === 'up' ? 'answers' : message.appStatus === 'down' ? 'is not answering' : ''
  }`;
  signedBadge.textContent = snapshot.signed ? 'signed' : 'unsigned';
  signedBadge.title = snapshot.signed
    ? 'Requests carry X-Twilio-Signature (the token is never shown)'
    : 'No Auth Token set: run "TwiML: Set Auth Token" to sign requests';
  root.classList.toggle('busy', snapshot.busy);
  sendButton.disabled = snapshot.busy;
  showWait(snapshot.waiting, snapshot.inCall);
  // Follow the conversation as it grows (as a phone does), unless the user scrolled up to read.
  const grew = snapshot.entries.length !== shownEntries;
  shownEntries = snapshot.entries.length;
  const atBottom = grew || transcript.scrollHeight - transcript.scrollTop - transcript.clientHeight < 40;
  replaceChildren(
    transcript,
    ...(snapshot.entries.length > 0
      ? renderTranscript(snapshot.entries, {
          sendAgain: (entry, request) => post({ type: 'sendAgain', entry, request }),
          openReply: (entry, request) => post({ type: 'openReply', entry, request }),
        })
      : [h('p', { class: 'empty' }, text ? 'Text your app: type a message below.' : 'Call your app: press Call.')]),
  );
  if (atBottom) transcript.scrollTop = transcript.scrollHeight;
  cookieSummary.textContent = `Cookies (${snapshot.cookies.length})`;
  replaceChildren(
    cookieList,
    ...snapshot.cookies.map((c) =>
      h(
        'li',
        {},
        `${c.name}=${c.value}`,
        h('span', { class: 'meta' }, ` · ${c.domain}${c.path}${c.expires ? ` · until ${c.expires}` : ''}`),
      ),
    ),
  );
  vscode.setState({ settings, entries: snapshot.entries });
}

window.addEventListener('message', (event: MessageEvent) => {
  const data = event.data as ToConversationWebview | undefined;
  if (data?.type === 'state') draw(data);
});

try {
  const initial = JSON.parse(document.body.dataset.state ?? 'null') as ToConversationWebview | null;
  if (initial?.type === 'state') draw(initial);
} catch {
  // The extension sends the state again on `ready`.
}
post({ type: 'ready' });
