import { messages } from "../lib/messages";

/** Shown while a page's server part loads (https://nextjs.org/docs/app/api-reference/file-conventions/loading). */
export default function Loading() {
  return <p className="muted">{messages.common.loading}</p>;
}
