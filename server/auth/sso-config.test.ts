import { describe, expect, it } from "vitest";
import { ssoConfig } from "./sso-config";

describe("ssoConfig", () => {
  it("is null unless issuer, client id and secret are all set", () => {
    expect(ssoConfig({})).toBeNull();
    expect(ssoConfig({ OIDC_ISSUER: "https://idp.example", OIDC_CLIENT_ID: "tracker" })).toBeNull();
    expect(ssoConfig({ OIDC_ISSUER: " ", OIDC_CLIENT_ID: "tracker", OIDC_CLIENT_SECRET: "s" })).toBeNull();
  });

  it("configures provider sso from the issuer's discovery document", () => {
    const env = { OIDC_ISSUER: "https://idp.example/realms/corp/", OIDC_CLIENT_ID: "tracker", OIDC_CLIENT_SECRET: "s3cret" };
    expect(ssoConfig(env)).toMatchObject({
      providerId: "sso",
      name: "公司账号",
      discoveryUrl: "https://idp.example/realms/corp/.well-known/openid-configuration",
      clientId: "tracker",
      clientSecret: "s3cret",
      scopes: ["openid", "profile", "email"],
    });
    expect(ssoConfig({ ...env, OIDC_NAME: "飞书" })?.name).toBe("飞书");
  });
});
