import type { Metadata } from "next";
import type { ReactNode } from "react";
import { SiteNav } from "./_layout/site-nav";
import { TRPCReactProvider } from "./_trpc/provider";
import { messages } from "../lib/messages";
import "./globals.css";
import "./print.css";

export const metadata: Metadata = {
  title: messages.app.title,
  description: messages.app.description,
};

/** Reads nothing of the request, so a page below it may be static (app/page.tsx); each page checks its session. */
export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="zh-CN">
      <body>
        <TRPCReactProvider>
          <header className="site-header">
            <span className="site-title">{messages.app.title}</span>
            <SiteNav />
          </header>
          <main className="site-main">{children}</main>
        </TRPCReactProvider>
      </body>
    </html>
  );
}
