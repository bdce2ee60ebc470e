"use client";

import { usePathname } from "next/navigation";

/** Paths that wear the app shell (their layouts render it) instead of the marketing header and footer. */
export const appShellPaths = ["/portal", "/admin", "/account", "/notifications"];

export function isAppShellPath(pathname: string) {
  return appShellPaths.some((p) => pathname === p || pathname.startsWith(`${p}/`));
}

/**
 * The root layout wraps every page; the public header and footer are server components passed in
 * here, so public pages stay static while app pages drop them. Decided from the path, which the
 * server knows too: no flash, no hydration mismatch.
 */
export function MarketingChrome({
  header,
  footer,
  children,
}: {
  header: React.ReactNode;
  footer: React.ReactNode;
  children: React.ReactNode;
}) {
  const pathname = usePathname() ?? "/";
  if (isAppShellPath(pathname)) return children;
  return (
    <>
      {header}
      <main id="main" className="flex-1">
        {children}
      </main>
      {footer}
    </>
  );
}
