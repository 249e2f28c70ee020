import { Anchor, Button, Group, List, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery, useAuth, useCurrentWorkspace } from '@mps/web-data-access';
import { IconChecklist, IconClockHour4, IconFileText, IconMessageCircle, IconPlus, IconSignature, IconUrgent } from '@tabler/icons-react';
import { notificationPaths, sectionLabel, type Role } from '@mps/shared-domain';
import { bidiSlot, EmptyState, formatDate, LoadingSkeleton, PageHeader, ResponsiveTable, StatusBadge, withBdi, type SectionStatusValue } from '@mps/web-ui';
import { QueryError, usePageTitle } from '@mps/web-util';
import { useState, type ReactNode } from 'react';
import type { TFunction } from 'i18next';
import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { MY_WORK_QUERY } from './my-work-documents';
import { MyWorkLive } from './my-work-live';
import { NewTaskDialog } from './new-task-dialog';
import { readTask, TaskItem } from './task-item';
import type { MyWorkQuery } from '@mps/web-data-access';

type MyWork = MyWorkQuery['myWork'];
type Part = 'tasks' | 'overdue' | 'signOffs' | 'threads' | 'sections' | 'cycles';

/** What each role sees first: the work they must do, then what they follow. */
const ORDER: Record<Role, Part[]> = {
  COORDINATOR: ['tasks', 'overdue', 'cycles', 'threads', 'signOffs', 'sections'],
  FOCAL_POINT: ['tasks', 'signOffs', 'threads', 'sections', 'cycles'],
  CONTRIBUTOR: ['signOffs', 'tasks', 'threads', 'cycles', 'sections'],
  OBSERVER: ['cycles'],
};

const DAY = 24 * 60 * 60 * 1000;
const sectionPath = notificationPaths.section;

/**
 * The home screen after sign-in (docs/domain.md "My work"): for the person's role, what they must do and by when,
 * each item one click from the place to act. One query answers it all; live events of the profiles concerned
 * refetch it.
 */
export function MyWorkPage() {
  const { t } = useTranslation();
  usePageTitle(t('myWork.title'));
  const { user } = useAuth();
  const current = useCurrentWorkspace();
  const workspaceId = current.workspace?.id ?? null;
  const member = Boolean(current.membership && current.role);
  const { data, error, refetch } = useQuery(MY_WORK_QUERY, { variables: { workspaceId: workspaceId ?? '' }, skip: !workspaceId || !member });
  const [creating, setCreating] = useState(false);

  let body: ReactNode;
  if (current.loading) body = <LoadingSkeleton rows={4} />;
  else if (!current.workspace) body = <Text size="lg">{t('myWork.noWorkspace')}</Text>;
  else if (!member)
    body = (
      <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }}>
        <Text size="lg">
          <Trans i18nKey="myWork.adminIn" values={{ workspace: current.workspace.name }} components={{ strong: <strong /> }} />
        </Text>
      </Paper>
    );
  else if (error && !data) body = <QueryError error={error} onRetry={() => void refetch()} />;
  else if (!data) body = <LoadingSkeleton rows={6} />;
  else body = <MyWorkView work={data.myWork} userId={user?.id ?? null} workspaceName={current.workspace.name} onCreate={current.may('createTask') && current.can('task:manage') ? () => setCreating(true) : null} />;

  const profileIds = data ? profilesOf(data.myWork) : [];
  return (
    <>
      <PageHeader eyebrow={current.workspace?.name} title={t('myWork.title')} description={withBdi(t('myWork.greeting', { name: bidiSlot('name') }), { name: user?.displayName ?? '' })} />
      {body}
      {data ? <MyWorkLive profileIds={profileIds} refetch={() => void refetch()} /> : null}
      {workspaceId && creating ? <NewTaskDialog workspaceId={workspaceId} opened={creating} onClose={() => setCreating(false)} /> : null}
    </>
  );
}

/** The profiles My work shows something of: their live events may change it. */
function profilesOf(work: MyWork): string[] {
  const ids = new Set<string>();
  for (const ref of [...work.tasks, ...work.overdueTasks]) ids.add(readTask(ref).profile.id);
  for (const s of work.sections) ids.add(s.profile.id);
  for (const s of work.signOffsDue) ids.add(s.section.profile.id);
  for (const c of work.closingCycles) ids.add(c.profile.id);
  return [...ids].sort();
}

export function MyWorkView({ work, userId, workspaceName, onCreate }: { work: MyWork; userId: string | null; workspaceName: string; onCreate: (() => void) | null }) {
  const { t } = useTranslation();
  const role = work.role as Role;
  const organization = work.organization.name;
  const tasks = work.tasks.map(readTask);
  const overdueCount = tasks.filter((x) => x.overdue).length;
  const parts: Record<Part, ReactNode> = {
    tasks: (
      <Part
        key="tasks"
        id="tasks"
        icon={<IconChecklist size={22} aria-hidden />}
        title={role === 'COORDINATOR' ? t('myWork.tasks.heading') : t('myWork.tasks.headingOrganization', { organization })}
        action={
          onCreate ? (
            <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={onCreate}>
              {t('myWork.tasks.newTask')}
            </Button>
          ) : null
        }
      >
        {tasks.length === 0 ? (
          <Empty title={t('myWork.tasks.emptyTitle')}>{t(`myWork.tasks.empty.${role}`, { organization })}</Empty>
        ) : (
          <>
            <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('myWork.tasks.listLabel')}>
              {tasks.map((task) => (
                <TaskItem key={task.id} task={task} myUserId={userId} myOrganizationId={work.organization.id} />
              ))}
            </Stack>
            {work.openTaskCount > tasks.length ? <Text size="sm" c="dimmed">{t('myWork.tasks.more', { shown: tasks.length, count: work.openTaskCount })}</Text> : null}
          </>
        )}
      </Part>
    ),
    overdue: (
      <Part key="overdue" id="overdue" icon={<IconUrgent size={22} aria-hidden />} title={t('myWork.overdue.heading')} intro={t('myWork.overdue.intro')}>
        {work.overdueTasks.length === 0 ? (
          <Empty title={t('myWork.overdue.emptyTitle')}>{t('myWork.overdue.empty')}</Empty>
        ) : (
          <>
            <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('myWork.overdue.listLabel')}>
              {work.overdueTasks.map(readTask).map((task) => (
                <TaskItem key={task.id} task={task} myUserId={userId} myOrganizationId={work.organization.id} />
              ))}
            </Stack>
            {work.overdueTaskCount > work.overdueTasks.length ? (
              <Text size="sm" c="dimmed">{t('myWork.overdue.more', { shown: work.overdueTasks.length, count: work.overdueTaskCount })}</Text>
            ) : null}
          </>
        )}
      </Part>
    ),
    signOffs: (
      <Part key="signOffs" id="sign-offs" icon={<IconSignature size={22} aria-hidden />} title={t('myWork.signOffs.heading', { organization })}>
        {work.signOffsDue.length === 0 ? (
          <Empty title={t('myWork.signOffs.emptyTitle')}>{t('myWork.signOffs.empty', { organization })}</Empty>
        ) : (
          <List spacing="sm" listStyleType="none" aria-label={t('myWork.signOffs.listLabel')} styles={{ itemWrapper: { display: 'block' } }}>
            {work.signOffsDue.map(({ section, reviewCycle }) => (
              <List.Item key={`${reviewCycle.id}:${section.id}`}>
                <Anchor component={Link} to={sectionPath(section.profile.id, section.id)} fw={600}>
                  {sectionLabel(section)}
                </Anchor>
                <Text size="sm" c="dimmed">
                  {t('myWork.signOffs.closes', { cycle: reviewCycle.title, date: formatDate(reviewCycle.closesAt) })}
                </Text>
              </List.Item>
            ))}
          </List>
        )}
      </Part>
    ),
    threads: (
      <Part key="threads" id="threads" icon={<IconMessageCircle size={22} aria-hidden />} title={t('myWork.threads.heading')}>
        {work.threadsAwaitingReply.length === 0 ? (
          <Empty title={t('myWork.threads.emptyTitle')}>{t(`myWork.threads.empty.${role === 'OBSERVER' ? 'COORDINATOR' : role}`, { organization })}</Empty>
        ) : (
          <>
            <List spacing="md" listStyleType="none" aria-label={t('myWork.threads.listLabel')} styles={{ itemWrapper: { display: 'block' } }}>
              {work.threadsAwaitingReply.map((thread) => (
                <List.Item key={thread.id}>
                  <Anchor component={Link} to={notificationPaths.thread(thread.section.profile.id, thread.section.id, thread.id)} fw={600} style={{ overflowWrap: 'anywhere' }} lineClamp={2}>
                    {thread.anchor?.quote ? `“${thread.anchor.quote}”: ${thread.body}` : thread.body}
                  </Anchor>
                  <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                    {withBdi(
                      t('myWork.threads.by', { name: bidiSlot('name'), organization: bidiSlot('organization'), section: sectionLabel(thread.section) }),
                      { name: thread.author.displayName, organization: thread.organization.acronym ?? thread.organization.name },
                    )}
                  </Text>
                </List.Item>
              ))}
            </List>
            {work.threadsAwaitingReplyCount > work.threadsAwaitingReply.length ? (
              <Text size="sm" c="dimmed">{t('myWork.threads.more', { shown: work.threadsAwaitingReply.length, count: work.threadsAwaitingReplyCount })}</Text>
            ) : null}
          </>
        )}
      </Part>
    ),
    sections: (
      <Part key="sections" id="sections" icon={<IconFileText size={22} aria-hidden />} title={t('myWork.sections.heading', { organization })}>
        {work.sections.length === 0 ? (
          <Empty title={t('myWork.sections.emptyTitle', { organization })}>{t('myWork.sections.empty', { organization })}</Empty>
        ) : (
          <ResponsiveTable aria-label={t('myWork.sections.tableLabel', { organization })}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('myWork.sections.section')}</Table.Th>
                <Table.Th>{t('myWork.sections.status')}</Table.Th>
                <Table.Th>{t('myWork.sections.profile')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {work.sections.map((section) => (
                <Table.Tr key={section.id}>
                  <Table.Td data-label={t('myWork.sections.section')}>
                    <Anchor component={Link} to={sectionPath(section.profile.id, section.id)}>
                      {sectionLabel(section)}
                    </Anchor>
                  </Table.Td>
                  <Table.Td data-label={t('myWork.sections.status')}>
                    <StatusBadge status={section.status as SectionStatusValue} size="sm" />
                  </Table.Td>
                  <Table.Td data-label={t('myWork.sections.profile')}>
                    {section.profile.title}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </ResponsiveTable>
        )}
      </Part>
    ),
    cycles: (
      <Part key="cycles" id="cycles" icon={<IconClockHour4 size={22} aria-hidden />} title={t('myWork.cycles.heading')}>
        {work.closingCycles.length === 0 ? (
          <Empty title={t('myWork.cycles.emptyTitle')}>{t(`myWork.cycles.empty.${role}`, { organization })}</Empty>
        ) : (
          <List spacing="sm" listStyleType="none" aria-label={t('myWork.cycles.listLabel')} styles={{ itemWrapper: { display: 'block' } }}>
            {work.closingCycles.map((cycle) => (
              <List.Item key={cycle.id}>
                <Anchor component={Link} to={`/review-cycles/${cycle.id}`} fw={600}>
                  {cycle.title}
                </Anchor>
                <Text size="sm" c="dimmed">
                  {t('myWork.cycles.closes', { date: formatDate(cycle.closesAt) })} · {closesIn(t, cycle.closesAt)} · {cycle.profile.title}
                </Text>
              </List.Item>
            ))}
          </List>
        )}
      </Part>
    ),
  };

  // Only a focal point drafts as a rule, and a coordinator's organisation is rarely a signatory: those parts show for
  // the others only when they hold something.
  const order = ORDER[role].filter(
    (part) =>
      (part !== 'sections' || role === 'FOCAL_POINT' || work.sections.length > 0) &&
      (part !== 'signOffs' || role !== 'COORDINATOR' || work.signOffsDue.length > 0),
  );
  return (
    <Stack gap="xl">
      <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }}>
        <Text size="lg" component="div">
          <Trans
            i18nKey="myWork.roleIn"
            values={{ role: t(`roles.${role}`), organization, workspace: workspaceName }}
            components={{ strong: <strong /> }}
          />
        </Text>
        <Text mt="xs">{t(`myWork.intro.${role}`, { organization })}</Text>
        {role !== 'OBSERVER' ? (
          <SimpleGrid cols={{ base: 2, sm: 4 }} mt="md" spacing="sm" component="dl" aria-label={t('myWork.summary.label')} m={0}>
            <Figure value={work.openTaskCount} label={t('myWork.summary.tasks', { count: work.openTaskCount })} href="#tasks" />
            <Figure value={role === 'COORDINATOR' ? work.overdueTaskCount : overdueCount} label={t('myWork.summary.overdue', { count: role === 'COORDINATOR' ? work.overdueTaskCount : overdueCount })} href={role === 'COORDINATOR' ? '#overdue' : '#tasks'} warn />
            <Figure value={work.signOffsDue.length} label={t('myWork.summary.signOffs', { count: work.signOffsDue.length })} href="#sign-offs" />
            <Figure value={work.threadsAwaitingReplyCount} label={t('myWork.summary.threads', { count: work.threadsAwaitingReplyCount })} href="#threads" />
          </SimpleGrid>
        ) : (
          <Anchor component={Link} to="/profiles" mt="sm" display="inline-block">
            {t('myWork.openProfiles')}
          </Anchor>
        )}
      </Paper>
      {order.map((part) => parts[part])}
    </Stack>
  );
}

function closesIn(t: TFunction, closesAt: string): string {
  const days = Math.ceil((new Date(closesAt).getTime() - Date.now()) / DAY);
  return days <= 0 ? t('myWork.cycles.closesToday') : t('myWork.cycles.closesIn', { count: days });
}

/** A count at a glance: the number in words and figures, linking to its list. */
function Figure({ value, label, href, warn = false }: { value: number; label: string; href: string; warn?: boolean }) {
  return (
    <div>
      <dt style={{ position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)' }}>{label}</dt>
      <dd style={{ margin: 0 }}>
        <Anchor href={href} underline="hover" c={warn && value > 0 ? 'orange.9' : undefined} aria-label={label}>
          <Text component="span" fz={28} fw={700} display="block" lh={1.1} aria-hidden>
            {value}
          </Text>
          <Text component="span" size="sm" aria-hidden>
            {label.replace(/^\d+\s*/, '')}
          </Text>
        </Anchor>
      </dd>
    </div>
  );
}

function Part({ id, icon, title, intro, action, children }: { id: string; icon: ReactNode; title: string; intro?: string; action?: ReactNode; children: ReactNode }) {
  return (
    <Stack component="section" gap="sm" aria-labelledby={`${id}-heading`} id={id} style={{ scrollMarginTop: 80 }}>
      <Group justify="space-between" align="center" wrap="wrap" gap="sm">
        <Group gap="xs" wrap="nowrap">
          {icon}
          <Title order={2} size="h3" id={`${id}-heading`}>
            {title}
          </Title>
        </Group>
        {action}
      </Group>
      {intro ? <Text c="dimmed">{intro}</Text> : null}
      {children}
    </Stack>
  );
}

function Empty({ title, children }: { title: string; children: ReactNode }) {
  return (
    <EmptyState headingOrder={3} title={title}>
      {children}
    </EmptyState>
  );
}
