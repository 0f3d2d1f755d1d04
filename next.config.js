// Next.js configuration (https://nextjs.org/docs/app/api-reference/config/next-config-js).
// No network at build or run time: no next/font/google, no remote images.

/** @type {import("next").NextConfig} */
const nextConfig = {
  // Native modules and the database adapters load with Node's own require.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "pg", "@prisma/adapter-pg"],
  poweredByHeader: false,
  reactStrictMode: true,
  images: { unoptimized: true },
};

export default nextConfig;
