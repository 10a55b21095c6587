export { Button, type ButtonProps, type ButtonVariant } from './Button';
export { CheckboxField, type CheckboxFieldProps } from './CheckboxField';
export { FieldError, FieldHint, FieldLabel } from './FieldParts';
export { FormAlert, type FormAlertKind, type FormAlertProps } from './FormAlert';
export { RadioGroup, type RadioGroupProps, type RadioOption } from './RadioGroup';
export { SelectField, type SelectFieldProps } from './SelectField';
export { TextAreaField, type TextAreaFieldProps } from './TextAreaField';
export {
  DateTimeField,
  TextField,
  type DateTimeFieldProps,
  type TextFieldProps,
} from './TextField';
export { useFieldWiring, type FieldWiring } from './wiring';
