// The part of `oidc-provider` (9.x, ships no types) that server/testing/oidc-provider.ts uses.
// Typed by hand instead of adding @types/oidc-provider, whose latest (9.12) lags the package.
declare module "oidc-provider" {
  import type { IncomingMessage, ServerResponse } from "node:http";

  export interface OidcAccountClaims {
    sub: string;
    [claim: string]: unknown;
  }

  export interface OidcFoundAccount {
    accountId: string;
    claims(use: string, scope: string): Promise<OidcAccountClaims> | OidcAccountClaims;
  }

  export interface Grant {
    jti: string;
    addOIDCScope(scope: string): void;
    addOIDCClaims(claims: string[]): void;
    save(): Promise<string>;
  }

  export interface GrantConstructor {
    new (properties: { clientId: string; accountId: string }): Grant;
    find(id: string): Promise<Grant | undefined>;
  }

  export interface OidcContext {
    oidc: {
      provider: Provider;
      account?: OidcFoundAccount;
      client?: { clientId: string };
      session?: { accountId?: string; grantIdFor(clientId: string): string | undefined };
      result?: { consent?: { grantId?: string } };
    };
  }

  export interface ClientMetadata {
    client_id: string;
    client_secret?: string;
    redirect_uris: string[];
    grant_types?: string[];
    response_types?: string[];
    token_endpoint_auth_method?: string;
    [key: string]: unknown;
  }

  export interface Configuration {
    clients?: ClientMetadata[];
    claims?: Record<string, string[] | null>;
    cookies?: { keys?: string[] };
    features?: Record<string, { enabled?: boolean; [key: string]: unknown }>;
    pkce?: { required?: () => boolean };
    findAccount?(ctx: OidcContext, id: string): Promise<OidcFoundAccount | undefined>;
    loadExistingGrant?(ctx: OidcContext): Promise<Grant | undefined>;
    ttl?: Record<string, number>;
    interactions?: { policy?: Prompt[] };
    renderError?(ctx: { type: string; body: unknown }, out: { error: string; error_description?: string }, error: Error): void;
    [key: string]: unknown;
  }

  export class Check {
    static readonly REQUEST_PROMPT: true;
    static readonly NO_NEED_TO_PROMPT: false;
    constructor(reason: string, description: string, check: (ctx: OidcContext) => boolean);
  }

  export interface Prompt {
    name: string;
    checks: Check[] & { add(check: Check, index?: number): void; remove(reason: string): void };
  }

  export const interactionPolicy: {
    Check: typeof Check;
    base(): Prompt[] & { get(name: string): Prompt | undefined };
  };

  export class Provider {
    constructor(issuer: string, configuration?: Configuration);
    readonly issuer: string;
    Grant: GrantConstructor;
    callback(): (req: IncomingMessage, res: ServerResponse) => void;
    on(event: string, listener: (...args: unknown[]) => void): this;
  }

  export default Provider;
}
