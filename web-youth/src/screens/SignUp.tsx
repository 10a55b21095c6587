import { useApolloClient, useMutation } from '@apollo/client/react';
import { errorCodeOf, errorFieldsOf, errorMessage } from '@passculture/client';
import {
  Button,
  CheckboxField,
  DatePartsField,
  Page,
  TextField,
  type DatePart,
} from '@passculture/ui';
import { useId, useRef, useState, type ChangeEvent, type FormEvent, type ReactNode } from 'react';
import { Link } from 'react-router';
import {
  birthDateFromParts,
  PASSWORD_MIN_LENGTH,
  SIGN_UP_FIELD_ORDER,
  validateSignUp,
  type SignUpErrors,
  type SignUpField,
  type SignUpValues,
} from '../lib/signup';
import { signUpMutation } from '../queries';

/** Which value each part of the birth date fills. */
const DATE_FIELDS: Record<DatePart, keyof SignUpValues> = {
  day: 'birthDay',
  month: 'birthMonth',
  year: 'birthYear',
};

const EMPTY: SignUpValues = {
  email: '',
  password: '',
  firstName: '',
  lastName: '',
  birthDay: '',
  birthMonth: '',
  birthYear: '',
  postalCode: '',
};

/** Which input receives focus for a field's error. */
const FOCUS_TARGET: Record<SignUpField, string> = {
  firstName: 'firstName',
  lastName: 'lastName',
  birthDate: 'birthDay',
  postalCode: 'postalCode',
  email: 'email',
  password: 'password',
};

/** Sign-up: names, birth date, postal code, e-mail, password; checked as you go. */
export default function SignUp() {
  const id = useId();
  const client = useApolloClient();
  const [signUp] = useMutation(signUpMutation);
  const [values, setValues] = useState<SignUpValues>(EMPTY);
  const [errors, setErrors] = useState<SignUpErrors>({});
  const [touched, setTouched] = useState<Partial<Record<SignUpField, boolean>>>({});
  const [showPassword, setShowPassword] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const [failure, setFailure] = useState<ReactNode>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const failureRef = useRef<HTMLDivElement>(null);

  function focusField(field: SignUpField) {
    formRef.current?.querySelector<HTMLElement>(`[name="${FOCUS_TARGET[field]}"]`)?.focus();
  }

  function update(name: keyof SignUpValues, value: string) {
    const next = { ...values, [name]: value };
    setValues(next);
    // Once a field has been left (or the form sent), its error follows the typing.
    const all = validateSignUp(next);
    setErrors((current) => {
      const updated: SignUpErrors = { ...current };
      for (const field of SIGN_UP_FIELD_ORDER) {
        if (touched[field]) updated[field] = all[field];
      }
      return updated;
    });
  }

  /** What each text field shares: its id and name, value, error, and the two handlers. */
  function bind(field: SignUpField & keyof SignUpValues) {
    return {
      id: `${id}-${field}`,
      name: field,
      error: errors[field],
      value: values[field],
      onChange: (event: ChangeEvent<HTMLInputElement>) => update(field, event.target.value),
      onBlur: () => blur(field),
    };
  }

  function blur(field: SignUpField) {
    if (field === 'birthDate' && (!values.birthDay || !values.birthMonth || !values.birthYear)) {
      // Wait until the three boxes are filled before judging the date.
      return;
    }
    setTouched((current) => ({ ...current, [field]: true }));
    setErrors((current) => ({ ...current, [field]: validateSignUp(values)[field] }));
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (submitting) return;
    const found = validateSignUp(values);
    setErrors(found);
    setTouched(Object.fromEntries(SIGN_UP_FIELD_ORDER.map((field) => [field, true])));
    setFailure(null);
    const first = SIGN_UP_FIELD_ORDER.find((field) => found[field]);
    if (first) {
      focusField(first);
      return;
    }
    const birthDate = birthDateFromParts(values.birthDay, values.birthMonth, values.birthYear);
    if (!birthDate) return;
    setSubmitting(true);
    try {
      await signUp({
        variables: {
          input: {
            email: values.email.trim(),
            password: values.password,
            firstName: values.firstName.trim(),
            lastName: values.lastName.trim(),
            birthDate,
            postalCode: values.postalCode.trim(),
          },
        },
      });
      // The session cookie is set: reload `me`, the app then shows the home, which asks to
      // confirm the address (the answer is the same whether the address was free or not).
      await client.resetStore();
    } catch (error) {
      const fields = errorFieldsOf(error);
      const fieldErrors: SignUpErrors = {};
      for (const field of SIGN_UP_FIELD_ORDER)
        if (fields[field]) fieldErrors[field] = fields[field];
      const firstField = SIGN_UP_FIELD_ORDER.find((field) => fieldErrors[field]);
      if (firstField) {
        setErrors(fieldErrors);
        focusField(firstField);
      } else {
        const code = errorCodeOf(error);
        setFailure(
          code === 'NOT_ELIGIBLE' ? (
            <p>{serverMessage(error) ?? errorMessage(error, 'tu')}</p>
          ) : (
            <p>{errorMessage(error, 'tu')}</p>
          ),
        );
        requestAnimationFrame(() => failureRef.current?.focus());
      }
    } finally {
      setSubmitting(false);
    }
  }

  const errorCount = SIGN_UP_FIELD_ORDER.filter((field) => errors[field]).length;

  return (
    <Page title="Crée ton compte">
      <p className="lead">
        Le pass Culture est ouvert aux jeunes de 15 à 18 ans. Crée ton compte : ton crédit sera
        activé quand tu y auras droit.
      </p>
      <p className="hint">Tous les champs sont obligatoires.</p>
      {failure && (
        <div ref={failureRef} tabIndex={-1} role="alert" className="alert alert-error">
          {failure}
        </div>
      )}
      <form
        ref={formRef}
        className="form"
        noValidate
        onSubmit={(event) => void submit(event)}
        aria-describedby={errorCount > 0 ? `${id}-summary` : undefined}
      >
        {errorCount > 0 && (
          <p id={`${id}-summary`} className="field-error" role="status">
            {errorCount === 1
              ? 'Un champ est à corriger.'
              : `${errorCount} champs sont à corriger.`}
          </p>
        )}
        <TextField label="Prénom" {...bind('firstName')} type="text" autoComplete="given-name" />
        <TextField label="Nom" {...bind('lastName')} type="text" autoComplete="family-name" />

        <DatePartsField
          id={`${id}-birth`}
          className="date-fieldset"
          legend="Date de naissance"
          hint="Par exemple : 14 juillet 2008"
          error={errors.birthDate}
          names={{ day: 'birthDay', month: 'birthMonth', year: 'birthYear' }}
          value={{ day: values.birthDay, month: values.birthMonth, year: values.birthYear }}
          onChange={(part, value) => update(DATE_FIELDS[part], value)}
          onBlur={() => blur('birthDate')}
          autoComplete="bday"
        />

        <TextField
          label="Code postal de ton domicile"
          hint="5 chiffres, par exemple 93200"
          {...bind('postalCode')}
          type="text"
          inputMode="numeric"
          autoComplete="postal-code"
          maxLength={5}
          className="input-short"
        />

        <TextField
          label="Adresse e-mail"
          {...bind('email')}
          type="email"
          inputMode="email"
          autoComplete="email"
          autoCapitalize="none"
          spellCheck={false}
        />

        <div className="field">
          <TextField
            label="Mot de passe"
            hint={
              <>
                Au moins {PASSWORD_MIN_LENGTH} caractères. Une phrase facile à retenir fonctionne
                bien.
              </>
            }
            {...bind('password')}
            type={showPassword ? 'text' : 'password'}
            autoComplete="new-password"
            autoCapitalize="none"
            spellCheck={false}
          />
          <CheckboxField
            label="Afficher le mot de passe"
            checked={showPassword}
            onChange={(event) => setShowPassword(event.target.checked)}
          />
        </div>

        <Button type="submit" busy={submitting}>
          {submitting ? 'Création du compte…' : 'Créer mon compte'}
        </Button>
      </form>
      <p className="login-footer">
        Tu as déjà un compte ? <Link to="/connexion">Connecte-toi</Link>
      </p>
    </Page>
  );
}

/** The API's own French message (NOT_ELIGIBLE says why: too young, too old). */
function serverMessage(error: unknown): string | null {
  const errors = (error as { errors?: ReadonlyArray<{ message?: unknown }> } | null)?.errors;
  const message = errors?.[0]?.message;
  return typeof message === 'string' && message.length > 0 ? message : null;
}
