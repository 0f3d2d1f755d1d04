import { messages } from "../messages";

export default function Loading() {
  return <p className="muted">{messages.common.loading}</p>;
}
