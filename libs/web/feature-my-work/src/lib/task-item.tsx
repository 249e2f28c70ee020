import { Anchor, Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, describeError, getFragmentData, type FragmentType } from '@mps/web-data-access';
import { IconAlertTriangle, IconCircleCheck, IconCircleDashed, IconCircleX, IconProgress, type Icon } from '@tabler/icons-react';
import { sectionLabel, type TaskStatusValue } from '@mps/shared-domain';
import { bidiSlot, formatDate, withBdi } from '@mps/web-ui';
import { problemMessage } from '@mps/web-util';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { MY_WORK_TASK_FRAGMENT, SET_TASK_STATUS_MUTATION } from './my-work-documents';

type TaskRef = FragmentType<typeof MY_WORK_TASK_FRAGMENT>;
export const readTask = (ref: TaskRef) => getFragmentData(MY_WORK_TASK_FRAGMENT, ref);
export type MyWorkTask = ReturnType<typeof readTask>;

const LOOK: Record<TaskStatusValue, { icon: Icon; color: string }> = {
  OPEN: { icon: IconCircleDashed, color: 'gray' },
  IN_PROGRESS: { icon: IconProgress, color: 'blue' },
  DONE: { icon: IconCircleCheck, color: 'green' },
  CANCELLED: { icon: IconCircleX, color: 'gray' },
};

/** A task's status in words and an icon; colour only reinforces it. */
export function TaskStatusBadge({ status }: { status: TaskStatusValue }) {
  const { t } = useTranslation();
  const look = LOOK[status];
  const StatusIcon = look.icon;
  return (
    <Badge
      radius="sm"
      variant="outline"
      tt="none"
      leftSection={<StatusIcon size={14} aria-hidden focusable={false} />}
      styles={{
        root: {
          backgroundColor: `var(--mantine-color-${look.color}-0)`,
          color: `var(--mantine-color-${look.color}-9)`,
          borderColor: `var(--mantine-color-${look.color}-7)`,
          fontWeight: 600,
          fontSize: '0.8125rem',
        },
      }}
    >
      {t(`myWork.taskStatus.${status}`)}
    </Badge>
  );
}

/** Where the task is done: its section, else its review cycle, else its profile. */
export function placeOf(task: MyWorkTask): string {
  if (task.section) return `/profiles/${task.profile.id}/sections/${task.section.id}`;
  if (task.reviewCycle) return `/review-cycles/${task.reviewCycle.id}`;
  return `/profiles/${task.profile.id}`;
}

/**
 * One task: its title links to the place to act; its due date says plainly when it is late; the status changes the
 * caller may make are buttons whose accessible names carry the task's title.
 */
export function TaskItem({ task, myUserId, myOrganizationId }: { task: MyWorkTask; myUserId: string | null; myOrganizationId: string | null }) {
  const { t } = useTranslation();
  const [setStatus, { loading }] = useMutation(SET_TASK_STATUS_MUTATION, { refetchQueries: ['MyWork'] });
  // Leaving IN_PROGRESS for OPEN is not a reopening: it says the work is not being done after all.
  const wording = (status: TaskStatusValue) => (status === 'OPEN' && task.status === 'IN_PROGRESS' ? 'BACK_TO_OPEN' : status);
  const change = async (status: TaskStatusValue) => {
    try {
      await setStatus({ variables: { id: task.id, status } });
      notifications.show({ color: 'green', message: t(`myWork.tasks.changed.${wording(status)}`, { title: task.title }) });
    } catch (error) {
      notifications.show({ color: 'red', message: problemMessage(t, describeError(error)) });
    }
  };
  const organization = task.assigneeOrganization;
  const forWhom =
    task.assignee?.id === myUserId
      ? t('myWork.tasks.forYou')
      : organization
        ? withBdi(t('myWork.tasks.forOrganization', { organization: bidiSlot('organization') }), {
            organization: organization.id === myOrganizationId ? organization.name : (organization.acronym ?? organization.name),
          })
        : withBdi(t('myWork.tasks.forPerson', { name: bidiSlot('name') }), { name: task.assignee?.displayName ?? '' });
  const section = task.section ? sectionLabel(task.section) : null;
  const context = [
    // "Draft A.4 Emigration" already names its section.
    section && !task.title.endsWith(section) ? section : null,
    task.profile.title,
  ].filter(Boolean);

  return (
    <Paper component="li" withBorder radius="md" p="md" aria-label={task.title} style={task.overdue ? { borderInlineStart: '4px solid var(--mantine-color-orange-7)' } : undefined}>
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
          <Anchor component={Link} to={placeOf(task)} fw={600} size="lg" style={{ overflowWrap: 'anywhere' }}>
            {task.title}
          </Anchor>
          <TaskStatusBadge status={task.status} />
        </Group>
        <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
          {context.map((part, i) => (
            <Fragment key={i}>
              {i > 0 ? ' · ' : null}
              <bdi>{part}</bdi>
            </Fragment>
          ))}
        </Text>
        {task.description ? (
          <Text size="sm" style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-line' }} lineClamp={3}>
            {task.description}
          </Text>
        ) : null}
        <Group gap="md" wrap="wrap">
          {task.overdue ? (
            <Text size="sm" fw={700} c="orange.9" component="span" style={{ display: 'inline-flex', alignItems: 'center', gap: 4 }}>
              <IconAlertTriangle size={16} aria-hidden focusable={false} />
              {t('myWork.tasks.overdue', { date: formatDate(task.dueAt) })}
            </Text>
          ) : (
            <Text size="sm" component="span">
              {task.dueAt ? t('myWork.tasks.due', { date: formatDate(task.dueAt) }) : t('myWork.tasks.noDue')}
            </Text>
          )}
          <Text size="sm" component="span">
            {forWhom}
          </Text>
          {task.automatic ? (
            <Text size="sm" c="dimmed" component="span">
              {t('myWork.tasks.automatic')}
            </Text>
          ) : null}
        </Group>
        {task.statusChoices.length ? (
          <Group gap="xs" role="group" aria-label={t('myWork.tasks.actionsLabel', { title: task.title })}>
            {task.statusChoices.map((status) => (
              <Button
                key={status}
                size="xs"
                variant={status === 'DONE' ? 'filled' : 'default'}
                disabled={loading}
                aria-label={t(`myWork.tasks.actionFull.${wording(status)}`, { title: task.title })}
                onClick={() => void change(status)}
              >
                {t(`myWork.tasks.action.${wording(status)}`)}
              </Button>
            ))}
          </Group>
        ) : null}
      </Stack>
    </Paper>
  );
}
