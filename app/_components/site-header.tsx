import Link from "next/link";

export function SiteHeader() {
  return (
    <header className="border-b border-zinc-200 dark:border-zinc-800">
      <nav aria-label="Main" className="mx-auto flex max-w-6xl items-center justify-between gap-6 px-4 py-4">
        <Link href="/" className="text-lg font-semibold tracking-tight">
          Atelier
        </Link>
        <div className="flex items-center gap-5 text-sm">
          <Link href="/account" className="hover:text-brand-600">
            Account
          </Link>
          <Link
            href="/api/auth/signin"
            className="rounded-lg bg-brand-600 px-3 py-2 font-medium text-white hover:bg-brand-700"
          >
            Sign in
          </Link>
        </div>
      </nav>
    </header>
  );
}
