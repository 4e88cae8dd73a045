import type { DayAvailability, StoredWindow } from './day-availability.model';
import type { DayAvailabilityInput } from './dto/day-availability.input';
import { WorkersError } from './workers.errors';

export interface StoredAvailability {
  /** Minutes per weekday, index 0 = Sunday. */
  minutes: number[];
  windows: StoredWindow[];
}

const toMinutes = (hhmm: string): number => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** Days not given are days off. Windows, when given, must leave room for the day's minutes. */
export function toStoredAvailability(days: readonly DayAvailabilityInput[]): StoredAvailability {
  const minutes = [0, 0, 0, 0, 0, 0, 0];
  const windows: StoredWindow[] = [];
  const seen = new Set<number>();
  for (const day of days) {
    if (seen.has(day.weekday)) throw new WorkersError('INVALID_AVAILABILITY', `Weekday ${day.weekday} is given twice.`);
    seen.add(day.weekday);
    minutes[day.weekday] = day.minutes;
    let windowMinutes = 0;
    for (const w of day.windows) {
      const length = toMinutes(w.end) - toMinutes(w.start);
      if (length <= 0)
        throw new WorkersError('INVALID_AVAILABILITY', `Window ${w.start}-${w.end} on weekday ${day.weekday} ends before it starts.`);
      windowMinutes += length;
      windows.push({ weekday: day.weekday, start: w.start, end: w.end });
    }
    if (day.windows.length > 0 && windowMinutes < day.minutes) {
      throw new WorkersError(
        'INVALID_AVAILABILITY',
        `Weekday ${day.weekday}: ${day.minutes} minutes do not fit in its windows (${windowMinutes} minutes).`,
      );
    }
  }
  return { minutes, windows };
}

export function toDayAvailability(stored: StoredAvailability): DayAvailability[] {
  return stored.minutes.map((minutes, weekday) => ({
    weekday,
    minutes,
    windows: stored.windows.filter((w) => w.weekday === weekday).map(({ start, end }) => ({ start, end })),
  }));
}
