import { DECORATORS } from '@nestjs/swagger';

/**
 * Put above a controller's class-level response decorators (@ApiOkResponse and the like), so it runs after them.
 * Nest's OpenAPI explorer gives a method without a response decorator of its own an empty `200: {description: ''}`,
 * which replaces the class's 200 in the document (the action answered with no body). This gives each such method
 * the class's responses.
 */
export function ClassResponsesOnEveryRoute(): ClassDecorator {
  return (target) => {
    const responses: unknown = Reflect.getMetadata(DECORATORS.API_RESPONSE, target);
    if (responses === undefined) return;
    const prototype = target.prototype as Record<string, unknown>;
    for (const name of Object.getOwnPropertyNames(prototype)) {
      const method = prototype[name];
      if (name === 'constructor' || typeof method !== 'function') continue;
      if (Reflect.getMetadata(DECORATORS.API_RESPONSE, method) === undefined) {
        Reflect.defineMetadata(DECORATORS.API_RESPONSE, responses, method);
      }
    }
  };
}
