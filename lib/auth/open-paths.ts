/** Pages open without a session: the sign-in and setup pages (proxy.ts lets them through; they show no nav). */
export const OPEN_PATHS = /^\/(?:sign-in|setup)(?:\/|$)/;
