import type { InputHTMLAttributes, Ref } from "react";
import { cn } from "./cn";

export const controlClass =
  "h-9 w-full rounded-md border border-line-strong bg-surface px-3 text-sm text-ink shadow-card placeholder:text-faint " +
  "hover:border-faint disabled:cursor-not-allowed disabled:bg-subtle " +
  "aria-invalid:border-danger aria-invalid:ring-1 aria-invalid:ring-danger";

export type InputProps = InputHTMLAttributes<HTMLInputElement> & { ref?: Ref<HTMLInputElement> };

export function Input({ className, ...rest }: InputProps) {
  return <input className={cn(controlClass, className)} {...rest} />;
}
