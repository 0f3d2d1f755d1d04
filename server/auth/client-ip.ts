// The client's address for the audit log. Next's route handlers do not expose the
// socket's remote address, so this reads the first X-Forwarded-For hop (`next start`
// sets the header to the remote address when a request arrives without one), as
// Better Auth does for its rate limit. It is only as trustworthy as what sits in
// front: behind the app's own reverse proxy (which overwrites the header) it is the
// real client; reached directly, a client can write any value into the header.
// (Better Auth's rate limit is stricter: it ignores a header with several hops unless
// advanced.ipAddress.trustedProxies is set; the log still records the first hop.)
export function clientIp(headers: Headers): string | null {
  const first = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return first || headers.get("x-real-ip")?.trim() || null;
}
