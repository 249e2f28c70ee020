import { Alert, List, Text } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface FormErrorProps {
  /** Defaults to "There is a problem". */
  title?: ReactNode;
  /** What happened and what to do next. */
  children?: ReactNode;
  /** Several problems, e.g. a release's blockers. */
  items?: ReactNode[];
  /** Move keyboard and screen-reader focus to the message when it appears (default true). */
  focus?: boolean;
}

/** A form-level error: announced, focused, and phrased as what to do next. */
export function FormError({ title, children, items, focus = true }: FormErrorProps) {
  const { t } = useTranslation('ui');
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focus) ref.current?.focus();
  }, [focus, children]);
  return (
    <Alert
      ref={ref}
      tabIndex={-1}
      role="alert"
      variant="outline"
      color="red"
      radius="md"
      title={title ?? t('formError.title')}
      icon={<IconAlertCircle aria-hidden />}
      styles={{
        root: { borderWidth: 2, borderColor: 'var(--mantine-color-red-8)' },
        title: { color: 'var(--mantine-color-red-9)', fontSize: 'var(--mantine-font-size-md)' },
        message: { color: 'var(--mantine-color-black)' },
      }}
    >
      {children ? <Text size="sm">{children}</Text> : null}
      {items && items.length > 0 ? (
        <List size="sm" mt={children ? 'xs' : 0}>
          {items.map((item, i) => (
            <List.Item key={i}>{item}</List.Item>
          ))}
        </List>
      ) : null}
    </Alert>
  );
}
