"use client";

import { toast, Toaster as SonnerToaster } from "sonner";

/** The one toast region of the app; sonner makes it a labelled live region. */
export function Toaster({ label }: { label?: string }) {
  return (
    <SonnerToaster
      position="bottom-right"
      richColors
      closeButton
      duration={5000}
      containerAriaLabel={label}
      toastOptions={{ className: "font-sans" }}
    />
  );
}

/** Results of an action, for the person who did it. */
export const notify = {
  success: (message: string, description?: string) => toast.success(message, { description }),
  error: (message: string, description?: string) => toast.error(message, { description }),
  info: (message: string, description?: string) => toast.info(message, { description }),
  warning: (message: string, description?: string) => toast.warning(message, { description }),
};
