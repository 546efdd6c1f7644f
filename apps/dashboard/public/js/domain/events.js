// Generated from libs/domain/src/events.ts by `npm run generate:dashboard`; do not edit.
export const NOTIFICATION_KINDS = [
    'task-opened',
    'reminder',
    'escalation',
    'decision',
    'reflection-published',
    'project-stopped',
    // A place on a commission meeting's agenda: given, moved, or none with room
    'commission-meeting',
];
