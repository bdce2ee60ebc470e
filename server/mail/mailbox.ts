import { type ServerEnv, serverEnv } from "../env";
import type { Db } from "../platform/db";

/** The local outbox viewer exists only outside deployments. */
export const isMailboxEnabled = (env: Pick<ServerEnv, "isDeployment"> = serverEnv()) => !env.isDeployment;

export function listMailbox(db: Db, limit = 200) {
  return db.emailMessage.findMany({
    orderBy: { createdAt: "desc" },
    take: limit,
    select: { id: true, to: true, subject: true, kind: true, status: true, createdAt: true },
  });
}

export function readMailboxMessage(db: Db, id: string) {
  return db.emailMessage.findUnique({
    where: { id },
    select: { id: true, to: true, subject: true, kind: true, status: true, createdAt: true, text: true, html: true },
  });
}
