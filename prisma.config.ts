// Prisma CLI configuration (https://www.prisma.io/docs/orm/reference/prisma-config-reference).
// The app applies migrations itself (server/db/migrate.ts); this file serves
// `prisma generate` here and `prisma migrate deploy` on a connected machine.
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "file:./data/tracker.db" },
});
