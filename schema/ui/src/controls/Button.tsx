import type { ButtonHTMLAttributes, MouseEvent, ReactNode, Ref } from 'react';

export type ButtonVariant = 'primary' | 'secondary' | 'tertiary' | 'danger';

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: ButtonVariant;
  /** A denser button for rows and tables; still a 44 px target. */
  size?: 'medium' | 'small';
  /** Full width of its container. */
  block?: boolean;
  /** While an action runs: the button stays focusable and announced, but ignores clicks
   * (aria-disabled rather than disabled, so focus is not lost). */
  busy?: boolean;
  ref?: Ref<HTMLButtonElement>;
  children: ReactNode;
}

/** The one button of the three apps; `type` defaults to "button" so that nothing submits a
 * form by accident. */
export function Button({
  variant = 'primary',
  size = 'medium',
  block,
  busy,
  type = 'button',
  className,
  onClick,
  children,
  ...button
}: ButtonProps) {
  const classes = [
    'button',
    `button-${variant}`,
    size === 'small' ? 'button-small' : null,
    block ? 'button-block' : null,
    className ?? null,
  ]
    .filter(Boolean)
    .join(' ');
  const handleClick = (event: MouseEvent<HTMLButtonElement>) => {
    if (busy) {
      event.preventDefault();
      return;
    }
    onClick?.(event);
  };
  return (
    <button
      {...button}
      type={type}
      className={classes}
      aria-disabled={busy || button['aria-disabled'] || undefined}
      aria-busy={busy || undefined}
      onClick={handleClick}
    >
      {children}
    </button>
  );
}
