// The app's router (create-t3-app's root.ts): add routers here.
import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";
import { auditRouter } from "./routers/audit";
import { calendarRouter } from "./routers/calendar";
import { departmentRouter } from "./routers/department";
import { digestRouter } from "./routers/digest";
import { importerRouter } from "./routers/importer";
import { initiativeRouter } from "./routers/initiative";
import { layoutProfileRouter } from "./routers/layout-profile";
import { milestoneRouter } from "./routers/milestone";
import { notifyRouter } from "./routers/notify/notify";
import { reportRouter } from "./routers/report";
import { subscriptionRouter } from "./routers/subscription";
import { timelineRouter } from "./routers/timeline";
import { undoRouter } from "./routers/undo";
import { userRouter } from "./routers/user";
import { createCallerFactory, createTRPCRouter } from "./trpc";

export const appRouter = createTRPCRouter({
  timeline: timelineRouter,
  initiative: initiativeRouter,
  milestone: milestoneRouter,
  importer: importerRouter,
  report: reportRouter,
  digest: digestRouter,
  audit: auditRouter,
  department: departmentRouter,
  user: userRouter,
  notify: notifyRouter,
  subscription: subscriptionRouter,
  calendar: calendarRouter,
  undo: undoRouter,
  layoutProfile: layoutProfileRouter,
});

export type AppRouter = typeof appRouter;
/** What each procedure takes and returns, for client code that builds or reads them: `RouterInputs["milestone"]["edit"]`. */
export type RouterInputs = inferRouterInputs<AppRouter>;
export type RouterOutputs = inferRouterOutputs<AppRouter>;

/** Server-side caller: `const trpc = createCaller(createTRPCContext({ headers }))`. */
export const createCaller = createCallerFactory(appRouter);
