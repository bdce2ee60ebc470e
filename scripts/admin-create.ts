// npm run admin:create -- someone@example.com — makes that person a studio admin (creating the account if needed).

import { sessionCache } from "../server/accounts/session-cache";
import { promoteToAdmin } from "../server/admin/service";
import { recordAudit } from "../server/audit/service";
import { EnvError, serverEnv } from "../server/env";
import { openDatabase } from "../server/platform/db";

async function main() {
  const email = process.argv[2]?.trim().toLowerCase();
  if (!email || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
    console.error("Usage: npm run admin:create -- someone@example.com");
    process.exit(2);
  }
  const env = serverEnv();
  const handle = openDatabase({ url: env.DATABASE_URL, pgliteDir: env.PGLITE_DIR, poolMax: 1 });
  try {
    const { user, changed } = await promoteToAdmin(handle.prisma, email);
    if (changed)
      await recordAudit(handle.prisma, {
        action: "staff.role_changed",
        target: { type: "user", id: user.id },
        metadata: { to: "ADMIN", source: "admin:create" },
      });
    console.log(
      changed ? `${email} is now an admin. Sign in at ${env.APP_URL}/signin.` : `${email} was already an admin.`,
    );
  } finally {
    await handle.close();
    // Running servers drop the person's cached sessions (through Redis when it is configured).
    await sessionCache().close();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error instanceof EnvError ? error.message : error);
    process.exit(1);
  },
);
