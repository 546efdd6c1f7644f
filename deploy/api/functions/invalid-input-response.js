// /core/error-handling/invalid-input: an operation that takes input (a parameter, its own or its path's, or a
// request body) documents the 400 it answers to invalid input.
export default function invalidInputResponse(operation, _options, context) {
  if (!operation || typeof operation !== 'object' || !operation.responses) return [];
  const item = context.path.length >= 2 ? pathItem(context.document.data, context.path) : undefined;
  const takesInput =
    (operation.parameters || []).length > 0 ||
    operation.requestBody !== undefined ||
    ((item && item.parameters) || []).length > 0;
  if (!takesInput || operation.responses['400'] !== undefined) return [];
  return [{ message: 'the operation takes input but documents no 400 response', path: [...context.path, 'responses'] }];
}

function pathItem(document, path) {
  const paths = document && document.paths;
  return paths ? paths[path[1]] : undefined;
}
