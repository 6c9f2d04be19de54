import type { ReactNode } from "react";
import { safeHttpUrl } from "../domain/catalog/safe-url";

interface Props {
  readonly href: string | null | undefined;
  readonly children: ReactNode;
  readonly className?: string;
  readonly title?: string;
}

/** A link out of the app. Anything but an absolute http(s) URL is shown as plain text, never as a link. */
export function ExternalLink({ href, children, className, title }: Props) {
  const safe = safeHttpUrl(href);
  if (!safe) return <span className={className}>{children}</span>;
  return (
    <a href={safe} className={className} title={title} target="_blank" rel="noopener noreferrer">
      {children}
    </a>
  );
}
