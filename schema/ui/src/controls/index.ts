export { Button, type ButtonProps, type ButtonVariant } from './Button';
export { CheckboxField, type CheckboxFieldProps } from './CheckboxField';
export {
  Combobox,
  ComboboxField,
  type ComboboxFieldProps,
  type ComboboxGroup,
  type ComboboxOption,
  type ComboboxProps,
} from './Combobox';
export {
  DatePartsField,
  MONTH_NAMES,
  type DatePart,
  type DateParts,
  type DatePartsFieldProps,
} from './DatePartsField';
export { FieldError, FieldHint, FieldLabel } from './FieldParts';
export { Fieldset, type FieldsetProps } from './Fieldset';
export { FormAlert, type FormAlertKind, type FormAlertProps } from './FormAlert';
export { RadioGroup, type RadioGroupProps, type RadioOption } from './RadioGroup';
export { SelectField, type SelectFieldProps } from './SelectField';
export { ToggleButton, type ToggleButtonProps } from './ToggleButton';
export { TextAreaField, type TextAreaFieldProps } from './TextAreaField';
export {
  DateTimeField,
  TextField,
  type DateTimeFieldProps,
  type TextFieldProps,
} from './TextField';
export { useFieldWiring, type FieldWiring } from './wiring';
