import { redirect } from "next/navigation";
import { SignInForm } from "~/components/auth/sign-in-form";
import { safeNextPath } from "~/lib/auth/next-path";
import { needsSetup } from "~/server/auth/first-admin";
import { ssoConfig } from "~/server/auth/sso-config";
import { db } from "~/server/db";
import { currentUser } from "../_auth/current-user";

export const dynamic = "force-dynamic";

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const next = safeNextPath((await searchParams).next);
  if (await needsSetup(db)) redirect("/setup");
  if (await currentUser()) redirect(next);
  return <SignInForm next={next} ssoName={ssoConfig()?.name ?? null} />;
}
