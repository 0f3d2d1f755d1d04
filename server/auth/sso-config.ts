// Company single sign-on through OpenID Connect, configured only by the environment:
// without OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET there is no SSO button.
import type { GenericOAuthConfig } from "better-auth/plugins/generic-oauth";
import type { EnvSource } from "./env-source";

/** Better Auth's provider id: the callback is `${APP_URL}/api/auth/callback/sso`. */
export const SSO_PROVIDER_ID = "sso";
export const DEFAULT_SSO_NAME = "公司账号";

/** Reads OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET and OIDC_NAME (display name, default 公司账号). */
export type SsoEnv = EnvSource;

/** The genericOAuth entry for the company's identity provider, or null when SSO is not configured. */
export function ssoConfig(env: SsoEnv = process.env): (GenericOAuthConfig & { name: string }) | null {
  const issuer = env.OIDC_ISSUER?.trim().replace(/\/+$/, "");
  const clientId = env.OIDC_CLIENT_ID?.trim();
  const clientSecret = env.OIDC_CLIENT_SECRET?.trim();
  if (!issuer || !clientId || !clientSecret) return null;
  return {
    providerId: SSO_PROVIDER_ID,
    name: env.OIDC_NAME?.trim() || DEFAULT_SSO_NAME,
    discoveryUrl: `${issuer}/.well-known/openid-configuration`,
    clientId,
    clientSecret,
    scopes: ["openid", "profile", "email"],
    // refuse an IdP whose discovery gives no issuer and keys to check the ID token with
    requireIdTokenVerification: true,
  };
}
