// The change that `npm run test:stack` rolls the workers onto (its "next build"): the same workflows with one more
// read-only query, `buildLabel`, which answers 'next'. A query adds no command to a history, so workers of both
// builds can carry the same workflows during the roll (docs/deploy.md, "Upgrading"); the test reads which build
// completed each workflow task from the histories and asks the query to prove the new code runs.
const { defineQuery } = require('@temporalio/workflow');

const buildLabel = defineQuery('buildLabel');

module.exports.interceptors = () => ({
  inbound: [
    {
      async handleQuery(input, next) {
        return input.queryName === buildLabel.name ? 'next' : next(input);
      },
    },
  ],
});
