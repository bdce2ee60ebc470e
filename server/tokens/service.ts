import { type SessionUser, toSessionUser } from "../accounts/session";
import { DomainError } from "../errors";
import type { Db } from "../platform/db";
import { digestsEqual, randomSecret, sha256 } from "../platform/secrets";

import { effectiveScopes, isLegacyScopeList, type TokenScope } from "./scopes";

const TOKEN_PATTERN = /^atl_([A-Za-z0-9]{12})_([A-Za-z0-9_-]{43})$/;

function newPrefix() {
  const alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
  return Array.from(randomSecret(24), (c) => alphabet[c.charCodeAt(0) % alphabet.length])
    .join("")
    .slice(0, 12);
}

/** Creates a token; the plaintext is returned once and never stored (only its SHA-256). */
export async function createApiToken(
  db: Db,
  userId: string,
  input: { name: string; scopes: TokenScope[]; expiresInDays: number | null },
) {
  const prefix = newPrefix();
  const token = `atl_${prefix}_${randomSecret(32)}`;
  const row = await db.apiToken.create({
    data: {
      userId,
      name: input.name,
      prefix,
      tokenHash: sha256(token),
      scopes: [...new Set(input.scopes)],
      expiresAt: input.expiresInDays ? new Date(Date.now() + input.expiresInDays * 86_400_000) : null,
    },
    select: { id: true, name: true, prefix: true, scopes: true, expiresAt: true, createdAt: true },
  });
  return { ...row, token };
}

/** Tokens with the scopes they grant; a token made before fine-grained scopes says so (`isLegacy`). */
export async function listApiTokens(db: Db, userId: string) {
  const rows = await db.apiToken.findMany({
    where: { userId },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      name: true,
      prefix: true,
      scopes: true,
      expiresAt: true,
      lastUsedAt: true,
      revokedAt: true,
      createdAt: true,
    },
  });
  return rows.map((row) => ({ ...row, scopes: effectiveScopes(row.scopes), isLegacy: isLegacyScopeList(row.scopes) }));
}

export async function revokeApiToken(db: Db, userId: string, id: string) {
  const { count } = await db.apiToken.updateMany({
    where: { id, userId, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  if (count === 0) throw new DomainError("NOT_FOUND", "No active token with that id.");
}

export interface TokenAuth {
  user: SessionUser;
  tokenId: string;
  name: string;
  scopes: TokenScope[];
  expiresAt: Date | null;
}

/** Resolves `Authorization: Bearer atl_…`; every failure is UNAUTHORIZED with the reason. */
export async function authenticateApiToken(db: Db, raw: string): Promise<TokenAuth> {
  const match = TOKEN_PATTERN.exec(raw.trim());
  if (!match) throw new DomainError("UNAUTHORIZED", "This is not an Atelier API token.");
  const row = await db.apiToken.findUnique({
    where: { prefix: match[1] },
    include: { user: { select: { id: true, email: true, name: true, staffRole: true } } },
  });
  if (!row || !digestsEqual(row.tokenHash, sha256(raw.trim()))) {
    throw new DomainError("UNAUTHORIZED", "This API token is not valid.");
  }
  if (row.revokedAt) throw new DomainError("UNAUTHORIZED", "This API token has been revoked.");
  if (row.expiresAt && row.expiresAt <= new Date())
    throw new DomainError("UNAUTHORIZED", "This API token has expired.");
  // Written at most once a minute per token, not on every call.
  if (!row.lastUsedAt || Date.now() - row.lastUsedAt.getTime() > 60_000) {
    await db.apiToken.update({ where: { id: row.id }, data: { lastUsedAt: new Date() } });
  }
  return {
    user: toSessionUser(row.user),
    tokenId: row.id,
    name: row.name,
    scopes: effectiveScopes(row.scopes),
    expiresAt: row.expiresAt,
  };
}
