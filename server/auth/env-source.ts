/** Environment variables as the auth modules read them: process.env, or a test's plain object. */
export type EnvSource = Readonly<Record<string, string | undefined>>;
