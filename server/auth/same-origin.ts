// Better Auth checks the Origin of its own POSTs only; tRPC mutations get this check,
// so a page on another site cannot make a signed-in browser edit the tracker.

/** True when the request's Origin is the app's own (browsers send it on every POST fetch). */
export function isSameOrigin(headers: Headers, appOrigin: string): boolean {
  return headers.get("origin") === appOrigin;
}
