import Link from "next/link";
import { TRPCReactProvider } from "../../_trpc/client";
import { LiveUpdates } from "../live-updates";
import { NotificationBell } from "../notification-bell";
import { pageSession } from "../page-session";
import { MobileNav } from "./mobile-nav";
import { type NavItem, NavLink } from "./nav-link";
import { UserMenu } from "./user-menu";
import { WorkspaceSwitcher } from "./workspace-switcher";

export type ShellArea = "portal" | "admin" | "personal";

const portalNav: NavItem[] = [
  { href: "/portal", label: "Overview", isExact: true },
  { href: "/portal/requests", label: "Design requests" },
  { href: "/portal/files", label: "Files" },
  { href: "/portal/brand", label: "Brand" },
  { href: "/portal/billing", label: "Billing" },
  { href: "/portal/developers", label: "Developers" },
];

/** The staff switcher: the back office's working areas (Billing and Content for admins). */
const staffAreas = (isAdmin: boolean): NavItem[] => [
  { href: "/admin/requests", label: "Board" },
  { href: "/admin/leads", label: "Leads" },
  { href: "/admin/hero-redesigns", label: "Hero redesigns" },
  ...(isAdmin ? [{ href: "/admin/billing", label: "Billing" }] : []),
  ...(isAdmin ? [{ href: "/admin/content", label: "Content" }] : []),
];

/** The back office's other pages; on wide screens the areas sit in the header's switcher. */
const staffPages = (isAdmin: boolean): NavItem[] => [
  { href: "/admin", label: "Dashboard", isExact: true },
  { href: "/admin/media", label: "Media" },
  ...(isAdmin
    ? [
        { href: "/admin/workspaces", label: "Workspaces" },
        { href: "/admin/users", label: "People" },
        { href: "/admin/audit", label: "Audit log" },
        { href: "/admin/jobs", label: "Jobs" },
        { href: "/admin/developers", label: "Developers" },
      ]
    : []),
];

const staffNav = (isAdmin: boolean): NavItem[] => [
  ...staffPages(isAdmin).slice(0, 1),
  ...staffAreas(isAdmin),
  ...staffPages(isAdmin).slice(1),
];

const personalNav: NavItem[] = [
  { href: "/account", label: "Account", isExact: true },
  { href: "/account/tokens", label: "API tokens" },
  { href: "/notifications", label: "Notifications" },
];

/**
 * The signed-in app's frame for /portal, /admin, /account and /notifications: its own header
 * (the marketing header is left out on these paths, see marketing-chrome.tsx) and a navigation
 * that marks the current page. Pages still guard themselves; without a session the frame is bare.
 */
export async function AppShell({ area, children }: { area: ShellArea; children: React.ReactNode }) {
  const session = await pageSession();
  const user = session?.user ?? null;
  const isStaff = Boolean(user?.staffRole);
  const isAdmin = user?.staffRole === "ADMIN";
  const showsStaff = area === "admin" || (area === "personal" && isStaff);
  const sectionNav = showsStaff ? staffNav(isAdmin) : portalNav;
  const sectionLabel = showsStaff ? "Back office" : "Client portal";
  const home = showsStaff ? "/admin" : "/portal";

  // The signed-in app's pages query through tRPC and TanStack Query; public pages never load them.
  return (
    <TRPCReactProvider>
      <div className="flex min-h-screen flex-col" data-app-shell={area}>
        <header className="sticky top-0 z-40 border-b border-zinc-200 bg-white/95 backdrop-blur dark:border-zinc-800 dark:bg-zinc-950/95">
          <div className="mx-auto flex max-w-6xl items-center gap-3 px-4 py-2.5">
            <Link href={home} className="flex shrink-0 items-center gap-2 font-semibold tracking-tight">
              <span aria-hidden="true" className="inline-block size-6 rounded-md bg-brand-600" />
              <span>Atelier</span>
              <span className="hidden text-sm font-normal text-zinc-600 sm:inline dark:text-zinc-400">
                {sectionLabel}
              </span>
            </Link>
            {user && !showsStaff && (
              <div className="flex min-w-0 items-center gap-2 border-l border-zinc-200 pl-3 dark:border-zinc-800">
                <WorkspaceSwitcher />
              </div>
            )}
            {user && showsStaff && (
              <nav
                aria-label="Switch area"
                className="hidden items-center gap-1 border-l border-zinc-200 pl-3 md:flex dark:border-zinc-800"
              >
                {staffAreas(isAdmin).map((item) => (
                  <NavLink key={item.href} item={item} className="rounded-lg px-2.5 py-1 text-sm" />
                ))}
              </nav>
            )}
            <div className="ml-auto flex shrink-0 items-center gap-3 text-sm">
              {user && (
                <>
                  <span className="hidden sm:inline">
                    <NotificationBell />
                  </span>
                  <UserMenu name={user.name} email={user.email} />
                </>
              )}
              {!user && (
                <Link href="/signin" className="underline">
                  Sign in
                </Link>
              )}
              {user && (
                <MobileNav
                  groups={[
                    { label: sectionLabel, items: sectionNav },
                    { label: "You", items: personalNav },
                  ]}
                />
              )}
            </div>
          </div>
        </header>
        {user && (
          <nav aria-label={sectionLabel} className="hidden border-b border-zinc-200 lg:block dark:border-zinc-800">
            <ul className="mx-auto flex max-w-6xl flex-wrap gap-1 px-4 py-1.5">
              {(area === "personal" ? personalNav : showsStaff ? staffPages(isAdmin) : portalNav).map((item) => (
                <li key={item.href}>
                  <NavLink item={item} className="block rounded-lg px-3 py-1.5 text-sm" />
                </li>
              ))}
            </ul>
          </nav>
        )}
        {user && <LiveUpdates />}
        <main id="main" className="flex-1">
          {children}
        </main>
      </div>
    </TRPCReactProvider>
  );
}
