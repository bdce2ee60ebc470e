import { z } from "zod";
import { adminProcedure, auditFrom, router, staffProcedure } from "../trpc";
import {
  dashboardTargets,
  leadFigures,
  revenueFigures,
  setDashboardTargets,
  todaysWork,
  turnaroundFigures,
} from "./service";

const DAY = 86_400_000;

/** A date range of at most two years; the end defaults to now, the start to a year before it. */
const range = z
  .object({
    from: z.coerce.date({ error: "Enter a start date." }).optional(),
    to: z.coerce.date({ error: "Enter an end date." }).optional(),
  })
  .default({})
  .transform((r) => {
    const to = r.to ?? new Date();
    return { from: r.from ?? new Date(to.getTime() - 365 * DAY), to };
  })
  .refine((r) => r.from <= r.to, { message: "The start date must be before the end date.", path: ["from"] })
  .refine((r) => r.to.getTime() - r.from.getTime() <= 731 * DAY, {
    message: "Choose a range of two years at most.",
    path: ["from"],
  });

export const analyticsRouter = router({
  /** The back-office home: admins see the studio's day, designers their own queue. */
  today: staffProcedure.query(({ ctx }) =>
    todaysWork(ctx.db, { id: ctx.user.id, isAdmin: ctx.user.staffRole === "ADMIN" }),
  ),
  leads: staffProcedure.input(range).query(({ ctx, input }) => leadFigures(ctx.db, input)),
  revenue: adminProcedure.input(range).query(({ ctx, input }) => revenueFigures(ctx.db, input)),
  /** Designers see their own figures only; admins every designer's. */
  turnaround: staffProcedure
    .input(range)
    .query(({ ctx, input }) =>
      turnaroundFigures(ctx.db, input, ctx.user.staffRole === "ADMIN" ? undefined : ctx.user.id),
    ),
  targets: staffProcedure.query(({ ctx }) => dashboardTargets(ctx.db)),
  setTargets: adminProcedure
    .input(
      z.object({
        firstDeliveryHours: z
          .number({ error: "Enter the target in hours." })
          .int("Enter whole hours.")
          .min(1, "The target must be at least one hour.")
          .max(24 * 60, "Choose a target of 60 days at most."),
        revisionRounds: z
          .number({ error: "Enter the number of rounds." })
          .int("Enter a whole number of rounds.")
          .min(0, "The target cannot be negative.")
          .max(20, "Choose 20 rounds at most."),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const targets = await setDashboardTargets(ctx.db, input);
      await auditFrom(ctx)({
        action: "analytics.targets_set",
        target: { type: "dashboardTargets", id: "studio" },
        metadata: input,
      });
      return targets;
    }),
});
