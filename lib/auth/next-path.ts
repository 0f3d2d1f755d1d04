// Where to go after signing in: `?next=` comes from the URL, so only a path on this
// site is followed; anything else (another host, `//evil.example`) goes home.

export function safeNextPath(next: string | string[] | undefined | null): string {
  const value = Array.isArray(next) ? next[0] : next;
  if (!value || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return "/";
  return value;
}

/** The sign-in page's URL that returns to `path` afterwards. */
export const signInPath = (path: string) => (path === "/" ? "/sign-in" : `/sign-in?next=${encodeURIComponent(path)}`);
