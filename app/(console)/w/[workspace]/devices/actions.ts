"use server";

import { switchDeviceNow, type SwitchResult } from "@/lib/devices";
import { submitForm, type FormState } from "@/lib/operations/form";

/** "Switch now" on a macOS device: the same operation as POST /devices/{hostId}/switch-now. */
export async function switchNowAction(workspaceSlug: string, formData: FormData): Promise<FormState<SwitchResult>> {
  return submitForm(switchDeviceNow, workspaceSlug, formData);
}
