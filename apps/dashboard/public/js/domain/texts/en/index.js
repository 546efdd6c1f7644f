// Generated from libs/domain/src/texts/en/index.ts by `npm run generate:dashboard`; do not edit.
import { common } from './common.js';
import { labels } from './labels.js';
import { mail } from './mail.js';
import { letter } from './letter.js';
import { projects } from './projects.js';
import { pipeline } from './pipeline.js';
import { tasks } from './tasks.js';
import { forms } from './forms.js';
import { gateForms } from './gate-forms.js';
import { audit } from './audit.js';
import { meetings } from './meetings.js';
import { settings } from './settings.js';
import { preferences } from './preferences.js';
import { mailbox } from './mailbox.js';
import { organisation } from './organisation.js';
import { policy } from './policy.js';
import { charts } from './charts.js';
import { publicPages } from './public-pages.js';
import { signIn } from './sign-in.js';
/** Every text a person reads, in English (../nl has the Dutch and the keys). */
export const en = {
    common,
    labels,
    mail,
    letter,
    projects,
    pipeline,
    tasks,
    forms,
    gateForms,
    audit,
    meetings,
    settings,
    preferences,
    mailbox,
    organisation,
    policy,
    charts,
    publicPages,
    signIn,
};
