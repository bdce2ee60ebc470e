import { randomBytes } from "node:crypto";
import pg from "pg";

/**
 * Signed-in callers for a benchmark: `count` users, each with a database session, written straight
 * into the scratch database. Returns the session tokens (the `next-auth.session-token` cookie).
 */
export async function createBenchSessions(url: string, count: number) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const tokens: string[] = [];
  try {
    for (let i = 0; i < count; i++) {
      const userId = `bench_user_${i}`;
      const token = randomBytes(24).toString("hex");
      await client.query(
        `INSERT INTO "User" (id, email, name, "updatedAt") VALUES ($1, $2, $3, now()) ON CONFLICT DO NOTHING`,
        [userId, `bench-${i}@example.test`, `Bench ${i}`],
      );
      await client.query(
        `INSERT INTO "Session" (id, "sessionToken", "userId", expires) VALUES ($1, $2, $3, now() + interval '1 day')`,
        [`bench_session_${i}`, token, userId],
      );
      tokens.push(token);
    }
  } finally {
    await client.end();
  }
  return tokens;
}

export const sessionCookie = (token: string) => `next-auth.session-token=${token}`;
