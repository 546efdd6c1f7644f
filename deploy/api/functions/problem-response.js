// /core/error-handling/problem-details: an error response (4xx, 5xx) has a body of type application/problem+json
// (or +xml), whose schema has the members status, title and detail and requires them.
const TYPES = ['application/problem+json', 'application/problem+xml'];
const MEMBERS = ['status', 'title', 'detail'];

export default function problemResponse(response, _options, context) {
  const content = (response && response.content) || {};
  const types = Object.keys(content).filter((t) => TYPES.includes(t.split(';')[0].trim()));
  if (types.length === 0) {
    return [
      {
        message: `the error response has no ${TYPES.join(' or ')} body (it has: ${Object.keys(content).join(', ') || 'none'})`,
      },
    ];
  }
  const results = [];
  for (const type of types) {
    const schema = (content[type] && content[type].schema) || {};
    const properties = schema.properties || {};
    const required = schema.required || [];
    const missing = MEMBERS.filter((m) => !(m in properties) || !required.includes(m));
    if (missing.length > 0) {
      results.push({
        message: `the ${type} schema does not have and require: ${missing.join(', ')}`,
        path: [...context.path, 'content', type, 'schema'],
      });
    }
  }
  return results;
}
