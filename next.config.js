// Next.js configuration (https://nextjs.org/docs/app/api-reference/config/next-config-js).
// No network at build or run time: no next/font/google, no remote images.
// The security headers go on every response here; the Content-Security-Policy, which needs a
// nonce per request, comes from proxy.ts (server/http/content-security-policy.ts) for pages; the
// API's responses, which the proxy skips, get the fixed policy below.

/** Kept in step with SECURITY_HEADERS in server/http/content-security-policy.ts (a unit test compares them). */
const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=()" },
];

/** Kept in step with API_CONTENT_SECURITY_POLICY in server/http/content-security-policy.ts (a unit test compares them). */
const apiContentSecurityPolicy =
  "default-src 'none'; style-src 'unsafe-inline'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/** @type {import("next").NextConfig} */
const nextConfig = {
  // Native modules and the database adapters load with Node's own require; piscina
  // too, as it starts its worker threads from its own files (server/extract-pool).
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "pg", "@prisma/adapter-pg", "piscina"],
  poweredByHeader: false,
  reactStrictMode: true,
  images: { unoptimized: true },
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      { source: "/api/:path*", headers: [{ key: "Content-Security-Policy", value: apiContentSecurityPolicy }] },
    ];
  },
};

export default nextConfig;
