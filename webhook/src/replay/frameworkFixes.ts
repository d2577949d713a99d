/**
 * How each common web framework is told to trust a proxy's forwarding headers, so that the URL
 * it rebuilds (and validates X-Twilio-Signature against) is the public one Twilio signed.
 * See https://www.twilio.com/docs/usage/security.
 */

/** Twilio's page on webhook security and signature validation. */
export const TWILIO_SECURITY_URL = 'https://www.twilio.com/docs/usage/security';

export type Framework = 'flask' | 'django' | 'express' | 'fastapi' | 'rails' | 'laravel' | 'aspnet';

/** One framework's fix. */
export interface FrameworkFix {
  framework: Framework;
  name: string;
  /** What to change, in one line of code or configuration. */
  fix: string;
}

export const FRAMEWORK_FIXES: Record<Framework, FrameworkFix> = {
  flask: {
    framework: 'flask',
    name: 'Flask/Werkzeug',
    fix: 'from werkzeug.middleware.proxy_fix import ProxyFix; app.wsgi_app = ProxyFix(app.wsgi_app, x_for=1, x_proto=1, x_host=1, x_port=1), then validate request.url',
  },
  django: {
    framework: 'django',
    name: 'Django',
    fix: 'in settings.py SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https") and USE_X_FORWARDED_HOST = True (USE_X_FORWARDED_PORT = True for a port), then validate request.build_absolute_uri()',
  },
  express: {
    framework: 'express',
    name: 'Express',
    fix: "app.set('trust proxy', 1) so req.protocol follows X-Forwarded-Proto (twilio.webhook() then rebuilds the https URL), or twilio.webhook({ url: '<the public URL>' })",
  },
  fastapi: {
    framework: 'fastapi',
    name: 'FastAPI/Starlette',
    fix: "run uvicorn with --proxy-headers --forwarded-allow-ips='*' (or add uvicorn's ProxyHeadersMiddleware) so request.url uses X-Forwarded-Proto, then validate str(request.url)",
  },
  rails: {
    framework: 'rails',
    name: 'Rails',
    fix: 'list the proxy in config.action_dispatch.trusted_proxies (loopback and private addresses are trusted by default) and validate request.original_url',
  },
  laravel: {
    framework: 'laravel',
    name: 'Laravel',
    fix: "trust the proxy in the TrustProxies middleware ($proxies = '*' with HEADER_X_FORWARDED_FOR | _HOST | _PORT | _PROTO; Laravel 11: $middleware->trustProxies(at: '*')), then validate $request->fullUrl()",
  },
  aspnet: {
    framework: 'aspnet',
    name: 'ASP.NET Core',
    fix: 'builder.Services.Configure<ForwardedHeadersOptions>(o => { o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost; o.KnownNetworks.Clear(); o.KnownProxies.Clear(); }); app.UseForwardedHeaders();',
  },
};

/** Fixes for an app that drops or rewrites the query (not a proxy setting). */
export const QUERY_FIXES: Record<Framework, string> = {
  flask: 'validate request.url (it keeps the query), not request.base_url',
  django: 'validate request.build_absolute_uri() (with the query), not request.path',
  express: "validate req.protocol + '://' + req.get('host') + req.originalUrl (twilio.webhook() does)",
  fastapi: 'validate str(request.url) (with the query)',
  rails: 'validate request.original_url',
  laravel: 'validate $request->fullUrl() (with the query), not $request->url()',
  aspnet: 'validate Request.GetEncodedUrl() (with the query string)',
};

/**
 * Guesses the framework from the response headers (Server, X-Powered-By, cookies).
 * @returns undefined when nothing gives it away
 */
export function detectFramework(headers: Readonly<Record<string, string>>): Framework | undefined {
  const server = headers.server ?? '';
  const powered = headers['x-powered-by'] ?? '';
  const cookies = headers['set-cookie'] ?? '';
  if (/werkzeug/i.test(server)) return 'flask';
  if (/express/i.test(powered)) return 'express';
  if (/uvicorn|hypercorn/i.test(server)) return 'fastapi';
  if (/kestrel/i.test(server) || /asp\.net/i.test(powered)) return 'aspnet';
  if (/laravel_session/i.test(cookies) || /laravel/i.test(powered)) return 'laravel';
  if (/puma|passenger/i.test(server) || headers['x-runtime'] !== undefined) return 'rails';
  if (/WSGIServer/i.test(server) || /csrftoken/i.test(cookies)) return 'django';
  return undefined;
}
