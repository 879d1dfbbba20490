import { MeetingsList } from '../features/meetings/MeetingsList';

export function MeetingsPage() {
  return <MeetingsList />;
}
