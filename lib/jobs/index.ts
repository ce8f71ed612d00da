// Loading the handlers registers every timer kind before any runner can meet one.
import "./handlers";

export { runDueTimersEverywhere, runDueWhileAdvancing, scheduleTimer } from "./timers";
