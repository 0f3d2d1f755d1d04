"use client";
// The header's links, read in the browser: the root layout renders nothing of the
// visitor, so that a page can be a static shell (app/page.tsx). The nav offers
// what the roles allow (the server refuses the rest anyway).
import { useQuery } from "@tanstack/react-query";
import { usePathname } from "next/navigation";
import { NavLinks } from "~/components/layout/nav-links";
import { OPEN_PATHS } from "~/lib/auth/open-paths";
import { messages } from "~/lib/messages";
import { useTRPC } from "../_trpc/provider";

export function SiteNav() {
  const trpc = useTRPC();
  // the sign-in and setup pages have nobody to show
  const open = OPEN_PATHS.test(usePathname());
  const mine = useQuery({ ...trpc.department.mine.queryOptions(), enabled: !open });
  if (open || !mine.data) return null;
  const { departments, siteAdmin, userName } = mine.data;
  const edits = departments.some((d) => d.role !== "viewer");
  const administers = siteAdmin || departments.some((d) => d.role === "admin");
  return (
    <NavLinks
      links={[
        { href: "/", label: messages.nav.timeline },
        { href: "/portfolio", label: messages.nav.portfolio },
        { href: "/week", label: messages.nav.week },
        ...(edits ? [{ href: "/import", label: messages.nav.import }] : []),
        { href: "/reports", label: messages.nav.reports },
        ...(administers ? [{ href: "/admin", label: messages.nav.admin }] : []),
        // the audit log is for site admins: others do not see the link (and the page refuses them)
        ...(siteAdmin ? [{ href: "/audit", label: messages.nav.audit }] : []),
      ]}
      userName={userName}
    />
  );
}
