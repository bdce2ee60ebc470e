import Link from "next/link";
import { mainNav } from "./site-header";

export function SiteFooter() {
  return (
    <footer className="mt-24 border-t border-zinc-200 bg-zinc-50 text-sm dark:border-zinc-800 dark:bg-zinc-900">
      <div className="mx-auto grid max-w-6xl gap-8 px-4 py-12 sm:grid-cols-3">
        <div>
          <p className="font-semibold">Atelier</p>
          <p className="mt-2 text-zinc-600 dark:text-zinc-400">
            A web-design studio you subscribe to. One flat fee, a queue of requests, work delivered every few days.
          </p>
        </div>
        <nav aria-label="Footer">
          <ul className="grid grid-cols-2 gap-2">
            {[...mainNav, { href: "/pricing", label: "Pricing" }, { href: "/search", label: "Search" }].map((item) => (
              <li key={item.href}>
                <Link
                  href={item.href}
                  className="text-zinc-700 hover:text-brand-700 dark:text-zinc-300 dark:hover:text-white"
                >
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="text-zinc-600 dark:text-zinc-400">
          <p>
            <a href="mailto:hello@atelier.example" className="underline">
              hello@atelier.example
            </a>
          </p>
          <p className="mt-2">
            <Link href="/blog/feed.xml" className="underline">
              Blog feed (Atom)
            </Link>
          </p>
          <p className="mt-4">© {new Date().getFullYear()} Atelier Studio</p>
        </div>
      </div>
    </footer>
  );
}
