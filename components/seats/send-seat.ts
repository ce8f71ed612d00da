import type { FormState } from "@/lib/operations/form";
import type { AssignmentResult } from "@/lib/seats";

export type SeatAction = (prev: FormState<AssignmentResult>, formData: FormData) => Promise<FormState<AssignmentResult>>;

/** Sends one seat operation as the form twin of the API (idempotent by a key per attempt). */
export async function sendSeat(action: SeatAction, userId: string, productId: string, key: string) {
  const fd = new FormData();
  fd.set("idempotencyKey", key);
  fd.set("userId", userId);
  fd.set("productId", productId);
  return action({ status: "idle" }, fd);
}
