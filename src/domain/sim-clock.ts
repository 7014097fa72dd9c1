/**
 * The simulated clock's rule. Scenario time is a calendar date ('YYYY-MM-DD', no time zone, see
 * `calendar.ts`); nothing here reads the wall clock.
 */

/** The longest single advance of the clock, so a slip of the keyboard cannot jump years ahead. */
export const MAX_CLOCK_ADVANCE_DAYS = 366
