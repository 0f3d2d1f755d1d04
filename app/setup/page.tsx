import { redirect } from "next/navigation";
import { SetupForm } from "~/components/auth/setup-form";
import { needsSetup } from "~/server/auth/first-admin";
import { db } from "~/server/db";

export const dynamic = "force-dynamic";

/** First start without ADMIN_USERNAME: the first admin is made here, and only while nobody has an account. */
export default async function SetupPage() {
  if (!(await needsSetup(db))) redirect("/sign-in");
  return <SetupForm />;
}
