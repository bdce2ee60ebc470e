import { createHash, randomBytes } from "node:crypto";
import { TRPCError } from "@trpc/server";
import { diffWordsWithSpace } from "diff";
import { ZodError } from "zod";
import { cacheTags } from "../content/cache-tags";
import { DomainError } from "../errors";
import { Prisma } from "../generated/prisma/client";
import type { Db } from "../platform/db";
import { enqueueJob } from "../platform/jobs";
import { type Actor, kinds, type Problem, type Tx } from "./kinds";
import { publishSchemas, type StudioKind } from "./schemas";

/** Kept per item: the newest this many revisions, plus every revision that was published. */
export const KEPT_REVISIONS = 50;
export const SCHEDULED_JOB = "content.scheduled";

export type { Actor } from "./kinds";

type Data = Record<string, unknown>;
const key = (kind: StudioKind, itemId: string) => ({ kind: kinds[kind].db, itemId });

async function slugInUse(db: Db, kind: StudioKind, slug: string) {
  const where = { where: { slug } };
  const count =
    kind === "glossary"
      ? await db.glossaryTerm.count(where)
      : kind === "post"
        ? await db.blogPost.count(where)
        : kind === "service"
          ? await db.service.count(where)
          : kind === "story"
            ? await db.caseStudy.count(where)
            : kind === "plan"
              ? await db.plan.count(where)
              : 0;
  return count > 0;
}

/** A unique index refused the write; driver adapters do not always raise Prisma's own error class. */
const isUniqueViolation = (error: unknown) =>
  (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") ||
  (typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002") ||
  /unique constraint|duplicate key/i.test(String((error as { message?: unknown })?.message ?? ""));

async function liveOrThrow(db: Db, kind: StudioKind, id: string) {
  const live = await kinds[kind].load(db, id);
  if (!live) throw new DomainError("NOT_FOUND", `That ${kinds[kind].label.toLowerCase()} does not exist.`);
  return live;
}

/** The item as the editor opens it: the latest revision (the draft), or the public row if nobody edited it yet. */
export async function getItem(db: Db, kind: StudioKind, id: string) {
  const live = await liveOrThrow(db, kind, id);
  const draft = await db.contentDraft.findUnique({ where: { kind_itemId: key(kind, id) } });
  const latest = draft
    ? await db.contentRevision.findUnique({
        where: { kind_itemId_number: { ...key(kind, id), number: draft.version } },
        select: { data: true, authorName: true, createdAt: true },
      })
    : null;
  const data = (latest?.data as Data | undefined) ?? live.data;
  return {
    kind,
    id,
    data,
    version: draft?.version ?? 1,
    isPublished: live.isPublished,
    hasUnpublishedChanges: draft ? draft.publishedVersion !== draft.version : !live.isPublished,
    publishAt: draft?.publishAt ?? null,
    unpublishAt: draft?.unpublishAt ?? null,
    savedBy: latest?.authorName ?? null,
    savedAt: latest?.createdAt ?? null,
    path: kinds[kind].path(data),
    livePath: live.isPublished ? kinds[kind].path(live.data) : null,
    facts: (await kinds[kind].facts?.(db, id)) ?? null,
  };
}

export async function listItems(
  db: Db,
  input: { kind: StudioKind; q?: string; status: "all" | "published" | "draft" | "changed" | "scheduled" },
) {
  const def = kinds[input.kind];
  const rows = await def.list(db);
  const drafts = new Map(
    (await db.contentDraft.findMany({ where: { kind: def.db } })).map((d) => [d.itemId, d] as const),
  );
  const q = input.q?.toLowerCase();
  const items = rows
    .map((r) => {
      const d = drafts.get(r.id);
      return {
        ...r,
        hasUnpublishedChanges: d ? d.publishedVersion !== d.version : !r.isPublished,
        publishAt: d?.publishAt ?? null,
        unpublishAt: d?.unpublishAt ?? null,
      };
    })
    .filter((r) => !q || r.title.toLowerCase().includes(q) || r.slug?.includes(q))
    .filter((r) => {
      switch (input.status) {
        case "published":
          return r.isPublished;
        case "draft":
          return !r.isPublished;
        case "changed":
          return r.isPublished && r.hasUnpublishedChanges;
        case "scheduled":
          return Boolean(r.publishAt || r.unpublishAt);
        default:
          return true;
      }
    });
  const collator = new Intl.Collator("en", { sensitivity: "base", numeric: true });
  items.sort((a, b) =>
    a.position !== null && b.position !== null
      ? collator.compare(a.category ?? "", b.category ?? "") || a.position - b.position
      : collator.compare(a.title, b.title),
  );
  return { items, total: rows.length };
}

export async function createItem(db: Db, kind: StudioKind, data: Data, actor: Actor) {
  const def = kinds[kind];
  // A field sent as undefined (superjson can) keeps its blank value rather than reaching a required column.
  const given = Object.fromEntries(Object.entries(data).filter(([, v]) => v !== undefined));
  const full = { ...def.blank(), ...given };
  const slug = def.slug(full);
  if (slug !== null && !slug) throw new DomainError("BAD_REQUEST", "Give the new item an address (slug).");
  if (slug && (await slugInUse(db, kind, slug)))
    throw new DomainError("CONFLICT", `Another item already uses the address "${slug}".`);
  try {
    return await db.$transaction(async (tx) => {
      const id = await def.create(tx as Tx, full);
      await tx.contentDraft.create({ data: { ...key(kind, id), version: 1, slug } });
      await tx.contentRevision.create({
        data: {
          ...key(kind, id),
          number: 1,
          data: full as Prisma.InputJsonValue,
          authorId: actor.id,
          authorName: actor.name,
        },
      });
      return { id };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new DomainError("CONFLICT", `Another item already uses the address "${slug}".`);
    throw error;
  }
}

function staleSave(savedBy: string | null | undefined) {
  return new DomainError(
    "CONFLICT",
    `${savedBy ?? "Someone else"} saved this item after you opened it, so your save was refused. Compare both versions and keep the one you want.`,
  );
}

/**
 * Makes sure the item has its history row: the first revision is the public row as it was, so the
 * version anyone opened before the first save is 1 and can be restored.
 */
async function ensureHistory(tx: Tx, kind: StudioKind, id: string) {
  const existing = await tx.contentDraft.findUnique({ where: { kind_itemId: key(kind, id) } });
  if (existing) return existing;
  const live = await liveOrThrow(tx, kind, id);
  await tx.contentRevision.create({
    data: {
      ...key(kind, id),
      number: 1,
      data: live.data as Prisma.InputJsonValue,
      authorName: "Atelier",
      note: live.isPublished ? "As published before the studio" : "As it was before the studio",
      isPublished: live.isPublished,
    },
  });
  return tx.contentDraft.create({
    data: {
      ...key(kind, id),
      version: 1,
      publishedVersion: live.isPublished ? 1 : null,
      slug: kinds[kind].slug(live.data),
    },
  });
}

/** Drops revisions beyond the newest KEPT_REVISIONS that were never published. */
async function prune(tx: Tx, kind: StudioKind, id: string, version: number) {
  await tx.contentRevision.deleteMany({
    where: { ...key(kind, id), isPublished: false, number: { lte: version - KEPT_REVISIONS } },
  });
}

async function writeRevision(
  tx: Tx,
  kind: StudioKind,
  id: string,
  baseVersion: number,
  data: Data,
  actor: Actor,
  note?: string,
) {
  const state = await ensureHistory(tx, kind, id);
  const next = baseVersion + 1;
  const moved = await tx.contentDraft.updateMany({
    where: { ...key(kind, id), version: baseVersion },
    data: { version: next, slug: kinds[kind].slug(data) },
  });
  if (moved.count === 0) {
    const latest = await tx.contentRevision.findUnique({
      where: { kind_itemId_number: { ...key(kind, id), number: state.version } },
      select: { authorName: true },
    });
    throw staleSave(latest?.authorName);
  }
  await tx.contentRevision.create({
    data: {
      ...key(kind, id),
      number: next,
      data: data as Prisma.InputJsonValue,
      authorId: actor.id,
      authorName: actor.name,
      note,
    },
  });
  await prune(tx, kind, id, next);
  return next;
}

/** Autosave and "Save draft": a new revision, refused when someone saved since `baseVersion`. */
export async function saveDraft(db: Db, kind: StudioKind, id: string, baseVersion: number, data: Data, actor: Actor) {
  await liveOrThrow(db, kind, id);
  const version = await db.$transaction((tx) => writeRevision(tx as Tx, kind, id, baseVersion, data, actor));
  return { version, savedAt: new Date() };
}

/** A refusal the editor shows beside the fields, like a validation error. */
function refuse(problems: Problem[]): never {
  throw new TRPCError({
    code: "BAD_REQUEST",
    message: `This cannot be published yet. ${problems.map((p) => p.message).join(" ")}`,
    cause: new ZodError(
      problems.map((p) => ({ code: "custom" as const, path: p.path, message: p.message, input: undefined })),
    ),
  });
}

export async function publishableProblems(db: Db, kind: StudioKind, id: string, data: Data): Promise<Problem[]> {
  const parsed = publishSchemas[kind].safeParse(data);
  const problems: Problem[] = parsed.success
    ? []
    : parsed.error.issues.map((i) => ({
        path: i.path.map((p) => (typeof p === "symbol" ? String(p) : p)),
        message: i.message,
      }));
  return [...problems, ...(parsed.success ? await kinds[kind].check(db, id, parsed.data as Data) : [])];
}

/** Paths are joined so a chain of renames never redirects twice: every old path points at the newest one. */
async function keepRedirect(tx: Tx, kind: StudioKind, id: string, fromPath: string, toPath: string) {
  await tx.redirect.deleteMany({ where: { fromPath: toPath } });
  await tx.redirect.updateMany({ where: { toPath: fromPath }, data: { toPath } });
  await tx.redirect.upsert({
    where: { fromPath },
    create: { fromPath, toPath, kind: kinds[kind].db, itemId: id },
    update: { toPath, kind: kinds[kind].db, itemId: id },
  });
}

/**
 * Publishes the draft the editor shows (`version`): checks it, writes it to the public row, keeps
 * a redirect when the address changed, and returns exactly the cache tags of the pages it touched.
 */
export async function publishItem(db: Db, kind: StudioKind, id: string, version: number, actor: Actor) {
  const def = kinds[kind];
  const item = await getItem(db, kind, id);
  if (item.version !== version) throw staleSave(item.savedBy);
  const problems = await publishableProblems(db, kind, id, item.data);
  if (problems.length) refuse(problems);
  const data = publishSchemas[kind].parse(item.data) as Data;
  const live = await liveOrThrow(db, kind, id);
  const tags = await db.$transaction(async (tx) => {
    await ensureHistory(tx as Tx, kind, id);
    const touched = [
      ...(await def.apply(tx as Tx, id, data, live.data, actor)),
      ...(await def.setPublished(tx as Tx, id, true, data)),
    ];
    const from = def.path(live.data);
    const to = def.path(data);
    if (live.isPublished && from && to && from !== to) {
      await keepRedirect(tx as Tx, kind, id, from, to);
      touched.push(cacheTags.redirects);
    }
    await tx.contentRevision.update({
      where: { kind_itemId_number: { ...key(kind, id), number: version } },
      data: { isPublished: true },
    });
    await tx.contentDraft.update({
      where: { kind_itemId: key(kind, id) },
      data: { publishedVersion: version, publishAt: null },
    });
    return touched;
  });
  return { result: { version, path: def.path(data), publishedBy: actor.name }, tags: [...new Set(tags)] };
}

export async function unpublishItem(db: Db, kind: StudioKind, id: string) {
  const live = await liveOrThrow(db, kind, id);
  const tags = await db.$transaction(async (tx) => {
    await ensureHistory(tx as Tx, kind, id);
    await tx.contentDraft.update({ where: { kind_itemId: key(kind, id) }, data: { unpublishAt: null } });
    return kinds[kind].setPublished(tx as Tx, id, false, live.data);
  });
  return { result: { isPublished: false }, tags };
}

/** Schedules (or, with `at: null`, cancels) a publish or unpublish; the job runner does it on any instance. */
export async function scheduleItem(
  db: Db,
  kind: StudioKind,
  id: string,
  action: "publish" | "unpublish",
  at: Date | null,
) {
  await liveOrThrow(db, kind, id);
  if (kind === "page" && action === "unpublish" && at)
    throw new DomainError("BAD_REQUEST", "A page of the site cannot be unpublished: schedule new copy instead.");
  if (at && at.getTime() <= Date.now())
    throw new DomainError("BAD_REQUEST", "Choose a date and time in the future: that moment has already passed.");
  const field = action === "publish" ? "publishAt" : "unpublishAt";
  await db.$transaction(async (tx) => {
    await ensureHistory(tx as Tx, kind, id);
    await tx.contentDraft.update({ where: { kind_itemId: key(kind, id) }, data: { [field]: at } });
    if (at)
      await enqueueJob(tx, { kind: SCHEDULED_JOB, payload: { kind, id, action, at: at.toISOString() }, runAt: at });
  });
  return { action, at };
}

/**
 * The scheduled job: acts only if the item still has this schedule (a cancelled or moved one
 * leaves its job behind, which then does nothing).
 */
export async function runScheduled(
  db: Db,
  payload: { kind: StudioKind; id: string; action: "publish" | "unpublish"; at: string },
): Promise<string[]> {
  if (!(payload.kind in kinds)) return [];
  const state = await db.contentDraft.findUnique({ where: { kind_itemId: key(payload.kind, payload.id) } });
  const due = payload.action === "publish" ? state?.publishAt : state?.unpublishAt;
  if (!state || !due || due.getTime() !== new Date(payload.at).getTime()) return [];
  if (payload.action === "unpublish") return (await unpublishItem(db, payload.kind, payload.id)).tags;
  try {
    return (await publishItem(db, payload.kind, payload.id, state.version, { id: null, name: "Scheduled publishing" }))
      .tags;
  } catch (error) {
    // Not retried: the draft needs a person. The schedule is cleared so the editor shows it did not happen.
    await db.contentDraft.update({ where: { kind_itemId: key(payload.kind, payload.id) }, data: { publishAt: null } });
    throw error;
  }
}

export async function listRevisions(db: Db, kind: StudioKind, id: string) {
  await liveOrThrow(db, kind, id);
  const draft = await db.contentDraft.findUnique({ where: { kind_itemId: key(kind, id) } });
  const revisions = await db.contentRevision.findMany({
    where: key(kind, id),
    orderBy: { number: "desc" },
    select: { number: true, authorName: true, createdAt: true, isPublished: true, note: true },
  });
  return {
    revisions: revisions.map((r) => ({ ...r, isLive: r.number === draft?.publishedVersion })),
    kept: KEPT_REVISIONS,
  };
}

async function revisionData(db: Db, kind: StudioKind, id: string, number: number) {
  const rev = await db.contentRevision.findUnique({
    where: { kind_itemId_number: { ...key(kind, id), number } },
    select: { data: true, number: true, authorName: true, createdAt: true, isPublished: true },
  });
  if (!rev) throw new DomainError("NOT_FOUND", `Revision ${number} is not kept any more (or never existed).`);
  return { ...rev, data: rev.data as Data };
}

export const getRevision = revisionData;

export interface FieldChange {
  field: string;
  before: string;
  after: string;
  /** Word by word: unchanged, removed and added runs in reading order. */
  parts: { value: string; change: "same" | "removed" | "added" }[];
}

const asText = (v: unknown): string => {
  if (v === null || v === undefined) return "";
  if (typeof v === "string") return v;
  if (Array.isArray(v) && v.every((x) => typeof x === "string")) return v.join(", ");
  if (Array.isArray(v))
    return v
      .map((s) =>
        s && typeof s === "object"
          ? Object.values(s as Record<string, unknown>)
              .map(asText)
              .join("\n\n")
          : asText(s),
      )
      .join("\n\n---\n\n");
  return JSON.stringify(v);
};

/** The fields that differ between two revisions, as text the editor shows word by word. */
export async function diffRevisions(db: Db, kind: StudioKind, id: string, from: number, to: number) {
  const [a, b] = await Promise.all([revisionData(db, kind, id, from), revisionData(db, kind, id, to)]);
  const fields = [...new Set([...Object.keys(a.data), ...Object.keys(b.data)])];
  const changes: FieldChange[] = fields
    .map((field) => ({ field, before: asText(a.data[field]), after: asText(b.data[field]) }))
    .filter((c) => c.before !== c.after)
    .map((c) => ({
      ...c,
      parts: diffWordsWithSpace(c.before, c.after).map((p) => ({
        value: p.value,
        change: p.added ? ("added" as const) : p.removed ? ("removed" as const) : ("same" as const),
      })),
    }));
  return { from: a, to: b, changes };
}

/** Restores a revision as a new one; links to items deleted since are dropped, with a notice per link. */
export async function restoreRevision(
  db: Db,
  kind: StudioKind,
  id: string,
  number: number,
  baseVersion: number,
  actor: Actor,
) {
  const rev = await revisionData(db, kind, id, number);
  const { data, notices } = await kinds[kind].repair(db, { ...kinds[kind].blank(), ...rev.data });
  const version = await db.$transaction((tx) =>
    writeRevision(tx as Tx, kind, id, baseVersion, data, actor, `Restored from revision ${number}`),
  );
  return { version, notices };
}

const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

/** A link to the draft's preview for someone without an account; the token is shown once and stored hashed. */
export async function createPreviewLink(db: Db, kind: StudioKind, id: string, hours: number, actor: Actor) {
  await liveOrThrow(db, kind, id);
  const token = randomBytes(24).toString("base64url");
  const expiresAt = new Date(Date.now() + hours * 3_600_000);
  await db.contentPreviewLink.create({
    data: { tokenHash: hashToken(token), kind: kinds[kind].db, itemId: id, expiresAt, createdById: actor.id },
  });
  return { url: `/api/draft?token=${token}`, expiresAt };
}

/** The item a preview token opens, or null when it is unknown or expired. */
export async function previewLinkTarget(db: Db, token: string, now = new Date()) {
  if (!/^[A-Za-z0-9_-]{16,64}$/.test(token)) return null;
  const link = await db.contentPreviewLink.findUnique({ where: { tokenHash: hashToken(token) } });
  if (!link || link.expiresAt <= now) return null;
  const kind = (Object.keys(kinds) as StudioKind[]).find((k) => kinds[k].db === link.kind);
  if (!kind) return null;
  const item = await getItem(db, kind, link.itemId).catch(() => null);
  return item ? { kind, id: link.itemId, path: item.path, expiresAt: link.expiresAt } : null;
}

/** The draft shown at a public path in draft mode: found by its draft's slug, else by the public row's. */
export async function draftAt(db: Db, kind: "glossary" | "post" | "service" | "story" | "page", slug: string) {
  const def = kinds[kind];
  const drafted = await db.contentDraft.findFirst({ where: { kind: def.db, slug }, select: { itemId: true } });
  const row = drafted
    ? null
    : kind === "glossary"
      ? await db.glossaryTerm.findUnique({ where: { slug }, select: { id: true } })
      : kind === "post"
        ? await db.blogPost.findUnique({ where: { slug }, select: { id: true } })
        : kind === "service"
          ? await db.service.findUnique({ where: { slug }, select: { id: true } })
          : kind === "page"
            ? await db.pageCopy.findUnique({ where: { slug }, select: { id: true } })
            : await db.caseStudy.findUnique({ where: { slug }, select: { id: true } });
  const id = drafted?.itemId ?? row?.id;
  return id ? getItem(db, kind, id) : null;
}

/** New positions for one FAQ group, or for the services, in the order given. */
export async function reorder(db: Db, kind: "faq" | "service" | "plan", ids: string[]) {
  if (new Set(ids).size !== ids.length)
    throw new DomainError("BAD_REQUEST", "Each entry may appear only once in the new order.");
  if (kind === "service" || kind === "plan") {
    // One table each, one order for all rows (the services page, the pricing page).
    const table = (kind === "service" ? db.service : db.plan) as unknown as {
      count(args: { where: { id: { in: string[] } } }): Promise<number>;
      update(args: { where: { id: string }; data: { position: number } }): Prisma.PrismaPromise<unknown>;
    };
    if ((await table.count({ where: { id: { in: ids } } })) !== ids.length)
      throw new DomainError("NOT_FOUND", `Some of those ${kind}s no longer exist: reload the list.`);
    await db.$transaction(ids.map((id, position) => table.update({ where: { id }, data: { position: position + 1 } })));
    return { ids };
  }
  const found = await db.faqEntry.findMany({ where: { id: { in: ids } }, select: { id: true, category: true } });
  if (found.length !== ids.length)
    throw new DomainError("NOT_FOUND", "Some of those FAQ entries no longer exist: reload the list.");
  const categories = new Set(found.map((f) => f.category));
  if (categories.size !== 1) throw new DomainError("BAD_REQUEST", "Reorder the entries of one group at a time.");
  await db.$transaction(
    ids.map((id, position) => db.faqEntry.update({ where: { id }, data: { position: position + 1 } })),
  );
  return { ids };
}

export async function listRedirects(db: Db) {
  return db.redirect.findMany({ orderBy: { fromPath: "asc" }, take: 1000 });
}

export async function saveRedirect(db: Db, input: { id?: string; fromPath: string; toPath: string }) {
  if (input.fromPath === input.toPath) throw new DomainError("BAD_REQUEST", "A redirect must lead to another path.");
  const loop = await db.redirect.findUnique({ where: { fromPath: input.toPath } });
  if (loop && loop.toPath === input.fromPath)
    throw new DomainError(
      "BAD_REQUEST",
      `${input.toPath} already redirects to ${input.fromPath}: that would be a loop.`,
    );
  try {
    if (input.id) {
      const updated = await db.redirect.updateMany({
        where: { id: input.id },
        data: { fromPath: input.fromPath, toPath: input.toPath },
      });
      if (updated.count === 0) throw new DomainError("NOT_FOUND", "That redirect no longer exists.");
      return { id: input.id };
    }
    return await db.redirect.create({ data: { fromPath: input.fromPath, toPath: input.toPath }, select: { id: true } });
  } catch (error) {
    if (isUniqueViolation(error))
      throw new DomainError("CONFLICT", `${input.fromPath} already redirects somewhere: edit that redirect instead.`);
    throw error;
  }
}

export async function deleteRedirect(db: Db, id: string) {
  const deleted = await db.redirect.deleteMany({ where: { id } });
  if (deleted.count === 0) throw new DomainError("NOT_FOUND", "That redirect no longer exists.");
  return { id };
}

/** Where an old public path now lives, if a redirect was kept for it. */
export async function redirectFor(db: Db, path: string) {
  // A path PostgreSQL text cannot hold (U+0000, a lone surrogate) was never stored: not found, not a 500.
  if (path.includes("\u0000") || !path.isWellFormed()) return null;
  const row = await db.redirect.findUnique({ where: { fromPath: path }, select: { toPath: true } });
  return row?.toPath ?? null;
}
