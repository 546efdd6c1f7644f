import { common } from './common';
import { labels } from './labels';
import { mail } from './mail';
import { letter } from './letter';
import { projects } from './projects';
import { pipeline } from './pipeline';
import { tasks } from './tasks';
import { forms } from './forms';
import { gateForms } from './gate-forms';
import { audit } from './audit';
import { meetings } from './meetings';
import { settings } from './settings';
import { preferences } from './preferences';
import { mailbox } from './mailbox';
import { organisation } from './organisation';
import { policy } from './policy';
import { charts } from './charts';
import { publicPages } from './public-pages';
import { signIn } from './sign-in';

/** Every text a person reads, in Dutch: one module per area, keyed the same in every language. */
export const nl = {
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
