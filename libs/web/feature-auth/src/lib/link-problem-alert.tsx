import { Alert, Anchor, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { Link } from 'react-router';

/** An e-mailed link that cannot be used: what happened, and the one thing to do next. */
export function LinkProblem({ title, body, action }: { title: string; body: string; action?: { to: string; label: string } }) {
  return (
    <Alert color="orange" variant="light" icon={<IconAlertTriangle aria-hidden />} role="alert" title={title}>
      <Stack gap="sm">
        <Text>{body}</Text>
        {action ? (
          <Anchor component={Link} to={action.to} fw={700}>
            {action.label}
          </Anchor>
        ) : null}
      </Stack>
    </Alert>
  );
}
