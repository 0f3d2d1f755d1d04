"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { UserMenu } from "./user-menu";

export interface NavLink {
  href: string;
  label: string;
}

/** The header's links, the current section marked, and at the end who is signed in with 退出登录. */
export function NavLinks({ links, userName }: { links: NavLink[]; userName: string }) {
  const pathname = usePathname();
  const isActive = (href: string) => (href === "/" ? pathname === "/" : pathname === href || pathname.startsWith(`${href}/`));
  return (
    <nav className="site-nav">
      {links.map((link) => (
        <Link
          key={link.href}
          href={link.href}
          // every page reads the database per request, so a prefetch fetches little that lasts, and eight
          // of them took the browser's six connections before the page's own data (npm run bench:ui)
          prefetch={false}
          className={isActive(link.href) ? "active" : undefined}
          aria-current={isActive(link.href) ? "page" : undefined}
        >
          {link.label}
        </Link>
      ))}
      <UserMenu name={userName} />
    </nav>
  );
}
