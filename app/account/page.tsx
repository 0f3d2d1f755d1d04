import { PasswordForm } from "~/components/auth/password-form";
import { MIN_PASSWORD_LENGTH } from "~/server/auth/auth";
import { requireUser } from "../_auth/current-user";
import { NotifyPreference } from "./notify-preference";

export const dynamic = "force-dynamic";

export default async function AccountPage() {
  await requireUser("/account");
  return (
    <>
      <PasswordForm minLength={MIN_PASSWORD_LENGTH} />
      <NotifyPreference />
    </>
  );
}
