/**
 * Appends followed across statements, in every language the code reader supports: into a loop
 * (a `loop` block), into if/else arms (`branch` blocks), past unrelated statements, and up to
 * the first other use of the variable (a call, a reassignment), where the chain stops.
 */
import test from 'node:test';
import assert from 'node:assert/strict';
import type { CodeLanguage } from '../../server/src/embedded/code/treeSitter';
import type { EmbeddedDocument } from '../../server/src/embedded/virtualDocument';
import { extractFrom, shown } from './helpers/embeddedCode';

/** Blocks as `[kind, the virtual text they cover]`, in order, an outer block before an inner one starting with it. */
function blocksOf(doc: EmbeddedDocument): Array<[string, string]> {
  return [...doc.blocks]
    .sort((a, b) => a.start - b.start || b.end - a.end)
    .map((block) => [block.kind, shown(doc.text.slice(block.start, block.end))]);
}

async function only(language: CodeLanguage, text: string): Promise<EmbeddedDocument> {
  const docs = await extractFrom(language, text);
  assert.equal(docs.length, 1, `one document in ${language}`);
  return docs[0];
}

/** Each host builds the same document: a loop of messages, an if/else, an unrelated statement, then a call with the variable. */
const BUILT: Array<{ language: CodeLanguage; host: string; hole: string; reassigned: string }> = [
  {
    language: 'python',
    hole: 'm',
    host: `def reply(messages, late):
    twiml = '<Response>'
    for m in messages:
        twiml += '<Message>' + m + '</Message>'
    if late:
        twiml += '<Say>Sorry</Say>'
    else:
        twiml += '<Redirect>/next</Redirect>'
    count = 3
    twiml += '</Response>'
    send(twiml)
    twiml += '<Hangup/>'
`,
    reassigned: `def reply():
    twiml = '<Response>'
    twiml += '<Say>a</Say>'
    twiml = other
    twiml += '<Say>b</Say>'
`,
  },
  {
    language: 'javascript',
    hole: 'm',
    host: `function reply(messages, late) {
  let twiml = '<Response>';
  for (const m of messages) {
    twiml += '<Message>' + m + '</Message>';
  }
  if (late) {
    twiml += '<Say>Sorry</Say>';
  } else {
    twiml += '<Redirect>/next</Redirect>';
  }
  const count = 3;
  twiml += '</Response>';
  send(twiml);
  twiml += '<Hangup/>';
}
`,
    reassigned: `function reply() {
  let twiml = '<Response>';
  twiml += '<Say>a</Say>';
  twiml = other;
  twiml += '<Say>b</Say>';
}
`,
  },
  {
    language: 'java',
    hole: 'm',
    host: `class Reply {
  String reply(List<String> messages, boolean late) {
    String twiml = "<Response>";
    for (String m : messages) {
      twiml += "<Message>" + m + "</Message>";
    }
    if (late) {
      twiml += "<Say>Sorry</Say>";
    } else {
      twiml += "<Redirect>/next</Redirect>";
    }
    int count = 3;
    twiml += "</Response>";
    send(twiml);
    twiml += "<Hangup/>";
  }
}
`,
    reassigned: `class Reply {
  void reply() {
    String twiml = "<Response>";
    twiml += "<Say>a</Say>";
    twiml = other;
    twiml += "<Say>b</Say>";
  }
}
`,
  },
  {
    language: 'csharp',
    hole: 'm',
    host: `class Reply {
  string Build(List<string> messages, bool late) {
    var twiml = "<Response>";
    foreach (var m in messages) {
      twiml += "<Message>" + m + "</Message>";
    }
    if (late) {
      twiml += "<Say>Sorry</Say>";
    } else {
      twiml += "<Redirect>/next</Redirect>";
    }
    var count = 3;
    twiml += "</Response>";
    Send(twiml);
    twiml += "<Hangup/>";
  }
}
`,
    reassigned: `class Reply {
  void Build() {
    var twiml = "<Response>";
    twiml += "<Say>a</Say>";
    twiml = other;
    twiml += "<Say>b</Say>";
  }
}
`,
  },
  {
    language: 'go',
    hole: 'm',
    host: `package main

func reply(messages []string, late bool) {
	twiml := "<Response>"
	for _, m := range messages {
		twiml += "<Message>" + m + "</Message>"
	}
	if late {
		twiml += "<Say>Sorry</Say>"
	} else {
		twiml += "<Redirect>/next</Redirect>"
	}
	count := 3
	twiml += "</Response>"
	send(twiml)
	twiml += "<Hangup/>"
}
`,
    reassigned: `package main

func reply() {
	twiml := "<Response>"
	twiml += "<Say>a</Say>"
	twiml = other
	twiml += "<Say>b</Say>"
}
`,
  },
  {
    language: 'ruby',
    hole: 'm',
    host: `def reply(messages, late)
  twiml = '<Response>'
  messages.each do |m|
    twiml << '<Message>' + m + '</Message>'
  end
  if late
    twiml << '<Say>Sorry</Say>'
  else
    twiml += '<Redirect>/next</Redirect>'
  end
  count = 3
  twiml << '</Response>'
  send_reply(twiml)
  twiml << '<Hangup/>'
end
`,
    reassigned: `def reply
  twiml = '<Response>'
  twiml << '<Say>a</Say>'
  twiml = other
  twiml << '<Say>b</Say>'
end
`,
  },
  {
    language: 'php',
    hole: '$m',
    host: `<?php
function reply($messages, $late) {
    $twiml = '<Response>';
    foreach ($messages as $m) {
        $twiml .= '<Message>' . $m . '</Message>';
    }
    if ($late) {
        $twiml .= '<Say>Sorry</Say>';
    } else {
        $twiml .= '<Redirect>/next</Redirect>';
    }
    $count = 3;
    $twiml .= '</Response>';
    send($twiml);
    $twiml .= '<Hangup/>';
}
`,
    reassigned: `<?php
function reply() {
    $twiml = '<Response>';
    $twiml .= '<Say>a</Say>';
    $twiml = $other;
    $twiml .= '<Say>b</Say>';
}
`,
  },
];

for (const { language, host, hole, reassigned } of BUILT) {
  test(`${language}: appends in a loop and in if/else arms are joined past an unrelated statement, up to a call with the variable`, async () => {
    const doc = await only(language, host);
    assert.equal(
      shown(doc.text),
      '<Response><Message>¤</Message><Say>Sorry</Say><Redirect>/next</Redirect></Response>',
    );
    assert.deepEqual(blocksOf(doc), [
      ['loop', '<Message>¤</Message>'],
      ['branch', '<Say>Sorry</Say>'],
      ['branch', '<Redirect>/next</Redirect>'],
    ]);
    assert.deepEqual(
      doc.placeholders.map((p) => p.expression),
      [hole],
    );
    // The looped append maps back to its own host line.
    assert.equal(doc.map.toHost(doc.text.indexOf('<Message>') + 1), host.indexOf('<Message>') + 1);
    assert.equal(doc.map.toHost(doc.text.indexOf('</Response>') + 2), host.indexOf('</Response>') + 2);
  });

  test(`${language}: a reassignment ends the chain`, async () => {
    const doc = await only(language, reassigned);
    assert.equal(shown(doc.text), '<Response><Say>a</Say>');
    assert.deepEqual(doc.blocks, []);
  });
}

test('python: a loop whose body uses the variable otherwise is not entered, and the chain stops there', async () => {
  const doc = await only(
    'python',
    `def reply(ms):
    twiml = '<Response>'
    for m in ms:
        twiml += m
        log(twiml)
    twiml += '</Response>'
`,
  );
  assert.equal(shown(doc.text), '<Response>');
  assert.deepEqual(doc.blocks, []);
});

test('python: blocks nest; elif arms and an arm with no append keep their places', async () => {
  const doc = await only(
    'python',
    `def reply(ms):
    twiml = '<Response>'
    for m in ms:
        if m.urgent:
            twiml += '<Message>!</Message>'
        elif m.quiet:
            pass
        else:
            twiml += '<Message>' + m.body + '</Message>'
    while False:
        pass
    twiml += '</Response>'
`,
  );
  assert.equal(shown(doc.text), '<Response><Message>!</Message><Message>¤</Message></Response>');
  assert.deepEqual(blocksOf(doc), [
    ['loop', '<Message>!</Message><Message>¤</Message>'],
    ['branch', '<Message>!</Message>'],
    // The empty `elif` arm starts where the `else` arm does (sorted after it, being shorter).
    ['branch', '<Message>¤</Message>'],
    ['branch', ''],
  ]);
});

test('python: a condition that reads the variable, a nested definition and `x += x` each end the chain', async () => {
  const condition = await only(
    'python',
    `def a():
    twiml = '<Response>'
    if len(twiml) > 10:
        twiml += '<Say>long</Say>'
    twiml += '</Response>'
`,
  );
  assert.equal(condition.text, '<Response>');
  const definition = await only(
    'python',
    `def b():
    twiml = '<Response>'
    def inner():
        pass
    twiml += '</Response>'
`,
  );
  assert.equal(definition.text, '<Response>');
  const selfAppend = await only(
    'python',
    `def c():
    twiml = '<Response>'
    twiml += twiml
    twiml += '</Response>'
`,
  );
  assert.equal(selfAppend.text, '<Response>');
});

test('javascript: else-if chains are one branch block per arm; a single-statement loop body is read', async () => {
  const doc = await only(
    'javascript',
    `function reply(kind, n) {
  let twiml = '<Response>';
  for (let i = 0; i < n; i++) twiml += '<Say>tick</Say>';
  if (kind === 'a') twiml += '<Say>a</Say>';
  else if (kind === 'b') { twiml += '<Say>b</Say>'; }
  else { twiml += '<Hangup/>'; }
  return twiml + '</Response>';
}
`,
  );
  assert.equal(doc.text, '<Response><Say>tick</Say><Say>a</Say><Say>b</Say><Hangup/>');
  assert.deepEqual(blocksOf(doc), [
    ['loop', '<Say>tick</Say>'],
    ['branch', '<Say>a</Say>'],
    ['branch', '<Say>b</Say>'],
    ['branch', '<Hangup/>'],
  ]);
});

test('ruby: for, while and modifier forms are blocks; the implicit return ends the chain', async () => {
  const doc = await only(
    'ruby',
    `def reply(ms, late)
  twiml = '<Response>'
  for m in ms
    twiml += '<Say>' + m + '</Say>'
  end
  twiml << '<Pause/>' if late
  twiml << '</Response>'
  twiml
end
`,
  );
  assert.equal(shown(doc.text), '<Response><Say>¤</Say><Pause/></Response>');
  assert.deepEqual(blocksOf(doc), [
    ['loop', '<Say>¤</Say>'],
    ['branch', '<Pause/>'],
  ]);
});

test('php: elseif and alternative-syntax arms are branches', async () => {
  const doc = await only(
    'php',
    `<?php
$twiml = '<Response>';
if ($a): $twiml .= '<Say>a</Say>';
elseif ($b): $twiml .= '<Say>b</Say>';
endif;
$twiml .= "</Response>";
`,
  );
  assert.equal(doc.text, '<Response><Say>a</Say><Say>b</Say></Response>');
  assert.deepEqual(blocksOf(doc), [
    ['branch', '<Say>a</Say>'],
    ['branch', '<Say>b</Say>'],
  ]);
});

test('python: another TwiML literal between the appends is a document of its own', async () => {
  const docs = await extractFrom(
    'python',
    `def reply(ms):
    twiml = '<Response>'
    fallback = '<Response><Say>Sorry</Say></Response>'
    for m in ms:
        twiml += '<Message>' + m + '</Message>'
    twiml += '</Response>'
`,
  );
  assert.deepEqual(
    docs.map((doc) => shown(doc.text)),
    ['<Response><Message>¤</Message></Response>', '<Response><Say>Sorry</Say></Response>'],
  );
});
