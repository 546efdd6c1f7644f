/**
 * The payload converter of every Waardenpoort client and worker, also inside the workflow sandbox (bundled through
 * `payloadConverterPath`, so it imports nothing but @temporalio/common: no Node built-ins).
 *
 * A project's workflow input pins the policy version it runs under: about 60 KB of JSON. Carried inline, every
 * project start paid for it three times: the API serialised and compressed it, Temporal stored and replicated it
 * (14 KB gzipped, per project, for as long as the history is kept), and every worker thread parsed it into a fresh
 * object for each project it held, ~0.5 MiB of heap per cached workflow for the garbage collector to walk
 * (`npm run bench`, benchmarks 1 and 4). Policy versions never change once stored (PostgreSQL refuses it), so:
 *
 * - A policy handed to {@link sharePolicy} travels as a reference: the `policy` field of a workflow input becomes
 *   `{"$waardenpoortPolicy": id, "version": n}`, and the payload carries the metadata `waardenpoort-policy` =
 *   `id@version`.
 * - The worker's codec ({@link PolicyDocumentCodec}) attaches the document to such a payload when it decodes it,
 *   from PostgreSQL, once per version and worker.
 * - Here, decoding puts in the reference's place one deep-frozen policy object per version and worker thread, shared
 *   by every project that runs under it; the first project parses it, the others find it. Frozen: a workflow that
 *   tried to change it would fail at once instead of changing its neighbours' policy.
 *
 * Payloads without that metadata (histories written before, any other value) are plain JSON, as before.
 */
import {
  BinaryPayloadConverter,
  CompositePayloadConverter,
  JsonPayloadConverter,
  METADATA_ENCODING_KEY,
  type Payload,
  type PayloadConverterWithEncoding,
  UndefinedPayloadConverter,
  ValueError,
} from '@temporalio/common';

/** Metadata naming the policy version a payload refers to: `<id>@<version>`. */
export const POLICY_REF_METADATA = 'waardenpoort-policy';
/** Metadata the worker's codec adds on decoding: the policy document itself, as JSON. */
export const POLICY_DOCUMENT_METADATA = 'waardenpoort-policy-document';
/** The key of the reference object that takes the policy's place in the payload's JSON. */
const POLICY_REF_KEY = '$waardenpoortPolicy';

interface PolicyLike {
  id: string;
  version: number;
}

const textEncoder = new TextEncoder();
const textDecoder = new TextDecoder();
const JSON_ENCODING = textEncoder.encode('json/plain');

/** Policies that travel by reference: the ones the API hands over and the ones decoded here. */
const shared = new WeakSet<object>();
/** One frozen policy per version, per process or workflow thread. */
const decoded = new Map<string, PolicyLike>();

function policyRef(policy: PolicyLike): string {
  return `${policy.id}@${policy.version}`;
}

/** Marks a policy document as one that travels by reference (it must be stored in PostgreSQL under its version). */
export function sharePolicy<T extends PolicyLike>(policy: T): T {
  shared.add(policy);
  return policy;
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

function isReferenceCarrier(value: unknown): value is { policy: PolicyLike } {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const policy = (value as { policy?: unknown }).policy;
  return policy !== null && typeof policy === 'object' && shared.has(policy);
}

/** JSON, with the policy of a workflow input by reference (see the module's comment). */
class PolicyReferenceJsonConverter implements PayloadConverterWithEncoding {
  readonly encodingType = 'json/plain' as const;
  private readonly json = new JsonPayloadConverter();

  toPayload(value: unknown): Payload | undefined {
    if (!isReferenceCarrier(value)) return this.json.toPayload(value);
    const { policy } = value;
    let text: string;
    try {
      text = JSON.stringify({ ...value, policy: { [POLICY_REF_KEY]: policy.id, version: policy.version } });
    } catch {
      return undefined;
    }
    return {
      metadata: {
        [METADATA_ENCODING_KEY]: JSON_ENCODING,
        [POLICY_REF_METADATA]: textEncoder.encode(policyRef(policy)),
      },
      data: textEncoder.encode(text),
    };
  }

  fromPayload<T>(payload: Payload): T {
    const refBytes = payload.metadata?.[POLICY_REF_METADATA];
    if (!refBytes) return this.json.fromPayload<T>(payload);
    if (!payload.data) throw new ValueError('Got payload with no data');
    const ref = textDecoder.decode(refBytes);
    let policy = decoded.get(ref);
    if (!policy) {
      const document = payload.metadata?.[POLICY_DOCUMENT_METADATA];
      if (!document) {
        throw new ValueError(
          `The payload refers to policy ${ref}, and no policy document came with it: decode it with a data converter ` +
            `that loads policies (createWorkerDataConverter).`,
        );
      }
      policy = deepFreeze(JSON.parse(textDecoder.decode(document)) as PolicyLike);
      if (policyRef(policy) !== ref) throw new ValueError(`Policy ${ref} was asked for, ${policyRef(policy)} came`);
      decoded.set(ref, policy);
      shared.add(policy);
    }
    const value = JSON.parse(textDecoder.decode(payload.data)) as { policy?: unknown };
    value.policy = policy;
    return value as T;
  }
}

export const payloadConverter = new CompositePayloadConverter(
  new UndefinedPayloadConverter(),
  new BinaryPayloadConverter(),
  new PolicyReferenceJsonConverter(),
);
