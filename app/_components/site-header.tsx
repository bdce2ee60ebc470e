import Link from "next/link";
import { SessionLink } from "./shell/session-link";

export const mainNav = [
  { href: "/services", label: "Services" },
  { href: "/customers", label: "Customers" },
  { href: "/about", label: "About Us" },
  { href: "/contact", label: "Contact Us" },
  { href: "/glossary", label: "Glossary" },
  { href: "/faq", label: "FAQ" },
  { href: "/blog", label: "Blog" },
] as const;

export const heroRedesignHref = "/hero-redesign";

/**
 * Static on purpose (no session on the server): every public page can be cached for everyone. The
 * "Sign in" / "Client portal" link asks the browser's session itself (SessionLink).
 */
export function SiteHeader() {
  return (
    <header className="sticky top-0 z-40 border-b border-zinc-200 bg-white/90 backdrop-blur dark:border-zinc-800 dark:bg-zinc-950/90">
      <div className="mx-auto flex max-w-6xl items-center justify-between gap-4 px-4 py-3">
        <Link href="/" className="flex items-center gap-2 text-lg font-semibold tracking-tight">
          <span aria-hidden="true" className="inline-block size-6 rounded-md bg-brand-600" />
          Atelier
        </Link>
        <nav aria-label="Main" className="hidden items-center gap-5 text-sm lg:flex">
          {mainNav.map((item) => (
            <Link
              key={item.href}
              href={item.href}
              className="text-zinc-700 hover:text-brand-700 dark:text-zinc-300 dark:hover:text-white"
            >
              {item.label}
            </Link>
          ))}
        </nav>
        <div className="hidden items-center gap-3 text-sm lg:flex">
          <SessionLink className="font-medium text-zinc-700 hover:text-brand-700 dark:text-zinc-300 dark:hover:text-white" />
          <Link
            href="/portal/billing"
            className="text-zinc-700 hover:text-brand-700 dark:text-zinc-300 dark:hover:text-white"
          >
            Manage Billing
          </Link>
          <Link href="/pricing" className="text-zinc-700 hover:text-brand-700 dark:text-zinc-300 dark:hover:text-white">
            View pricing
          </Link>
          <Link
            href={heroRedesignHref}
            className="rounded-lg bg-brand-600 px-3 py-2 font-medium text-white hover:bg-brand-700"
          >
            Get Free Hero Redesign
          </Link>
        </div>
        {/* Works without JavaScript: a native disclosure. */}
        <details className="group relative lg:hidden">
          <summary className="cursor-pointer list-none rounded-lg border border-zinc-300 px-3 py-2 text-sm dark:border-zinc-700">
            Menu
          </summary>
          <nav
            aria-label="Mobile"
            className="absolute right-0 mt-2 flex w-64 flex-col gap-1 rounded-xl border border-zinc-200 bg-white p-3 text-sm shadow-lg dark:border-zinc-800 dark:bg-zinc-900"
          >
            {[
              ...mainNav,
              { href: "/portal/billing", label: "Manage Billing" },
              { href: "/pricing", label: "View pricing" },
            ].map((item) => (
              <Link
                key={item.href}
                href={item.href}
                className="rounded px-2 py-2 hover:bg-zinc-100 dark:hover:bg-zinc-800"
              >
                {item.label}
              </Link>
            ))}
            <SessionLink className="rounded px-2 py-2 font-medium hover:bg-zinc-100 dark:hover:bg-zinc-800" />
            <Link
              href={heroRedesignHref}
              className="mt-2 rounded-lg bg-brand-600 px-3 py-2 text-center font-medium text-white"
            >
              Get Free Hero Redesign
            </Link>
          </nav>
        </details>
      </div>
    </header>
  );
}
