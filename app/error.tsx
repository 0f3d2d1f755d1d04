"use client";
// Error boundary of every page (https://nextjs.org/docs/app/api-reference/file-conventions/error).
import { useEffect } from "react";
import { messages } from "../lib/messages";

export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  useEffect(() => console.error(error), [error]);
  return (
    <div className="notice error" role="alert">
      {messages.common.pageError}{" "}
      <button type="button" onClick={() => retry()}>
        {messages.common.retry}
      </button>
    </div>
  );
}
