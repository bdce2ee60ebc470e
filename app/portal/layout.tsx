import Link from "next/link";
import { NotificationBell } from "../_components/notification-bell";

const portalLinks = [
  { href: "/portal/requests", label: "Design requests" },
  { href: "/portal/files", label: "Files" },
  { href: "/portal/billing", label: "Manage Billing" },
  { href: "/portal/developers", label: "Developers" },
  { href: "/account", label: "Account" },
] as const;

/** The signed-in client's bar on every portal page; each page guards itself on the server. */
export default function PortalLayout({ children }: { children: React.ReactNode }) {
  return (
    <>
      <div className="border-b border-zinc-200 bg-zinc-50 dark:border-zinc-800 dark:bg-zinc-900/40">
        <nav aria-label="Portal" className="mx-auto flex max-w-4xl flex-wrap items-center gap-4 px-4 py-2 text-sm">
          <Link href="/portal" className="font-semibold">
            Client portal
          </Link>
          {portalLinks.map((link) => (
            <Link key={link.href} href={link.href} className="hover:underline">
              {link.label}
            </Link>
          ))}
          <span className="ml-auto">
            <NotificationBell />
          </span>
        </nav>
      </div>
      {children}
    </>
  );
}
