// A real OpenID Connect provider (`oidc-provider`) on 127.0.0.1 for tests: one
// confidential client, the accounts the test gives, the built-in login form
// (devInteractions: type the account's sub as "login", any password) and no
// consent screen. Everything is in memory and gone after stop().
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import type { OidcContext } from "oidc-provider";

export interface OidcTestAccount {
  /** the subject; also what the login form takes as "login" */
  sub: string;
  email: string;
  name: string;
}

export interface OidcProviderOptions {
  /** where the provider may send the browser back to, e.g. `${appUrl}/api/auth/callback/sso` */
  redirectUris: string[];
  /**
   * Accept the redirect URIs on 127.0.0.1 with any port (RFC 8252's rule for loopback
   * URIs of native clients), so the provider can start before the app's port is known:
   * register `http://127.0.0.1/api/auth/callback/sso`.
   */
  anyLoopbackPort?: boolean;
  /** where the provider's end-session page may send the browser back to (RP-initiated logout) */
  postLogoutRedirectUris?: string[];
  accounts: OidcTestAccount[];
  clientId?: string;
  clientSecret?: string;
  /** Better Auth's genericOAuth sends client_secret_post unless told `authentication: "basic"` */
  tokenEndpointAuthMethod?: "client_secret_post" | "client_secret_basic";
  /** defaults to a free port */
  port?: number;
}

export interface OidcTestProvider {
  /** `http://127.0.0.1:<port>`, exactly as discovery reports it */
  issuer: string;
  clientId: string;
  clientSecret: string;
  accounts: OidcTestAccount[];
  stop(): Promise<void>;
}

/** The provider's development-only notices (Node 20 is "unsupported", in-memory adapter, dev keys, dev login form). */
const DEV_NOTICE = /^oidc-provider WARNING: (Unsupported runtime|a quick start|quick start|you've configured your own interactions)/;

/** Runs `fn` with the provider's development-only warnings left out of the test output. */
async function withoutDevNotices<T>(fn: () => Promise<T> | T): Promise<T> {
  const warn = console.warn;
  console.warn = (...args: unknown[]) => {
    if (typeof args[0] === "string" && DEV_NOTICE.test(args[0])) return;
    warn(...args);
  };
  try {
    return await fn();
  } finally {
    console.warn = warn;
  }
}

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

export async function startOidcProvider(options: OidcProviderOptions): Promise<OidcTestProvider> {
  const clientId = options.clientId ?? "tracker";
  const clientSecret = options.clientSecret ?? "tracker-test-secret";
  const accounts = options.accounts.map((a) => ({ ...a }));
  const bySub = new Map(accounts.map((a) => [a.sub, a]));

  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => resolve());
  });
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const { default: Provider, interactionPolicy } = await withoutDevNotices(() => import("oidc-provider"));
  const { Check } = interactionPolicy;
  const policy = interactionPolicy.base();
  // oidc-provider asks native clients for consent every time; anyLoopbackPort makes the client "native"
  if (options.anyLoopbackPort) policy.get("consent")!.checks.remove("native_client_prompt");
  // a login that names no account shows the login form again (the provider would otherwise fail on it)
  policy
    .get("login")!
    .checks.add(
      new Check("no_such_account", "the login is not a test account", (ctx) =>
        ctx.oidc.account ? Check.NO_NEED_TO_PROMPT : Check.REQUEST_PROMPT,
      ),
    );
  const stop = () =>
    new Promise<void>((resolve, reject) => {
      server.close((error) => (error ? reject(error) : resolve()));
      server.closeAllConnections();
    });
  const provider = await withoutDevNotices(
    () =>
      new Provider(issuer, {
        clients: [
          {
            client_id: clientId,
            client_secret: clientSecret,
            application_type: options.anyLoopbackPort ? "native" : "web",
            redirect_uris: options.redirectUris,
            post_logout_redirect_uris: options.postLogoutRedirectUris ?? [],
            grant_types: ["authorization_code"],
            response_types: ["code"],
            token_endpoint_auth_method: options.tokenEndpointAuthMethod ?? "client_secret_post",
          },
        ],
        claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
        // put the scope's claims into the ID token too (not only userinfo), as many company IdPs do
        conformIdTokenClaims: false,
        async findAccount(_ctx, id) {
          const account = bySub.get(id);
          // accountId must be the typed login itself, else the provider fails with "accountId mismatch"
          if (!account) return undefined;
          return { accountId: id, claims: () => ({ sub: id, email: account.email, email_verified: true, name: account.name }) };
        },
        // grant every scope and claim up front: no consent screen
        async loadExistingGrant(ctx: OidcContext) {
          const { client, session, result, provider: self } = ctx.oidc;
          if (!client || !session?.accountId) return undefined;
          const grantId = result?.consent?.grantId ?? session.grantIdFor(client.clientId);
          if (grantId) return self.Grant.find(grantId);
          const grant = new self.Grant({ clientId: client.clientId, accountId: session.accountId });
          grant.addOIDCScope("openid email profile");
          grant.addOIDCClaims(["email", "email_verified", "name"]);
          await grant.save();
          return grant;
        },
        features: { devInteractions: { enabled: true } },
        interactions: { policy },
        // explicit lifetimes and error page keep the provider's "default … called" notices out of the output
        ttl: { AccessToken: 600, AuthorizationCode: 60, Grant: 3600, IdToken: 600, Interaction: 600, Session: 3600 },
        renderError(ctx, out) {
          ctx.type = "html";
          ctx.body = `<!doctype html><title>oidc error</title><pre>${escapeHtml(JSON.stringify(out, null, 2))}</pre>`;
        },
        cookies: { keys: ["oidc-test-cookie-key-not-secret"] },
      }),
  ).catch(async (error: unknown) => {
    await stop();
    throw error;
  });
  // without a listener, a 500 inside the provider leaves no trace
  provider.on("server_error", (_ctx, error) => console.error("oidc-provider server_error:", error));
  server.on("request", provider.callback());

  return {
    issuer,
    clientId,
    clientSecret,
    accounts,
    stop,
  };
}

/** The cookies of one site, kept across requests the way a browser keeps them (enough for these tests). */
export class CookieJar {
  private readonly cookies = new Map<string, string>();

  /** Stores the Set-Cookie headers of `res`; an empty or expired cookie is removed. */
  take(res: Response): void {
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const eq = pair.indexOf("=");
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      if (value === "" || /max-age=0\b|expires=Thu, 01 Jan 1970/i.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  get(name: string): string | undefined {
    return this.cookies.get(name);
  }

  /** The Cookie request header. */
  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  }
}

/** fetch without following redirects, sending and keeping the jar's cookies. */
export async function fetchWithJar(jar: CookieJar, url: string | URL, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  if (jar.header()) headers.set("cookie", jar.header());
  const res = await fetch(url, { ...init, headers, redirect: "manual" });
  jar.take(res);
  return res;
}

function redirectTarget(res: Response, from: URL): URL {
  const to = res.headers.get("location");
  if (res.status < 300 || res.status >= 400 || !to) throw new Error(`expected a redirect from ${from.href}, got ${res.status}`);
  return new URL(to, from);
}

/**
 * What a browser does at the provider without one: follows `authorizeUrl` to the
 * login form, submits `login` (an account's sub), and resumes (consent is skipped).
 * Returns where the provider then sends the browser: the client's redirect URI with
 * `code`, `state` and `iss` (or `error`).
 */
export async function signInAtProvider(authorizeUrl: string | URL, login: string, jar = new CookieJar()): Promise<URL> {
  const authorize = new URL(authorizeUrl);
  const interaction = redirectTarget(await fetchWithJar(jar, authorize), authorize);
  if (!/^\/interaction\/[\w-]+$/.test(interaction.pathname)) throw new Error(`expected the login form, got ${interaction.href}`);
  const submitted = await fetchWithJar(jar, interaction, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ prompt: "login", login, password: "any" }),
  });
  const resume = redirectTarget(submitted, interaction);
  const back = redirectTarget(await fetchWithJar(jar, resume), resume);
  if (back.origin === authorize.origin && back.pathname.startsWith("/interaction/")) {
    throw new Error(`the provider asked to sign in again: "${login}" is not one of its accounts`);
  }
  return back;
}
