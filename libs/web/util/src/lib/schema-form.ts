import { schemaResolver, useForm, type GetInputPropsReturnType, type UseFormReturnType } from '@mantine/form';
import { INPUT_LIMITS, isValidationMessageKey } from '@mps/shared-domain';
import type { RequestProblem } from '@mps/web-data-access';
import type { TFunction } from 'i18next';
import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { focusFirstInvalid } from './focus-first-invalid';
import { fieldForProblem, problemMessage } from './problem-message';

type FieldName<Values> = keyof Values & string;

export interface SchemaForm<Values extends Record<string, unknown>, Parsed> extends UseFormReturnType<Values, Parsed> {
  /**
   * A field's props: value, change handler, label and its error, translated. The label, in lower case,
   * fills the message's {{field}} ("Enter display name") unless `messageLabel` words it otherwise
   * (a label like "New name for IOM" is "name" in "Enter name").
   */
  field(name: FieldName<Values>, label: string, options?: FieldOptions): FieldProps;
  /**
   * The form's submit handler: when the schema finds problems, they show beside their fields and focus
   * moves to the first one; otherwise `handler` gets the schema's parsed values (trimmed, normalised).
   * `form.submitting` is true until the handler's promise settles.
   */
  submitWith(handler: (parsed: Parsed) => Promise<unknown> | void): (event?: FormEvent<HTMLFormElement>) => void;
}

export interface FieldOptions {
  type?: 'input' | 'checkbox';
  messageLabel?: string;
}

/** What Mantine's inputs take from a form (value or checked, onChange, error...), plus the label. */
export type FieldProps = GetInputPropsReturnType & { label: string; error?: ReactNode };

/**
 * A Mantine form validated by a shared zod schema (libs/shared/domain input-schemas.ts, the rules the API
 * checks too), in controlled mode. The schema's messages are translation keys; they are translated here,
 * while a message the server wrote (setFieldError with a RequestProblem's message) is shown as it is.
 */
export function useSchemaForm<S extends z.ZodType, Values extends Record<string, unknown>>(
  schema: S,
  initialValues: Values,
): SchemaForm<Values, z.output<S>> {
  const { t } = useTranslation();
  const form = useForm<Values, z.output<S>>({
    mode: 'controlled',
    initialValues,
    validate: schemaResolver(schema, { sync: true }),
    // Runs only once validation passed, so parse cannot throw here.
    transformValues: (values) => schema.parse(values),
  });

  const field: SchemaForm<Values, z.output<S>>['field'] = (name, label, options = {}) => {
    const props = form.getInputProps(name, { type: options.type }) as FieldProps;
    return { ...props, label, error: translateFieldError(t, props.error, options.messageLabel ?? label.toLocaleLowerCase()) };
  };

  const submitWith: SchemaForm<Values, z.output<S>>['submitWith'] = (handler) => (event) =>
    form.onSubmit(
      (parsed) => handler(parsed),
      () => focusFirstInvalid(event?.currentTarget ?? null),
    )(event);

  return Object.assign(form, { field, submitWith });
}

/**
 * A schema message (a `validation.` key) in the reader's language, `field` filling {{field}}; anything else
 * (the server's own sentence) as it is.
 */
export function translateFieldError(t: TFunction, error: ReactNode, field: string): ReactNode {
  if (!isValidationMessageKey(error)) return error;
  return t(error, { ...INPUT_LIMITS, field });
}

/**
 * Shows a refused request where it belongs: on the field the server names (extensions.field, or the words
 * of its message; see fieldForProblem) as the server's own sentence, else returned as the form's message.
 */
export function showProblem<F extends string>(
  form: { setFieldError(name: NoInfer<F>, error: ReactNode): void },
  t: TFunction,
  problem: RequestProblem,
  fields: Record<F, readonly string[]>,
): string | null {
  const message = problemMessage(t, problem);
  const field = fieldForProblem(problem, fields);
  if (!field) return message;
  form.setFieldError(field, message);
  return null;
}
