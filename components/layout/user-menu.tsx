"use client";
import Link from "next/link";
import { useState } from "react";
import { messages } from "~/lib/messages";
import { signOut } from "../auth/auth-requests";

/** The header's right end: who is signed in (a link to the password page) and 退出登录. */
export function UserMenu({ name }: { name: string }) {
  const [busy, setBusy] = useState(false);
  async function leave() {
    setBusy(true);
    await signOut();
    window.location.assign("/sign-in");
  }
  return (
    <div className="user-menu">
      <Link href="/account" prefetch={false} className="user-name" title={messages.auth.signedInAs(name)}>
        {name}
      </Link>
      <button type="button" onClick={() => void leave()} disabled={busy}>
        {messages.auth.signOut}
      </button>
    </div>
  );
}
