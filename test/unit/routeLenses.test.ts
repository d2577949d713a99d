/**
 * Route lenses: the routes each framework form declares (Flask, FastAPI, Django, Express), their
 * prefixes and methods, whether the handler answers a call or a message, which files get none,
 * and the lenses built from them. Fixtures are our own, written inline.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { HostReader } from '../../server/src/embedded/hostAnalysis';
import type { WebhookRoute } from '../../server/src/embedded/code/routes/findRoutes';
import { createHostLanguageService } from '../../server/src/embedded/hostService';

const reader = new HostReader();
let counter = 0;

/** The routes of `text` as the server reads them (waiting for the grammar once). */
async function routesOf(name: string, languageId: string, text: string): Promise<WebhookRoute[]> {
  const document = TextDocument.create(`file:///routes/${counter++}/${name}`, languageId, 1, text);
  let found = reader.routes(document);
  if (found.pending) {
    await found.pending;
    found = reader.routes(document);
  }
  reader.forget(document.uri);
  return found.routes;
}

/** The parts of a route a test compares: path, methods, mode and the line of its lens. */
function brief(route: WebhookRoute) {
  return { path: route.path, methods: route.methods, mode: route.mode, line: route.range.start.line };
}

const py = (...lines: string[]): string => lines.join('\n') + '\n';

describe('Flask routes', () => {
  test('route with methods, shortcuts, any receiver name, both modes and unknown', async () => {
    const text = py(
      'from flask import Flask, request',
      'from twilio.twiml.messaging_response import MessagingResponse',
      'from twilio.twiml.voice_response import VoiceResponse',
      'app = Flask(__name__)',
      '',
      '@app.route("/sms", methods=["POST"])',
      'def sms():',
      '    resp = MessagingResponse()',
      '    resp.message("hi")',
      '    return str(resp)',
      '',
      '@app.post("/voice")',
      'def voice():',
      '    resp = VoiceResponse()',
      '    resp.say("hello")',
      '    return str(resp)',
      '',
      '@web.get("/status")',
      'async def status():',
      '    return "ok"',
      '',
      '@app.route("/both", methods=("GET", "post"))',
      '@app.route("/legacy")',
      'def both():',
      '    return "<Response><Say>Hi</Say></Response>"',
    );
    assert.deepEqual((await routesOf('app.py', 'python', text)).map(brief), [
      { path: '/sms', methods: ['POST'], mode: 'text', line: 5 },
      { path: '/voice', methods: ['POST'], mode: 'call', line: 11 },
      { path: '/status', methods: ['GET'], mode: undefined, line: 17 },
      { path: '/both', methods: ['GET', 'POST'], mode: 'call', line: 21 },
      { path: '/legacy', methods: ['GET'], mode: 'call', line: 22 },
    ]);
  });

  test('a Blueprint url_prefix defined in the same file prefixes its routes; another receiver keeps its path', async () => {
    const text = py(
      'from flask import Blueprint',
      'import twilio',
      "bp = Blueprint('sms', __name__, url_prefix='/api/')",
      '',
      "@bp.route('/sms', methods=['GET', 'POST'])",
      'def sms():',
      '    return "<Response><Message>hi</Message></Response>"',
      '',
      "@other.post('/x')",
      'def x():',
      '    pass',
    );
    const routes = await routesOf('bp.py', 'python', text);
    assert.deepEqual(routes.map(brief), [
      { path: '/api/sms', methods: ['GET', 'POST'], mode: 'text', line: 4 },
      { path: '/x', methods: ['POST'], mode: undefined, line: 8 },
    ]);
    assert.equal(routes[0].handlerRange?.start.line, 5);
  });

  test('decorators that are not routes, routes in strings and comments', async () => {
    const text = py(
      'import twilio',
      '# @app.route("/commented")',
      'DOC = """',
      '@app.route("/in-a-string")',
      'def f(): pass',
      '"""',
      '@cache.get("key")',
      'def cached(): pass',
      '@app.route(f"/{name}")',
      'def dynamic(): pass',
      '@property',
      'def prop(self): pass',
    );
    assert.deepEqual(await routesOf('misc.py', 'python', text), []);
  });
});

describe('FastAPI routes', () => {
  test('verb decorators, api_route with methods, APIRouter(prefix=) in the same file', async () => {
    const text = py(
      'from fastapi import APIRouter, FastAPI',
      'from twilio.twiml.voice_response import VoiceResponse',
      'app = FastAPI()',
      'router = APIRouter(prefix="/hooks")',
      '',
      '@router.post("/voice")',
      'async def voice():',
      '    return Response(str(VoiceResponse()), media_type="application/xml")',
      '',
      '@router.api_route("/any", methods=["GET", "POST"])',
      'def any_route():',
      '    return "<Response><Message>x</Message></Response>"',
      '',
      '@app.api_route("/default")',
      'def default():',
      '    return ""',
    );
    assert.deepEqual((await routesOf('main.py', 'python', text)).map(brief), [
      { path: '/hooks/voice', methods: ['POST'], mode: 'call', line: 5 },
      { path: '/hooks/any', methods: ['GET', 'POST'], mode: 'text', line: 9 },
      { path: '/default', methods: ['GET'], mode: undefined, line: 13 },
    ]);
  });
});

describe('Django routes', () => {
  test('path() and re_path() in urls.py get a leading slash; include() is skipped', async () => {
    const text = py(
      'from django.urls import include, path, re_path',
      'from . import views',
      '',
      'def inline(request):',
      '    return HttpResponse("<Response><Say>hi</Say></Response>")',
      '',
      'urlpatterns = [',
      '    path("sms/", views.sms, name="sms"),',
      '    re_path(r"^voice/$", views.voice),',
      '    re_path(r"^item/(?P<id>[0-9]+)/$", views.item),',
      '    path("inline/", inline),',
      '    path("api/", include("api.urls")),',
      '    # path("commented/", views.commented),',
      ']',
    );
    assert.deepEqual((await routesOf('urls.py', 'python', text)).map(brief), [
      { path: '/sms/', methods: ['ALL'], mode: undefined, line: 7 },
      { path: '/voice/', methods: ['ALL'], mode: undefined, line: 8 },
      { path: '/inline/', methods: ['ALL'], mode: 'call', line: 10 },
    ]);
  });

  test('path() outside urls.py is not a Django route', async () => {
    const text = py('import twilio', 'urlpatterns = [path("sms/", views.sms)]');
    assert.deepEqual(await routesOf('routes.py', 'python', text), []);
  });
});

describe('Express routes', () => {
  const EXPRESS = [
    "const express = require('express');",
    "const { twiml } = require('twilio');",
    'const app = express();',
    'const router = express.Router();',
    '',
    "app.post('/sms', (req, res) => {",
    '  const reply = new twiml.MessagingResponse();',
    "  reply.message('hi');",
    '  res.type("text/xml").send(reply.toString());',
    '});',
    '',
    "router.get('/voice', twilio.webhook(), voiceHandler);",
    '',
    'function voiceHandler(req, res) {',
    '  res.send(`<Response><Gather numDigits="1"/></Response>`);',
    '}',
    '',
    "app.all('/any', async function (req, res) { res.send('ok'); });",
    '',
    "app.route('/chain')",
    '  .get(lookup)',
    "  .post((req, res) => res.send('<Response><Message>x</Message></Response>'));",
    '',
    "app.get('env');",
    "app.use('/static', express.static('public'));",
    "// app.post('/commented', h);",
    'const s = "app.post(\'/in-string\', h)";',
    'app.post(`/${name}`, h);',
    '',
  ].join('\n');

  test('app.METHOD, router.METHOD, app.all, app.route().METHOD(), handlers inline and by name', async () => {
    const routes = await routesOf('server.js', 'javascript', EXPRESS);
    assert.deepEqual(routes.map(brief), [
      { path: '/sms', methods: ['POST'], mode: 'text', line: 5 },
      { path: '/voice', methods: ['GET'], mode: 'call', line: 11 },
      { path: '/any', methods: ['ALL'], mode: undefined, line: 17 },
      { path: '/chain', methods: ['GET', 'POST'], mode: 'text', line: 19 },
    ]);
    assert.equal(routes[1].handlerRange?.start.line, 13, 'the named handler is the function declared below');
  });

  test('TypeScript: the same with typed parameters and a const arrow handler', async () => {
    const text = [
      "import twilio from 'twilio';",
      'const voice = async (req: Request, res: Response): Promise<void> => {',
      '  const response = new twilio.twiml.VoiceResponse();',
      '  res.send(response.toString());',
      '};',
      "router.post('/voice', voice);",
      '',
    ].join('\n');
    assert.deepEqual((await routesOf('routes.ts', 'typescript', text)).map(brief), [
      { path: '/voice', methods: ['POST'], mode: 'call', line: 5 },
    ]);
  });
});

describe('which files get routes', () => {
  test('a Flask or Express app without twilio or TwiML gets none', async () => {
    const flask = py(
      'from flask import Flask',
      'app = Flask(__name__)',
      '@app.post("/login")',
      'def login():',
      '    return "ok"',
    );
    assert.deepEqual(await routesOf('web.py', 'python', flask), []);
    const express = "const app = require('express')();\napp.post('/login', (req, res) => res.send('ok'));\n";
    assert.deepEqual(await routesOf('web.js', 'javascript', express), []);
  });

  test('TwiML written as text is enough (no import)', async () => {
    const express = "app.post('/sms', (req, res) => res.send('<Response><Message>x</Message></Response>'));\n";
    assert.deepEqual((await routesOf('bare.js', 'javascript', express)).map(brief), [
      { path: '/sms', methods: ['POST'], mode: 'text', line: 0 },
    ]);
  });

  test('a 5,000-line file: no routes is cheap, many routes are bounded', async () => {
    const filler = Array.from({ length: 5000 }, (_, i) => `x${i} = compute(${i}, "value ${i}")`).join('\n');
    let started = performance.now();
    assert.deepEqual(await routesOf('big.py', 'python', filler), []);
    assert.ok(performance.now() - started < 50, 'no twilio: no parse');
    const routes = Array.from(
      { length: 1000 },
      (_, i) => `@app.post("/r${i}")\ndef r${i}():\n    return "<Response><Say>${i}</Say></Response>"\n`,
    ).join('\n');
    await routesOf('warm.py', 'python', 'import twilio\n@app.post("/x")\ndef x(): pass\n');
    started = performance.now();
    const found = await routesOf('many.py', 'python', 'import twilio\n' + routes);
    const elapsed = performance.now() - started;
    assert.equal(found.length, 500, 'capped');
    assert.ok(elapsed < 2000, `took ${elapsed} ms`);
  });
});

describe('lenses', () => {
  test('one lens for a known mode, both for an unknown one; GET-only routes send GET; PUT-only gets none', async () => {
    const service = createHostLanguageService();
    const text = py(
      'import twilio',
      '@app.post("/voice")',
      'def voice(): return "<Response><Say>x</Say></Response>"',
      '@app.get("/status")',
      'def status(): return "ok"',
      '@app.put("/update")',
      'def update(): return "<Response><Say>x</Say></Response>"',
    );
    const document = TextDocument.create('file:///lens/app.py', 'python', 1, text);
    let result = service.getCodeLenses(document);
    if (result.pending) {
      await result.pending;
      result = service.getCodeLenses(document);
    }
    assert.deepEqual(
      result.lenses.map((lens) => [lens.range.start.line, lens.command?.title, lens.command?.arguments]),
      [
        [1, '$(call-outgoing) Call this route', [{ path: '/voice', mode: 'call', method: 'POST', start: true }]],
        [3, '$(comment) Text this route', [{ path: '/status', mode: 'text', method: 'GET' }]],
        [3, '$(call-outgoing) Call this route', [{ path: '/status', mode: 'call', method: 'GET', start: true }]],
      ],
    );
    assert.ok(result.lenses.every((lens) => lens.command?.command === 'twiml.conversation.open'));
    service.forget(document.uri);
  });
});
