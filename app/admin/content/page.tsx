import type { Metadata } from "next";
import Link from "next/link";
import { studioKind } from "@/server/content-studio/schemas";
import { requireStaff } from "../../_components/guards";
import { buttonClass, formatDateTime, inputClass, secondaryButtonClass } from "../../_components/ui";
import { serverCaller } from "../../_trpc/server";
import { FaqOrder } from "./faq-order";

export const metadata: Metadata = { title: "Content", robots: { index: false } };

const kindTabs = [
  { kind: "glossary", label: "Glossary", one: "glossary term" },
  { kind: "post", label: "Blog posts", one: "blog post" },
  { kind: "faq", label: "FAQ", one: "FAQ entry" },
  { kind: "service", label: "Services", one: "service" },
  { kind: "story", label: "Customer stories", one: "customer story" },
  { kind: "plan", label: "Plans", one: "plan" },
  { kind: "page", label: "Pages", one: "page" },
] as const;
const statuses = [
  { value: "all", label: "All" },
  { value: "published", label: "Published" },
  { value: "changed", label: "Published, with draft changes" },
  { value: "draft", label: "Not published" },
  { value: "scheduled", label: "Scheduled" },
] as const;
type Status = (typeof statuses)[number]["value"];

export default async function ContentPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const { isAdmin } = await requireStaff("/admin/content");
  if (!isAdmin) return <p className="mt-8">Only admins edit the site&apos;s content.</p>;
  const params = await searchParams;
  const kind = studioKind.safeParse(params.kind).data ?? "glossary";
  const status = (statuses.find((s) => s.value === params.status)?.value ?? "all") as Status;
  const q = (params.q ?? "").slice(0, 120);
  const { items, total } = await (await serverCaller()).contentStudio.list({ kind, q: q || undefined, status });

  return (
    <div>
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-3xl font-bold tracking-tight">Content</h1>
        <div className="flex gap-3">
          <Link href="/admin/content/redirects" className={secondaryButtonClass}>
            Redirects
          </Link>
          {kind !== "page" && (
            <Link href={`/admin/content/${kind}/new`} className={buttonClass}>
              New {kindTabs.find((t) => t.kind === kind)?.one}
            </Link>
          )}
        </div>
      </div>
      <nav aria-label="Content types" className="mt-6 flex gap-2 border-b border-zinc-200 dark:border-zinc-800">
        {kindTabs.map((t) => (
          <Link
            key={t.kind}
            href={`/admin/content?kind=${t.kind}`}
            aria-current={t.kind === kind ? "page" : undefined}
            className={`-mb-px border-b-2 px-3 py-2 font-medium ${t.kind === kind ? "border-brand-600 text-brand-700 dark:text-brand-100" : "border-transparent text-zinc-700 hover:text-zinc-900 dark:text-zinc-300"}`}
          >
            {t.label}
          </Link>
        ))}
      </nav>
      <search>
        <form className="mt-4 flex flex-wrap items-end gap-3">
          <input type="hidden" name="kind" value={kind} />
          <div>
            <label htmlFor="content-q" className="text-sm font-medium">
              Search
            </label>
            <input id="content-q" name="q" defaultValue={q} className={inputClass} placeholder="Title or address" />
          </div>
          <div>
            <label htmlFor="content-status" className="text-sm font-medium">
              Status
            </label>
            <select id="content-status" name="status" defaultValue={status} className={inputClass}>
              {statuses.map((s) => (
                <option key={s.value} value={s.value}>
                  {s.label}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className={secondaryButtonClass}>
            Filter
          </button>
        </form>
      </search>
      <p className="mt-3 text-sm text-zinc-700 dark:text-zinc-300">
        {items.length} of {total} shown
      </p>
      {(kind === "faq" || kind === "service" || kind === "plan") && status === "all" && !q ? (
        <FaqOrder
          kind={kind}
          items={items.map((i) => ({
            id: i.id,
            title: i.title,
            category: i.category ?? "",
            isPublished: i.isPublished,
            hasUnpublishedChanges: i.hasUnpublishedChanges,
          }))}
        />
      ) : items.length === 0 ? (
        <p className="mt-6 rounded-xl border border-dashed border-zinc-300 p-8 text-center dark:border-zinc-700">
          Nothing matches. Try another search or status.
        </p>
      ) : (
        <table className="mt-4 w-full text-left text-sm">
          <caption className="sr-only">Items</caption>
          <thead>
            <tr className="border-b border-zinc-200 dark:border-zinc-800">
              <th scope="col" className="py-2">
                Title
              </th>
              <th scope="col">Address</th>
              <th scope="col">Status</th>
              <th scope="col">Last change</th>
            </tr>
          </thead>
          <tbody>
            {items.map((i) => (
              <tr key={i.id} className="border-b border-zinc-100 dark:border-zinc-900">
                <td className="py-2">
                  <Link
                    href={`/admin/content/${kind}/${i.id}`}
                    className="font-medium text-brand-700 hover:underline dark:text-brand-100"
                  >
                    {i.title || "Untitled"}
                  </Link>
                </td>
                <td className="text-zinc-700 dark:text-zinc-300">{i.slug ?? i.category}</td>
                <td>
                  {i.isPublished ? "Published" : "Not published"}
                  {i.isPublished && i.hasUnpublishedChanges && " · draft changes"}
                  {i.publishAt && ` · publishes ${formatDateTime(i.publishAt)}`}
                  {i.unpublishAt && ` · unpublishes ${formatDateTime(i.unpublishAt)}`}
                </td>
                <td className="text-zinc-700 dark:text-zinc-300">{formatDateTime(i.updatedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
