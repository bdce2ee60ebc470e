import type { OnboardingStep } from "../generated/prisma/enums";
import type { Db } from "../platform/db";

/** The setup a new client walks through after checkout, in order. */
export const onboardingSteps = ["COMPANY", "TEAM", "BRAND"] as const;
export type OpenStep = (typeof onboardingSteps)[number];

const nextStep = (step: OpenStep): OnboardingStep => onboardingSteps[onboardingSteps.indexOf(step) + 1] ?? "DONE";

/**
 * Leaves `from` (done or skipped) for the next step, or ends the setup with `finish`. Only moves
 * forward from the step the workspace is at: a second tab or a double click changes nothing, and a
 * finished setup never reopens. Answers the step the workspace is at afterwards.
 */
export async function continueOnboarding(db: Db, workspaceId: string, from: OpenStep, finish: boolean) {
  const to = finish ? "DONE" : nextStep(from);
  const { count } = await db.workspace.updateMany({
    where: { id: workspaceId, onboardingStep: from },
    data: { onboardingStep: to },
  });
  const { onboardingStep } = await db.workspace.findUniqueOrThrow({
    where: { id: workspaceId },
    select: { onboardingStep: true },
  });
  return { step: onboardingStep, moved: count === 1 };
}
