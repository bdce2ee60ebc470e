"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

export interface NavItem {
  href: string;
  label: string;
  /** Only this exact path counts as "here" (for section homes such as /portal and /admin). */
  isExact?: boolean;
}

export function isCurrent(pathname: string, item: NavItem) {
  if (item.isExact) return pathname === item.href;
  return pathname === item.href || pathname.startsWith(`${item.href}/`);
}

/** A navigation link that says where you are: aria-current="page" and a visible marker. */
export function NavLink({ item, className }: { item: NavItem; className?: string }) {
  const pathname = usePathname() ?? "";
  const here = isCurrent(pathname, item);
  return (
    <Link
      href={item.href}
      aria-current={here ? "page" : undefined}
      className={`${className ?? ""} ${
        here
          ? "bg-brand-50 font-semibold text-brand-700 dark:bg-zinc-800 dark:text-brand-100"
          : "text-zinc-700 hover:bg-zinc-100 dark:text-zinc-300 dark:hover:bg-zinc-800"
      }`}
    >
      {item.label}
    </Link>
  );
}
