/**
 * Reads an OpenAPI document (JSON) on stdin and writes its TypeScript types (openapi-typescript) on stdout. A
 * process of its own because openapi-typescript is an ES module, which jest's CommonJS runtime cannot load.
 */
import { Buffer } from 'node:buffer';
import openapiTS, { astToString } from 'openapi-typescript';

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const document = JSON.parse(Buffer.concat(chunks).toString('utf8'));
const ast = await openapiTS(document, { alphabetize: true, exportType: true });
process.stdout.write(astToString(ast));
