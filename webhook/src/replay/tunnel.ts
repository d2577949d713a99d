/**
 * Requests as Twilio reaches a local app through a tunnel (ngrok, cloudflared) or a reverse
 * proxy: Twilio signs the public URL it calls, the tunnel delivers the request to the local
 * address with the path and query unchanged and adds forwarding headers. An app that rebuilds
 * its URL from the local connection validates against a different URL than the one signed.
 *
 * Headers added (what ngrok and cloudflared send by default):
 * - `Host`: the public host (both pass it through unchanged unless told to rewrite it,
 *   ngrok `--host-header=rewrite`, cloudflared `httpHostHeader`); `hostHeader: 'local'`
 *   imitates a rewrite or nginx's default `proxy_set_header Host $proxy_host`.
 * - `X-Forwarded-Proto`: the public scheme (`https`).
 * - `X-Forwarded-Host`: the public host (with its port when it is not the default).
 * - `X-Forwarded-Port`: the public port (443 for https, 80 for http, unless given).
 * - `X-Forwarded-For`: the caller's address; a documentation address (203.0.113.10) stands for
 *   Twilio's.
 */
import { splitFragment } from './form';
import { splitUrl } from './signature';

/** Where X-Forwarded-For says the request came from (TEST-NET-3, RFC 5737). */
export const TUNNEL_CLIENT_IP = '203.0.113.10';

/** How the tunnel sets Host. */
export type HostHeaderMode = 'public' | 'local';

/** A request routed through a simulated tunnel. */
export interface TunnelPlan {
  /** The URL Twilio calls and signs (public origin, path and query). */
  publicUrl: string;
  /** Where the request is actually delivered (local origin, same path and query). */
  localUrl: string;
  /** Headers the tunnel adds; `Host` included. */
  headers: Record<string, string>;
}

function defaultPort(scheme: string): string {
  return scheme.toLowerCase() === 'https://' ? '443' : '80';
}

/**
 * Plans a tunnelled request. The path and query delivered are the public URL's, as tunnels
 * forward them; a public URL with no path (`https://myapp.ngrok.app`) takes the local URL's
 * path and query instead.
 * @returns the plan, or a sentence saying why the URLs cannot be used
 */
export function planTunnel(
  localUrl: string,
  publicUrl: string,
  hostHeader: HostHeaderMode = 'public',
): TunnelPlan | string {
  const [localBase] = splitFragment(localUrl);
  const [publicBase, publicFragment] = splitFragment(publicUrl.trim());
  const local = splitUrl(localBase);
  const pub = splitUrl(publicBase);
  if (!local || !/^https?:\/\/$/i.test(local.scheme)) return `the local URL ${localUrl} is not an http(s) URL`;
  if (!pub || !/^https?:\/\/$/i.test(pub.scheme) || pub.host === '')
    return `the public URL ${publicUrl} is not an http(s) URL`;
  const pathAndQuery = pub.rest === '' || pub.rest === '/' ? local.rest || '/' : pub.rest;
  const publicAuthority = pub.host + pub.port;
  const port = pub.port === '' ? defaultPort(pub.scheme) : pub.port.slice(1);
  const forwardedHost = port === defaultPort(pub.scheme) ? pub.host : `${pub.host}:${port}`;
  return {
    publicUrl: `${pub.scheme}${publicAuthority}${pathAndQuery}${publicFragment}`,
    localUrl: `${local.scheme}${local.host}${local.port}${pathAndQuery}`,
    headers: {
      Host: hostHeader === 'local' ? local.host + local.port : forwardedHost,
      'X-Forwarded-For': TUNNEL_CLIENT_IP,
      'X-Forwarded-Host': forwardedHost,
      'X-Forwarded-Port': port,
      'X-Forwarded-Proto': pub.scheme.slice(0, -3).toLowerCase(),
    },
  };
}

/** The request-header names a proxy or tunnel sets, as shown next to a rejected request. */
export const FORWARDING_HEADERS = [
  'Host',
  'X-Forwarded-Proto',
  'X-Forwarded-Host',
  'X-Forwarded-Port',
  'X-Forwarded-For',
] as const;
