// The test OpenID Connect provider, driven by hand with fetch: discovery, the
// authorization-code flow through its login form (no consent screen), the token
// endpoint with the client's credentials, and a signed ID token with the account.
import { createHash, createPublicKey, randomBytes, verify, type JsonWebKey } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CookieJar, fetchWithJar as send, type OidcTestProvider, signInAtProvider, startOidcProvider } from "./oidc-provider";

const REDIRECT_URI = "http://127.0.0.1:3999/api/auth/callback/sso";
const ZHANGSAN = { sub: "zhangsan", email: "zhangsan@example.com", name: "张三" };

interface Discovery {
  issuer: string;
  authorization_endpoint: string;
  token_endpoint: string;
  jwks_uri: string;
  userinfo_endpoint: string;
  end_session_endpoint: string;
  code_challenge_methods_supported: string[];
  token_endpoint_auth_methods_supported: string[];
  scopes_supported: string[];
  claims_supported: string[];
}

let idp: OidcTestProvider;
let discovery: Discovery;

beforeAll(async () => {
  idp = await startOidcProvider({
    redirectUris: [REDIRECT_URI],
    accounts: [ZHANGSAN, { sub: "lisi", email: "lisi@example.com", name: "李四" }],
  });
  discovery = (await (await fetch(`${idp.issuer}/.well-known/openid-configuration`)).json()) as Discovery;
});
afterAll(() => idp?.stop());

const base64url = (bytes: Buffer): string => bytes.toString("base64url");

function location(res: Response, from: string): URL {
  const to = res.headers.get("location");
  expect(to, `${res.status} from ${from} without a Location`).toBeTruthy();
  return new URL(to!, from);
}

/** Authorize → the login form with `login` → back at the redirect URI: the URL it sends the browser to. */
function authorizeUrl(params: Record<string, string>): URL {
  const url = new URL(discovery.authorization_endpoint);
  url.search = new URLSearchParams({
    client_id: idp.clientId,
    redirect_uri: REDIRECT_URI,
    response_type: "code",
    scope: "openid email profile",
    code_challenge_method: "S256",
    ...params,
  }).toString();
  return url;
}

async function signInAt(login: string, state: string, nonce: string, challenge: string): Promise<URL> {
  const jar = new CookieJar();
  const authorize = authorizeUrl({ state, nonce, code_challenge: challenge });
  const toInteraction = await send(jar, authorize.href);
  expect(toInteraction.status).toBe(303);
  const interaction = location(toInteraction, authorize.href);
  expect(interaction.pathname).toMatch(/^\/interaction\/[\w-]+$/);

  const form = await send(jar, interaction.href);
  expect(form.status).toBe(200);
  const html = await form.text();
  expect(html).toContain('name="login"');
  expect(html).toContain(`action="${interaction.href}"`);

  const submitted = await send(jar, interaction.href, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ prompt: "login", login, password: "anything" }).toString(),
  });
  expect(submitted.status).toBe(303);
  const resume = location(submitted, interaction.href);
  expect(resume.pathname).toMatch(/^\/auth\//);

  // no consent screen: resuming goes straight back to the client
  const back = await send(jar, resume.href);
  expect(back.status).toBe(303);
  return location(back, resume.href);
}

function decodeJwt(jwt: string): { header: { alg: string; kid?: string }; payload: Record<string, unknown> } {
  const [header, payload] = jwt.split(".");
  return {
    header: JSON.parse(Buffer.from(header, "base64url").toString("utf8")) as { alg: string; kid?: string },
    payload: JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as Record<string, unknown>,
  };
}

describe("test OpenID Connect provider", () => {
  it("publishes its endpoints under the 127.0.0.1 issuer", () => {
    expect(idp.issuer).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(discovery.issuer).toBe(idp.issuer);
    expect(discovery.authorization_endpoint).toBe(`${idp.issuer}/auth`);
    expect(discovery.token_endpoint).toBe(`${idp.issuer}/token`);
    expect(discovery.jwks_uri).toBe(`${idp.issuer}/jwks`);
    expect(discovery.userinfo_endpoint).toBe(`${idp.issuer}/me`);
    expect(discovery.end_session_endpoint).toBe(`${idp.issuer}/session/end`);
    expect(discovery.code_challenge_methods_supported).toContain("S256");
    expect(discovery.token_endpoint_auth_methods_supported).toEqual(expect.arrayContaining(["client_secret_post", "client_secret_basic"]));
    expect(discovery.scopes_supported).toEqual(expect.arrayContaining(["openid", "email", "profile"]));
    expect(discovery.claims_supported).toEqual(expect.arrayContaining(["sub", "email", "email_verified", "name"]));
  });

  it("signs in through the login form with the sub, skips consent, and trades the code for a signed ID token of that account", async () => {
    const state = base64url(randomBytes(16));
    const nonce = base64url(randomBytes(16));
    const verifier = base64url(randomBytes(32));
    const challenge = base64url(createHash("sha256").update(verifier).digest());

    const callback = await signInAt("zhangsan", state, nonce, challenge);
    expect(`${callback.origin}${callback.pathname}`).toBe(REDIRECT_URI);
    expect(callback.searchParams.get("error")).toBeNull();
    expect(callback.searchParams.get("state")).toBe(state);
    expect(callback.searchParams.get("iss")).toBe(idp.issuer);
    const code = callback.searchParams.get("code");
    expect(code).toBeTruthy();

    const res = await fetch(discovery.token_endpoint, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({
        grant_type: "authorization_code",
        code: code!,
        redirect_uri: REDIRECT_URI,
        code_verifier: verifier,
        client_id: idp.clientId,
        client_secret: idp.clientSecret,
      }).toString(),
    });
    expect(res.status).toBe(200);
    const tokens = (await res.json()) as { id_token: string; access_token: string; token_type: string };
    expect(tokens.token_type).toBe("Bearer");

    const { header, payload } = decodeJwt(tokens.id_token);
    expect(payload).toMatchObject({
      iss: idp.issuer,
      aud: idp.clientId,
      nonce,
      sub: "zhangsan",
      email: "zhangsan@example.com",
      email_verified: true,
      name: "张三",
    });

    // the signature checks out against the published keys
    const { keys } = (await (await fetch(discovery.jwks_uri)).json()) as { keys: (JsonWebKey & { kid: string })[] };
    const jwk = keys.find((k) => k.kid === header.kid);
    expect(header.alg).toBe("RS256");
    expect(jwk).toBeDefined();
    const [h, p, signature] = tokens.id_token.split(".");
    expect(
      verify("sha256", Buffer.from(`${h}.${p}`), createPublicKey({ key: jwk!, format: "jwk" }), Buffer.from(signature, "base64url")),
    ).toBe(true);

    // the same claims from userinfo, for clients that read them there
    const me = await fetch(discovery.userinfo_endpoint, { headers: { authorization: `Bearer ${tokens.access_token}` } });
    expect(await me.json()).toMatchObject({ sub: "zhangsan", email: "zhangsan@example.com", name: "张三" });

    // a code is good once
    const again = await fetch(discovery.token_endpoint, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({
        grant_type: "authorization_code",
        code: code!,
        redirect_uri: REDIRECT_URI,
        code_verifier: verifier,
        client_id: idp.clientId,
        client_secret: idp.clientSecret,
      }).toString(),
    });
    expect(again.status).toBe(400);
  });

  it("refuses a wrong client secret and a redirect URI it does not know", async () => {
    const token = await fetch(discovery.token_endpoint, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({
        grant_type: "authorization_code",
        code: "x",
        redirect_uri: REDIRECT_URI,
        client_id: idp.clientId,
        client_secret: "wrong",
      }),
    });
    expect(token.status).toBe(401);
    expect(await token.json()).toMatchObject({ error: "invalid_client" });

    const authorize = authorizeUrl({ redirect_uri: "http://127.0.0.1:4000/elsewhere", code_challenge: base64url(randomBytes(32)) });
    const res = await fetch(authorize, { redirect: "manual" });
    expect(res.status).toBe(400);
    expect(await res.text()).toContain("redirect_uri did not match any of the client&#39;s registered redirect_uris");
  });

  it("lets signInAtProvider do the same in one call, for each account, and refuses a login that is no account", async () => {
    const challenge = base64url(
      createHash("sha256")
        .update(base64url(randomBytes(32)))
        .digest(),
    );
    const lisi = await signInAtProvider(authorizeUrl({ state: "s1", code_challenge: challenge }), "lisi");
    expect(`${lisi.origin}${lisi.pathname}`).toBe(REDIRECT_URI);
    expect(lisi.searchParams.get("code")).toBeTruthy();
    expect(lisi.searchParams.get("state")).toBe("s1");

    // a login that is no account gets the login form again, not a code
    await expect(signInAtProvider(authorizeUrl({ state: "s2", code_challenge: challenge }), "nobody")).rejects.toThrow(
      /"nobody" is not one of its accounts/,
    );
  });

  it("with anyLoopbackPort, accepts the registered loopback redirect URI on any port, still without a consent screen", async () => {
    const loose = await startOidcProvider({
      redirectUris: ["http://127.0.0.1/api/auth/callback/sso"],
      accounts: [ZHANGSAN],
      anyLoopbackPort: true,
    });
    try {
      const url = new URL(`${loose.issuer}/auth`);
      url.search = new URLSearchParams({
        client_id: loose.clientId,
        redirect_uri: "http://127.0.0.1:4567/api/auth/callback/sso",
        response_type: "code",
        scope: "openid email profile",
        state: "s3",
        code_challenge: base64url(randomBytes(32)),
        code_challenge_method: "S256",
      }).toString();
      const back = await signInAtProvider(url, "zhangsan");
      expect(`${back.origin}${back.pathname}`).toBe("http://127.0.0.1:4567/api/auth/callback/sso");
      expect(back.searchParams.get("code")).toBeTruthy();

      url.searchParams.set("redirect_uri", "http://127.0.0.1:4567/elsewhere");
      expect((await fetch(url, { redirect: "manual" })).status).toBe(400);
    } finally {
      await loose.stop();
    }
  });
});
