// Where the app is reached: cookies, redirects and the Origin checks all depend on it.
import type { EnvSource } from "./env-source";

/** APP_URL without a trailing slash, else http://localhost:$PORT. */
export function appUrl(env: EnvSource = process.env): string {
  const configured = env.APP_URL?.trim().replace(/\/+$/, "");
  return configured || `http://localhost:${env.PORT?.trim() || "3000"}`;
}

/** The origin browsers send in the Origin header for the app's own pages. */
export const appOrigin = (env: EnvSource = process.env) => new URL(appUrl(env)).origin;
