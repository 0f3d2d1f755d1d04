import { notFound } from "next/navigation";

// Any path no page claims comes here to get the not-found page rendered per request, so its
// scripts carry the request's nonce (proxy.ts). Next's own fallback would serve the not-found
// page prerendered, the same bytes under a policy that refuses them. not-found.tsx itself stays
// static: the root layout's not-found boundary is part of every page, the static timeline shell too.
export const dynamic = "force-dynamic";

export default function Missing(): never {
  notFound();
}
