/** When a row was saved or changed, as users say it ("5 minutes ago"), with the exact time on hover. */
import { exactTime, relativeTime } from '../relativeTime';

export function TimeCell({ time }: { time: string }) {
  return <td title={exactTime(time)}>{relativeTime(time)}</td>;
}
