import { defineEnum } from "./define-enum";

/**
 * What reaches a user by e-mail of their own: nothing, the import alerts of the
 * initiatives they follow (only those items), or only the weekly digest of the
 * departments they can read (leadership who want no alerts).
 */
export const NotifyPreferences = defineEnum("NotifyPreference", ["none", "followed", "digest"]);
export type NotifyPreference = (typeof NotifyPreferences.values)[number];
