// Generated from libs/domain/src/events.ts by `npm run generate:dashboard`; do not edit.
export const NOTIFICATION_KINDS = [
    'task-opened',
    'reminder',
    'escalation',
    'decision',
    'reflection-published',
    'project-stopped',
];
