import { Button, type ButtonProps } from './Button';

export interface ToggleButtonProps extends Omit<ButtonProps, 'aria-pressed' | 'type'> {
  /** On or off: announced as « activé » / « non activé », drawn filled when on. */
  pressed: boolean;
}

/** A button that stays on or off (a filter chip, « Liste » / « Carte », a favorite): the
 * shared button with aria-pressed, so its label names the thing and never changes with the
 * state. Secondary by default; filled in the accent colour while pressed. */
export function ToggleButton({
  pressed,
  variant = 'secondary',
  className,
  ...button
}: ToggleButtonProps) {
  return (
    <Button
      {...button}
      variant={variant}
      aria-pressed={pressed}
      className={className ? `button-toggle ${className}` : 'button-toggle'}
    />
  );
}
