import type { Metadata } from "next";
import Link from "next/link";
import { requireStaff } from "../../_components/guards";
import { buttonClass, formatDateTime, inputClass } from "../../_components/ui";
import { serverCaller } from "../../_trpc/server";

export const metadata: Metadata = { title: "Audit log", robots: { index: false } };

const parseDate = (v: string | undefined, endOfDay = false) => {
  if (!v || !/^\d{4}-\d{2}-\d{2}$/.test(v)) return undefined;
  return new Date(`${v}T${endOfDay ? "23:59:59.999" : "00:00:00.000"}Z`);
};

export default async function AuditPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const { isAdmin } = await requireStaff("/admin/audit");
  if (!isAdmin) return <p className="mt-8">Only admins can read the audit log.</p>;
  const q = await searchParams;
  const filters = {
    actor: q.actor?.trim() || undefined,
    action: q.action?.trim() || undefined,
    from: parseDate(q.from),
    to: parseDate(q.to, true),
    cursor: q.cursor || undefined,
    limit: 50,
  };
  const page = await (await serverCaller()).admin.audit(filters);
  const nextHref = page.nextCursor
    ? `/admin/audit?${new URLSearchParams({ ...Object.fromEntries(Object.entries(q).filter(([k, v]) => k !== "cursor" && v) as [string, string][]), cursor: page.nextCursor })}`
    : null;
  return (
    <div className="mt-8">
      <h1 className="text-3xl font-bold">Audit log</h1>
      <form method="get" className="mt-6 grid gap-3 sm:grid-cols-5">
        <div>
          <label htmlFor="actor" className="text-sm font-medium">
            Actor (email)
          </label>
          <input id="actor" name="actor" defaultValue={q.actor} className={inputClass} />
        </div>
        <div>
          <label htmlFor="action" className="text-sm font-medium">
            Action starts with
          </label>
          <input id="action" name="action" defaultValue={q.action} placeholder="workspace." className={inputClass} />
        </div>
        <div>
          <label htmlFor="from" className="text-sm font-medium">
            From
          </label>
          <input id="from" name="from" type="date" defaultValue={q.from} className={inputClass} />
        </div>
        <div>
          <label htmlFor="to" className="text-sm font-medium">
            To
          </label>
          <input id="to" name="to" type="date" defaultValue={q.to} className={inputClass} />
        </div>
        <div className="flex items-end">
          <button type="submit" className={buttonClass}>
            Filter
          </button>
        </div>
      </form>
      <div className="mt-6 overflow-x-auto">
        <table className="w-full text-left text-sm" data-testid="audit-table">
          <thead className="border-b border-zinc-200 dark:border-zinc-800">
            <tr>
              <th className="py-2 pr-4">When</th>
              <th className="py-2 pr-4">Actor</th>
              <th className="py-2 pr-4">Action</th>
              <th className="py-2 pr-4">Target</th>
              <th className="py-2 pr-4">IP</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-zinc-200 dark:divide-zinc-800">
            {page.entries.map((e) => (
              <tr key={e.id}>
                <td className="py-2 pr-4 whitespace-nowrap">{formatDateTime(e.createdAt)}</td>
                <td className="py-2 pr-4">
                  {e.actorName}
                  {e.actorEmail && e.actorEmail !== e.actorName && (
                    <span className="block text-xs text-zinc-600 dark:text-zinc-400">{e.actorEmail}</span>
                  )}
                  {e.apiTokenName && (
                    <span className="block text-xs text-zinc-600 dark:text-zinc-400">via token “{e.apiTokenName}”</span>
                  )}
                </td>
                <td className="py-2 pr-4">
                  <code>{e.action}</code>
                </td>
                <td className="py-2 pr-4 [overflow-wrap:anywhere]">
                  {e.targetLabel ? (
                    e.targetHref ? (
                      <Link href={e.targetHref} className="underline">
                        {e.targetLabel}
                      </Link>
                    ) : (
                      e.targetLabel
                    )
                  ) : (
                    "—"
                  )}
                  {e.workspaceName && e.targetType !== "workspace" && e.workspaceId && (
                    <span className="block text-xs text-zinc-600 dark:text-zinc-400">
                      in{" "}
                      <Link href={`/admin/workspaces/${e.workspaceId}`} className="underline">
                        {e.workspaceName}
                      </Link>
                    </span>
                  )}
                </td>
                <td className="py-2 pr-4">{e.ip ?? "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {page.entries.length === 0 && <p className="mt-4">No entries match.</p>}
      </div>
      {nextHref && (
        <p className="mt-4">
          <Link href={nextHref} className="underline">
            Older entries →
          </Link>
        </p>
      )}
    </div>
  );
}
