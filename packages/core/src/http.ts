// HTTP requests that honour the proxy settings runners behind a proxy give (HTTPS_PROXY, HTTP_PROXY,
// NO_PROXY, either case): Node's global fetch ignores them unless started with --use-env-proxy,
// which an action cannot ask for. undici (the library behind Node's fetch) reads them.
import { EnvHttpProxyAgent, fetch as undiciFetch } from 'undici';

export type Environment = Readonly<Record<string, string | undefined>>;

const PROXY_VARIABLES = ['HTTPS_PROXY', 'HTTP_PROXY', 'NO_PROXY'] as const;

/** One agent per distinct proxy setting, so connections are reused across requests. */
const agents = new Map<string, EnvHttpProxyAgent>();

function setting(env: Environment, name: (typeof PROXY_VARIABLES)[number]): string | undefined {
  // curl's convention, which undici follows: the lower-case name wins.
  return env[name.toLowerCase()] || env[name] || undefined;
}

function agentFor(env: Environment): EnvHttpProxyAgent | undefined {
  const [httpsProxy, httpProxy, noProxy] = PROXY_VARIABLES.map((name) => setting(env, name));
  if (!httpsProxy && !httpProxy) return undefined;
  const key = JSON.stringify([httpsProxy, httpProxy, noProxy]);
  let agent = agents.get(key);
  if (!agent) {
    agent = new EnvHttpProxyAgent({
      ...(httpProxy ? { httpProxy } : {}),
      ...(httpsProxy ? { httpsProxy } : {}),
      ...(noProxy ? { noProxy } : {}),
    });
    agents.set(key, agent);
  }
  return agent;
}

/**
 * `fetch`, through the proxy the environment names (none set: a direct request, as fetch makes).
 * `env` is the run's environment (the action's or the CLI's process environment).
 */
export async function proxiedFetch(
  url: string,
  init: RequestInit = {},
  env: Environment = process.env,
): Promise<Response> {
  const dispatcher = agentFor(env);
  if (!dispatcher) return fetch(url, init);
  return (await undiciFetch(url, { ...(init as object), dispatcher })) as unknown as Response;
}
