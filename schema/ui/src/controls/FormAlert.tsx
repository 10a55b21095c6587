import type { ReactNode } from 'react';

export type FormAlertKind = 'error' | 'warning' | 'success' | 'info';

export interface FormAlertProps {
  kind?: FormAlertKind;
  /** A title in bold above the message. */
  title?: ReactNode;
  children?: ReactNode;
  className?: string;
}

/** A message about a whole form or action. Errors interrupt screen readers (role="alert");
 * the others are announced politely (role="status"). Renders nothing without content. */
export function FormAlert({ kind = 'error', title, children, className }: FormAlertProps) {
  if (!title && !children) return null;
  const classes = ['alert', `alert-${kind}`, className ?? null].filter(Boolean).join(' ');
  return (
    <div role={kind === 'error' ? 'alert' : 'status'} className={classes}>
      {title && <p className="alert-title">{title}</p>}
      {typeof children === 'string' ? <p>{children}</p> : children}
    </div>
  );
}
