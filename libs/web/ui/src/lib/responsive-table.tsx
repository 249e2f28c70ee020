import { Table, type TableProps } from '@mantine/core';
import classes from './responsive-table.module.css';

/**
 * A Mantine Table that turns into stacked cards on narrow screens.
 * Give every `Table.Td` a `data-label` with its column name.
 */
export function ResponsiveTable({ className, ...props }: TableProps) {
  return (
    <Table
      verticalSpacing="sm"
      horizontalSpacing="md"
      highlightOnHover={false}
      {...props}
      className={[classes.table, className].filter(Boolean).join(' ')}
    />
  );
}
