import Link from "next/link";
import { messages } from "../lib/messages";

export default function NotFound() {
  return (
    <div className="card empty-state">
      <p>{messages.common.notFound}</p>
      <Link href="/">{messages.common.backHome}</Link>
    </div>
  );
}
