import { formatDate, formatDateTime, formatDay, formatRelative } from './format.ts';

/** A machine-readable date, shown in words; the exact time is in its tooltip. */
export function Time({ value, style = 'date' }: { value: string; style?: 'date' | 'datetime' | 'relative' | 'day' }) {
  const text =
    style === 'day'
      ? formatDay(value)
      : style === 'relative'
        ? formatRelative(value)
        : style === 'datetime'
          ? formatDateTime(value)
          : formatDate(value);
  return (
    <time dateTime={value} title={style === 'day' ? undefined : formatDateTime(value)}>
      {text}
    </time>
  );
}
