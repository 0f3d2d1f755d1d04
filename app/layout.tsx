import type { Metadata } from "next";
import type { ReactNode } from "react";
import { NavLinks } from "~/components/layout/nav-links";
import { currentAccess, currentUser } from "./_auth/current-user";
import { TRPCReactProvider } from "./_trpc/provider";
import { messages } from "../lib/messages";
import "./globals.css";
import "./print.css";

export const metadata: Metadata = {
  title: messages.app.title,
  description: messages.app.description,
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // the sign-in and setup pages share this layout: the nav shows only to a signed-in user
  const user = await currentUser();
  // the nav offers what the roles allow (the server refuses the rest anyway)
  const access = await currentAccess();
  const edits = access.some((d) => d.role !== "viewer");
  const administers = user?.siteAdmin || access.some((d) => d.role === "admin");
  return (
    <html lang="zh-CN">
      <body>
        <header className="site-header">
          <span className="site-title">{messages.app.title}</span>
          {user && (
            <>
              <NavLinks
                links={[
                  { href: "/", label: messages.nav.timeline },
                  { href: "/portfolio", label: messages.nav.portfolio },
                  { href: "/week", label: messages.nav.week },
                  ...(edits ? [{ href: "/import", label: messages.nav.import }] : []),
                  { href: "/reports", label: messages.nav.reports },
                  ...(administers ? [{ href: "/admin", label: messages.nav.admin }] : []),
                  // the audit log is for site admins: others do not see the link (and the page refuses them)
                  ...(user.siteAdmin ? [{ href: "/audit", label: messages.nav.audit }] : []),
                ]}
                userName={user.name}
              />
            </>
          )}
        </header>
        <main className="site-main">
          <TRPCReactProvider>{children}</TRPCReactProvider>
        </main>
      </body>
    </html>
  );
}
