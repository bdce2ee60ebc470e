// npm run db:seed — creates missing content and (in a local run) demo accounts.
import { serverEnv } from "../server/env";
import { openDatabase } from "../server/platform/db";
import { seedDatabase } from "./seed";

const env = serverEnv();
const handle = openDatabase({ url: env.DATABASE_URL, pgliteDir: env.PGLITE_DIR, poolMax: 2 });
seedDatabase(handle.prisma, { demoAccounts: !env.isDeployment })
  .then((report) => console.log("Seeded:", report))
  .finally(() => handle.close())
  .then(
    () => process.exit(0),
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
